package org.safeguarding.audit.run;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.audit.ToolDefinitionException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed run is reported by the failure that says what went wrong, not by its wrapper. */
class RunFailuresTests {

	private final JobExecution execution = new JobExecution(1, new JobInstance(1, "auditJob"), new JobParameters());

	@Test
	void aFailedPartitionIsReportedByItsWorkersCauseNotTheManagersSummary() {
		fail("scoreCasesStep", new IllegalStateException("Partition handler returned an unsuccessful step"));
		fail("scoreCaseRangeStep:range2",
				new IllegalStateException("cannot score", new SQLException("connection to the database lost")));

		assertThat(RunFailures.cause(this.execution)).hasMessage("connection to the database lost");
	}

	@Test
	void anInputProblemAnywhereWinsOverOtherFailures() {
		fail("scoreCaseRangeStep:range1", new IllegalStateException("worker failed"));
		fail("checkInputsStep", new IllegalStateException("refused",
				new ToolDefinitionException("tool.yml: criterion FATHER_IDENTIFIED: weight must be 1 or more")));

		assertThat(RunFailures.cause(this.execution)).isInstanceOf(ToolDefinitionException.class)
			.hasMessageContaining("FATHER_IDENTIFIED");
	}

	@Test
	void aJobLevelFailureIsReportedWhenNoStepFailed() {
		this.execution.addStepExecution(new StepExecution(1, "checkInputsStep", this.execution));
		this.execution.addFailureException(new IllegalStateException("job repository unavailable"));

		assertThat(RunFailures.cause(this.execution)).hasMessage("job repository unavailable");
	}

	@Test
	void anUnreachableDatabaseIsReportedInPostgresqlsWordsNamingWhere() {
		Throwable failure = new IllegalStateException("Failed to initialize pool",
				new SQLException("Connection to db.example:5499 refused. Check that the hostname and port are correct.",
						"08001", new java.net.ConnectException("Connection refused")));

		assertThat(RunFailures.rootInputProblem(failure)).hasMessageStartingWith("Connection to db.example:5499 refused");
	}

	@Test
	void aFileThatCannotBeWrittenIsNamedWithWhatIsWrong() {
		Throwable failure = new java.io.UncheckedIOException("Could not write the drop to /srv/out",
				new java.nio.file.AccessDeniedException("/srv/out"));

		assertThat(RunFailures.oneLine(RunFailures.rootInputProblem(failure))).isEqualTo("/srv/out: permission denied");
		assertThat(RunFailures.oneLine(new java.nio.file.NoSuchFileException("/srv/in")))
			.isEqualTo("/srv/in: no such file or folder");
	}

	@Test
	void operatorsReadAnInternalFailuresKindAndStepNeverItsWords() {
		// An internal check's words may quote a drop's values (a case id, a name): kept for the log.
		IllegalStateException internal = new IllegalStateException("case P123 has no date of birth");

		assertThat(RunFailures.forOperators(internal, "scoreCaseRangeStep:range1", 7))
			.isEqualTo("IllegalStateException in scoreCaseRangeStep:range1 (the server log has the detail, run 7)");
	}

	@Test
	void operatorsReadWhichConstraintADatabaseErrorBrokeButNotItsDetail() {
		org.postgresql.util.ServerErrorMessage server = new org.postgresql.util.ServerErrorMessage(
				"SERROR\0C23514\0Mnew row violates check constraint \"no_future_dates\"\0"
						+ "DFailing row contains (P123, 2031-01-01).\0nno_future_dates\0");
		SQLException broken = new org.postgresql.util.PSQLException(server);

		assertThat(RunFailures.forOperators(broken, "resolveExtractStep", 9)).isEqualTo(
				"database error 23514 (constraint no_future_dates) in resolveExtractStep (the server log has the detail, run 9)");
	}

	@Test
	void aLoadWorkersFailureNamesTheFileItWasLoading() {
		fail("loadExtractStep", new IllegalStateException("Partition handler returned an unsuccessful step"));
		fail("loadFilesStep:partition1", new org.safeguarding.audit.extract.FileLoadFailedException(
				"ssd_cin_episodes.csv", new IllegalStateException("row P123 ...")));

		assertThat(RunFailures.failedStep(this.execution)).isEqualTo("loadFilesStep:partition1 loading ssd_cin_episodes.csv");
		assertThat(RunFailures.forOperators(RunFailures.cause(this.execution), RunFailures.failedStep(this.execution), 3))
			.isEqualTo("IllegalStateException in loadFilesStep:partition1 loading ssd_cin_episodes.csv"
					+ " (the server log has the detail, run 3)");
	}

	@Test
	void nothingRecordedIsNoCause() {
		assertThat(RunFailures.cause(this.execution)).isNull();
	}

	private void fail(String stepName, Throwable failure) {
		StepExecution step = new StepExecution(this.execution.getStepExecutions().size() + 1, stepName, this.execution);
		step.addFailureException(failure);
		this.execution.addStepExecution(step);
	}
}

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
	void nothingRecordedIsNoCause() {
		assertThat(RunFailures.cause(this.execution)).isNull();
	}

	private void fail(String stepName, Throwable failure) {
		StepExecution step = new StepExecution(this.execution.getStepExecutions().size() + 1, stepName, this.execution);
		step.addFailureException(failure);
		this.execution.addStepExecution(step);
	}
}

package org.safeguarding.audit.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A load worker walks its own files one per call and, restarted, carries on after the last one
 * it committed.
 */
class LoadDropTaskletTests {

	final List<String> loaded = new ArrayList<>();

	final DropFileLoader loader = new DropFileLoader(null, null, null) {
		@Override
		public FileCounts load(Drop drop, DropFile file, FilePiece piece, long loadId) {
			assertThat(piece.file()).isEqualTo(file.name());
			LoadDropTaskletTests.this.loaded
				.add(file.name() + (piece.isWhole() ? "" : "[" + piece.from() + "," + piece.to() + ")") + "@" + loadId);
			return new FileCounts(3, 2, 1);
		}
	};

	final Drop drop = new Drop(Path.of("drop"),
			List.of(file("ext_agency_events_gp.csv"), file("ext_person_relationship.csv"),
					file("ssd_cin_episodes.csv"), file("ssd_cp_plans.csv"), file("ssd_person.csv")),
			"f".repeat(64), List.of());

	@Test
	void loadsItsOwnFilesOnePerCallInDropOrderAndCountsTheirRows() {
		StepExecution step = worker("ext_agency_events_gp.csv/ssd_cin_episodes.csv/ssd_person.csv");
		LoadDropTasklet tasklet = new LoadDropTasklet(this.drop, 7, this.loader);

		List<RepeatStatus> statuses = new ArrayList<>();
		for (int call = 0; call < 3; call++) {
			StepContribution contribution = step.createStepContribution();
			statuses.add(tasklet.execute(contribution, new ChunkContext(new StepContext(step))));
			step.apply(contribution);
		}

		assertThat(statuses).containsExactly(RepeatStatus.CONTINUABLE, RepeatStatus.CONTINUABLE, RepeatStatus.FINISHED);
		assertThat(this.loaded).containsExactly("ext_agency_events_gp.csv@7", "ssd_cin_episodes.csv@7",
				"ssd_person.csv@7");
		// Three files of 3 rows each, 2 stored and 1 rejected in each.
		assertThat(step.getReadCount()).isEqualTo(9);
		assertThat(step.getWriteCount()).isEqualTo(6);
		assertThat(step.getFilterCount()).isEqualTo(3);
	}

	@Test
	void loadsPiecesOfAFileAsGiven() {
		StepExecution step = worker("0:500:1:ext_agency_events_gp.csv/900:-1:40:ext_agency_events_gp.csv/ssd_person.csv");
		LoadDropTasklet tasklet = new LoadDropTasklet(this.drop, 7, this.loader);

		for (int call = 0; call < 3; call++) {
			tasklet.execute(step.createStepContribution(), new ChunkContext(new StepContext(step)));
		}

		assertThat(this.loaded).containsExactly("ext_agency_events_gp.csv[0,500)@7",
				"ext_agency_events_gp.csv[900,-1)@7", "ssd_person.csv@7");
	}

	@Test
	void restartedWorkerCarriesOnWithTheFirstOfItsFilesNotLoaded() {
		StepExecution step = worker("ext_person_relationship.csv/ssd_cin_episodes.csv/ssd_cp_plans.csv");
		step.getExecutionContext().putInt(LoadDropTasklet.NEXT_FILE_KEY, 2);

		RepeatStatus status = new LoadDropTasklet(this.drop, 7, this.loader).execute(step.createStepContribution(),
				new ChunkContext(new StepContext(step)));

		assertThat(status).isEqualTo(RepeatStatus.FINISHED);
		assertThat(this.loaded).containsExactly("ssd_cp_plans.csv@7");
	}

	@Test
	void restartedAfterItsLastFileLoadsNothing() {
		StepExecution step = worker("ssd_person.csv");
		step.getExecutionContext().putInt(LoadDropTasklet.NEXT_FILE_KEY, 1);

		RepeatStatus status = new LoadDropTasklet(this.drop, 7, this.loader).execute(step.createStepContribution(),
				new ChunkContext(new StepContext(step)));

		assertThat(status).isEqualTo(RepeatStatus.FINISHED);
		assertThat(this.loaded).isEmpty();
	}

	@Test
	void workerOfAnEmptyDropFinishesAtOnce() {
		StepExecution step = worker("");

		RepeatStatus status = new LoadDropTasklet(this.drop, 7, this.loader).execute(step.createStepContribution(),
				new ChunkContext(new StepContext(step)));

		assertThat(status).isEqualTo(RepeatStatus.FINISHED);
		assertThat(this.loaded).isEmpty();
	}

	@Test
	void fileNotInTheDropIsAnError() {
		StepExecution step = worker("ssd_person.csv/ssd_person_old.csv");

		assertThatIllegalStateException()
			.isThrownBy(() -> new LoadDropTasklet(this.drop, 7, this.loader).execute(step.createStepContribution(),
					new ChunkContext(new StepContext(step))))
			.withMessageContaining("ssd_person_old.csv");
		assertThat(this.loaded).isEmpty();
	}

	private static StepExecution worker(String files) {
		ExecutionContext context = new ExecutionContext();
		context.putString(DropFilePartitioner.FILES_KEY, files);
		return MetaDataInstanceFactory.createStepExecution(context);
	}

	static DropFile file(String name) {
		return file(name, 10);
	}

	static DropFile file(String name, long sizeBytes) {
		return new DropFile(name, Table.forFileName(name).orElseThrow(), sizeBytes, "0".repeat(64), List.of(),
				List.of());
	}
}

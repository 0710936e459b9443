package org.safeguarding.audit.extract;

import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A load worker: the files the {@link DropFilePartitioner} gave it, one per call, each in its own
 * transaction, in the drop's order. The index of its next file is kept in the worker's execution
 * context, committed with the file, so a restarted worker carries on with the first file it had
 * not loaded.
 */
public class LoadDropTasklet implements Tasklet {

	static final String NEXT_FILE_KEY = "loadDrop.nextFile";

	private final Drop drop;

	private final long loadId;

	private final DropFileLoader loader;

	public LoadDropTasklet(Drop drop, long loadId, DropFileLoader loader) {
		this.drop = drop;
		this.loadId = loadId;
		this.loader = loader;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		List<DropFile> files = DropFilePartitioner.filesOf(this.drop, context);
		int next = context.getInt(NEXT_FILE_KEY, 0);
		if (next < files.size()) {
			DropFileLoader.FileCounts counts = this.loader.load(this.drop, files.get(next), this.loadId);
			for (long i = 0; i < counts.read(); i++) {
				contribution.incrementReadCount();
			}
			contribution.incrementWriteCount(counts.loaded() + counts.rejected());
			context.putInt(NEXT_FILE_KEY, next + 1);
		}
		return next + 1 < files.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}
}

package org.safeguarding.audit.extract;

import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A load worker: the files and pieces of files the {@link DropFilePartitioner} gave it, one per
 * call, each in its own transaction, in the drop's order. The index of its next piece is kept in
 * the worker's execution context, committed with the piece, so a restarted worker carries on with
 * the first piece it had not loaded (of the same load: a restart whose partial load was removed
 * begins a new load, and loads every piece again).
 */
public class LoadDropTasklet implements Tasklet {

	static final String NEXT_FILE_KEY = "loadDrop.nextFile";

	/** The load the index is of: a restart that had to begin a new load starts again from its first piece. */
	static final String LOAD_KEY = "loadDrop.loadId";

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
		List<FilePiece> pieces = DropFilePartitioner.piecesOf(this.drop, context);
		if (context.getLong(LOAD_KEY, this.loadId) != this.loadId) {
			context.putInt(NEXT_FILE_KEY, 0);
		}
		context.putLong(LOAD_KEY, this.loadId);
		int next = context.getInt(NEXT_FILE_KEY, 0);
		if (next < pieces.size()) {
			FilePiece piece = pieces.get(next);
			DropFile file = DropFilePartitioner.file(this.drop, piece.file());
			DropFileLoader.FileCounts counts;
			try {
				counts = this.loader.load(this.drop, file, piece, this.loadId);
			}
			catch (DropRefusedException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new FileLoadFailedException(file.name(), ex);
			}
			for (long i = 0; i < counts.read(); i++) {
				contribution.incrementReadCount();
			}
			// Written: rows stored; filtered: rows rejected by check 1 (operators read them per step).
			contribution.incrementWriteCount(counts.loaded());
			contribution.incrementFilterCount(counts.rejected());
			context.putInt(NEXT_FILE_KEY, next + 1);
		}
		return next + 1 < pieces.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}
}

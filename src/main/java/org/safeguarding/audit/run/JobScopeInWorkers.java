package org.safeguarding.audit.run;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;

/**
 * Lets a partitioned step's worker threads see the job's scope, as the job's own thread does:
 * the workers' step-scoped beans use the job-scoped {@link RunInputs}, read once per job
 * execution. Without this, Spring Batch has no job context on a worker thread.
 */
final class JobScopeInWorkers implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable task) {
		JobContext context = JobSynchronizationManager.getContext();
		if (context == null) {
			return task;
		}
		JobExecution execution = context.getJobExecution();
		return () -> {
			JobSynchronizationManager.register(execution);
			try {
				task.run();
			}
			finally {
				JobSynchronizationManager.release();
			}
		};
	}
}

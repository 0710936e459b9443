package org.safeguarding.audit.run;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.audit.ToolDefinitionException;
import org.safeguarding.audit.extract.DropRefusedException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Finds, in a failed run's exception chain, the one-line reason an operator should read. */
final class RunFailures {

	private RunFailures() {
	}

	/**
	 * What a failed job execution should be reported by: an input problem if any step met one,
	 * else the deepest cause of the first failure of a partition's worker step (named
	 * {@code step:partition}; the manager step only says that a worker failed), else of any
	 * step, else of the job; null when nothing was recorded.
	 */
	static Throwable cause(JobExecution execution) {
		List<Throwable> failures = new ArrayList<>();
		for (boolean workers : new boolean[] { true, false }) {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStepName().contains(":") == workers) {
					failures.addAll(step.getFailureExceptions());
				}
			}
		}
		failures.addAll(execution.getFailureExceptions());
		for (Throwable failure : failures) {
			Throwable cause = rootInputProblem(failure);
			if (isInputProblem(cause)) {
				return cause;
			}
		}
		return failures.isEmpty() ? null : rootInputProblem(failures.get(0));
	}

	/** The input problem in the chain if there is one, else the deepest cause. */
	static Throwable rootInputProblem(Throwable failure) {
		Throwable deepest = failure;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (isInputProblem(t)) {
				return t;
			}
			deepest = t;
		}
		return deepest;
	}

	/** The failure's message on one line: operators' scripts read standard error a line at a time. */
	static String oneLine(Throwable t) {
		return oneLine((t.getMessage() != null) ? t.getMessage() : t.getClass().getSimpleName());
	}

	static String oneLine(String message) {
		return message.strip().replaceAll("\\s*\\R\\s*", " ");
	}

	static boolean isInputProblem(Throwable t) {
		return t instanceof DropRefusedException || t instanceof ToolDefinitionException;
	}
}

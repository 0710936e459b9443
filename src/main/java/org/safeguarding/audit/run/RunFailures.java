package org.safeguarding.audit.run;

import org.safeguarding.audit.audit.ToolDefinitionException;
import org.safeguarding.audit.extract.DropRefusedException;

/** Finds, in a failed run's exception chain, the one-line reason an operator should read. */
final class RunFailures {

	private RunFailures() {
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

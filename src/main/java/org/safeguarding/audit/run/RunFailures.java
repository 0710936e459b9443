package org.safeguarding.audit.run;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.util.PSQLException;
import org.safeguarding.audit.audit.ToolDefinitionException;
import org.safeguarding.audit.extract.DropRefusedException;
import org.safeguarding.audit.extract.FileLoadFailedException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.origin.Origin;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Finds, in a failed run's exception chain, the one-line reason an operator should read. */
public final class RunFailures {

	private RunFailures() {
	}

	/**
	 * What a failed job execution should be reported by: an input problem if any step met one,
	 * else the deepest cause of the first failure of a partition's worker step (named
	 * {@code step:partition}; the manager step only says that a worker failed), else of any
	 * step, else of the job; null when nothing was recorded.
	 */
	public static Throwable cause(JobExecution execution) {
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

	/**
	 * The input problem in the chain if there is one, else the deepest database error (PostgreSQL's
	 * own words: "Connection to db:5432 refused ...", where the socket's cause below it says only
	 * "Connection refused"), else the deepest cause.
	 */
	public static Throwable rootInputProblem(Throwable failure) {
		Throwable deepest = failure;
		Throwable deepestSql = null;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (isInputProblem(t)) {
				return t;
			}
			deepest = t;
			deepestSql = (t instanceof SQLException) ? t : deepestSql;
		}
		return (deepestSql != null) ? deepestSql : deepest;
	}

	/** The failure's message on one line: operators' scripts read standard error a line at a time. */
	public static String oneLine(Throwable t) {
		if (t instanceof FileSystemException file && file.getReason() == null) {
			// Its message is the path alone ("error: /srv/out"): say what is wrong with it too.
			return oneLine(file.getFile() + ((file.getOtherFile() != null) ? " -> " + file.getOtherFile() : "") + ": "
					+ problem(file));
		}
		return oneLine((t.getMessage() != null) ? t.getMessage() : t.getClass().getSimpleName());
	}

	private static String problem(FileSystemException file) {
		if (file instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (file instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (file instanceof FileAlreadyExistsException) {
			return "already exists";
		}
		if (file instanceof NotDirectoryException) {
			return "not a folder";
		}
		return file.getClass().getSimpleName();
	}

	public static String oneLine(String message) {
		return message.strip().replaceAll("\\s*\\R\\s*", " ");
	}

	/**
	 * A setting that could not be read or is not allowed, named as an operator writes it, with
	 * its value, where it came from and what is wrong; null when the failure is not about one.
	 */
	public static String settingProblem(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BindValidationException invalid) {
				ValidationErrors errors = invalid.getValidationErrors();
				return errors.getAllErrors().stream().map(error -> invalidSetting(errors.getName(), error))
					.collect(Collectors.joining("; "));
			}
			if (t instanceof BindException unreadable && !(t.getCause() instanceof BindValidationException)) {
				ConfigurationProperty property = unreadable.getProperty();
				String setting = property == null ? "setting " + unreadable.getName()
						: "setting " + property.getName() + " = '" + property.getValue() + "'" + from(property.getOrigin());
				return setting + ": cannot be read as " + unreadable.getTarget().getType();
			}
		}
		return null;
	}

	private static String invalidSetting(ConfigurationPropertyName prefix, ObjectError error) {
		if (!(error instanceof FieldError field)) {
			return "settings " + prefix + ": " + error.getDefaultMessage();
		}
		return "setting " + prefix + "." + DataObjectPropertyName.toDashedForm(field.getField()) + " = '"
				+ field.getRejectedValue() + "'" + from(Origin.from(error)) + ": " + field.getDefaultMessage();
	}

	private static String from(Origin origin) {
		return origin == null ? "" : " (" + origin + ")";
	}

	/**
	 * The one line operators read of a failed run (its page, the API, the health details): the
	 * failure's own words where the product wrote them about files, settings and connections,
	 * otherwise only its kind and step, since other messages (a database's, an internal check's)
	 * may quote a drop's values, which operators must not see. The server's log keeps the whole.
	 */
	public static String forOperators(Throwable cause, String step, long runId) {
		if (cause == null) {
			return "the run failed in " + step + " (the server log has the detail, run " + runId + ")";
		}
		if (isInputProblem(cause) || cause instanceof RunInputException || cause instanceof FileSystemException
				|| cause instanceof java.io.UncheckedIOException || cause instanceof java.io.IOException
				|| cause.getClass().getPackageName().equals("org.safeguarding.audit.jobs")) {
			return oneLine(cause);
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("53"))) {
			// Connections refused or lost, a full disk or too many connections: no data in the words.
			return oneLine(cause);
		}
		String kind = (cause instanceof SQLException sql && sql.getSQLState() != null)
				? "database error " + sql.getSQLState() + constraint(sql) : cause.getClass().getSimpleName();
		return kind + " in " + step + " (the server log has the detail, run " + runId + ")";
	}

	/** The schema's name of the constraint a database error broke, if it names one (never a value). */
	private static String constraint(SQLException sql) {
		if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null
				&& psql.getServerErrorMessage().getConstraint() != null) {
			return " (constraint " + psql.getServerErrorMessage().getConstraint() + ")";
		}
		return "";
	}

	/**
	 * The name of the first step that failed (a partition's worker first), with the drop's file it
	 * was loading if it was loading one, or "the job".
	 */
	public static String failedStep(JobExecution execution) {
		for (boolean workers : new boolean[] { true, false }) {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStepName().contains(":") == workers && !step.getFailureExceptions().isEmpty()) {
					return step.getStepName() + loading(step.getFailureExceptions());
				}
			}
		}
		return "the job";
	}

	private static String loading(List<Throwable> failures) {
		for (Throwable failure : failures) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof FileLoadFailedException file) {
					return " loading " + file.fileName();
				}
			}
		}
		return "";
	}

	public static boolean isInputProblem(Throwable t) {
		return t instanceof DropRefusedException || t instanceof ToolDefinitionException || t instanceof RunInputException;
	}
}

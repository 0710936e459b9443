package org.safeguarding.audit.run;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * A run of one drop folder for one period, carried out at once on the calling thread (the
 * command line's {@code run-audit}, the benchmark): recorded as a run like any other, so operators
 * see it beside the scheduled ones, with the command line's user as its trigger. Running a month
 * again replaces its results: loads and results are idempotent by design.
 */
@Component
public class AuditRunner {

	private final Runs runs;

	private final RunLauncher launcher;

	private final EngineInstance instance;

	private final RunProperties properties;

	AuditRunner(Runs runs, RunLauncher launcher, EngineInstance instance, RunProperties properties) {
		this.runs = runs;
		this.launcher = launcher;
		this.instance = instance;
		this.properties = properties;
	}

	/** Runs the audit; {@code tool} may be null for the configured default. */
	public RunResult run(Path extract, String period, Path tool, Path out) {
		String toolFile = (tool != null) ? tool.toAbsolutePath().normalize().toString() : this.properties.toolLocation();
		NewRun request = new NewRun(null, period, "command line (" + System.getProperty("user.name") + ")", toolFile,
				out.toAbsolutePath().normalize().toString(), extract.toAbsolutePath().normalize().toString(), null, null);
		long id = this.runs.startNow(request, this.instance.id());
		RunLauncher.RunOutcome outcome = this.launcher.execute(this.runs.find(id).orElseThrow());
		long execution = (outcome.jobExecutionId() != null) ? outcome.jobExecutionId() : -1;
		return new RunResult(execution, outcome.status() == RunStatus.COMPLETED, outcome.status() == RunStatus.REFUSED,
				outcome.failure(), id);
	}

	/** How a run ended: {@code refused} when its input (drop, tool, period) was at fault. */
	public record RunResult(long jobExecutionId, boolean completed, boolean refused, String reason, long runId) {
	}
}

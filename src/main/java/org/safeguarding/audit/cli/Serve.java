package org.safeguarding.audit.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.run.RunEngine;
import org.safeguarding.audit.run.RunLauncher.RunOutcome;
import org.safeguarding.audit.run.RunStatus;
import org.safeguarding.audit.run.ScheduledRuns;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code serve}: the long-running form a partnership deploys — the web pages, the API and every
 * job's schedule in one process, until stopped; {@code serve --once} carries out every scheduled
 * run that is due or missed, in order, and exits (for an external scheduler).
 */
final class Serve {

	private Serve() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean once = args.contains("--once");
		List<String> rest = args.stream().filter(a -> !a.equals("--once")).toList();
		if (!rest.isEmpty()) {
			throw new CommandOptions.UsageException("serve: unexpected argument '" + rest.get(0)
					+ "' (serve takes only --once; jobs come from jobs/*.yml or AUDIT_JOBS_DIR)");
		}
		return once ? once(out, err) : serve(out);
	}

	private static int once(PrintStream out, PrintStream err) {
		try (ConfigurableApplicationContext context = Cli.start()) {
			List<JobDefinition> jobs = context.getBean(JobDefinitions.class).all();
			context.getBean(ScheduledRuns.class).tick(Instant.now(), true);
			List<RunOutcome> outcomes = context.getBean(RunEngine.class).drain();
			int code = Cli.OK;
			for (RunOutcome outcome : outcomes) {
				out.println("run " + outcome.runId() + ": " + outcome.status()
						+ ((outcome.failure() != null) ? ": " + outcome.failure() : ""));
				if (outcome.status() == RunStatus.WAITING_FOR_DROP) {
					code = (code == Cli.OK) ? Cli.WAITING : code;
				}
				else if (outcome.status() != RunStatus.COMPLETED) {
					code = Cli.FAILED;
				}
			}
			out.println("serve --once: " + jobs.size() + " job(s), " + outcomes.size() + " run(s) carried out");
			if (code == Cli.FAILED) {
				err.println("error: a run did not complete (see above)");
			}
			return code;
		}
	}

	static int serve(PrintStream out) throws InterruptedException {
		ConfigurableApplicationContext context = Cli.startServed();
		CountDownLatch closed = closedLatch(context);
		List<JobDefinition> jobs = context.getBean(JobDefinitions.class).all();
		context.getBean(RunEngine.class).start();
		Environment env = context.getEnvironment();
		out.println("serving on http://" + env.getProperty("server.address", "127.0.0.1") + ":"
				+ env.getProperty("local.server.port", env.getProperty("server.port", "8080")) + "/ with "
				+ jobs.size() + " job(s) from " + context.getBean(JobDefinitions.class).folder() + "; stop with Ctrl-C");
		closed.await();
		return Cli.OK;
	}

	/** Waits until the context is closed (Ctrl-C, SIGTERM: the shutdown hook closes it). */
	static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
		closedLatch(context).await();
	}

	private static CountDownLatch closedLatch(ConfigurableApplicationContext context) {
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener(event -> {
			if (event instanceof org.springframework.context.event.ContextClosedEvent) {
				closed.countDown();
			}
		});
		Runtime.getRuntime().addShutdownHook(new Thread(context::close, "shutdown"));
		return closed;
	}
}

package org.safeguarding.audit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;
import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.jobs.SourceDefinition;
import org.safeguarding.audit.report.PublishFolder;
import org.safeguarding.audit.run.RunEngine;
import org.safeguarding.audit.run.RunLauncher.RunOutcome;
import org.safeguarding.audit.run.RunRequests;
import org.safeguarding.audit.run.RunStatus;
import org.safeguarding.audit.run.Runs;
import org.safeguarding.audit.security.Passwords;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-command demo (the README's main command): a synthetic partnership's drops for the last
 * N complete months, audited oldest first through the shipped job {@code jobs/demo.yml} (so the
 * demo runs exactly as a deployed job does), one demo user per role, then the served application.
 * The same partnership (seed) every time, so running it again replaces the same runs.
 */
final class Demo {

	static final long SEED = 20261;

	static final String JOB = "demo";

	private Demo() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		CommandOptions options = CommandOptions.parse("demo", args, Set.of("months", "cases", "serve"));
		int months = options.integer("months", "12", 1, 60);
		int cases = options.integer("cases", "300", 1, 1_000_000);
		String serveText = options.optional("serve", "true");
		if (!serveText.equals("true") && !serveText.equals("false")) {
			throw new CommandOptions.UsageException("demo: --serve must be true or false (was '" + serveText + "')");
		}
		boolean serve = Boolean.parseBoolean(serveText);
		try (ConfigurableApplicationContext context = Cli.start()) {
			int code = publish(context, months, cases, out, err);
			if (code != Cli.OK) {
				return code;
			}
			demoUsers(context.getBean(UserAccounts.class), out);
		}
		return serve ? Serve.serve(out) : Cli.OK;
	}

	private static int publish(ConfigurableApplicationContext context, int months, int cases, PrintStream out,
			PrintStream err) {
		JobDefinitions jobs = context.getBean(JobDefinitions.class);
		JobDefinition job = jobs.find(JOB)
			.orElseThrow(() -> new IllegalStateException("the demo's job file " + JOB + ".yml is not in " + jobs.folder()));
		if (!(job.source() instanceof SourceDefinition.Folder folder)) {
			throw new IllegalStateException(job.file() + ": the demo's job must have a folder source");
		}
		YearMonth last = YearMonth.now(AuditPeriod.PARTNERSHIP_ZONE).minusMonths(1);
		YearMonth first = last.minusMonths(months - 1);
		for (YearMonth period = first; !period.isAfter(last); period = period.plusMonths(1)) {
			writeDrop(folder.path().resolve(period.toString()), new GeneratorSettings(cases, period, SEED, 0.01));
		}
		RunEngine engine = context.getBean(RunEngine.class);
		// Runs a killed demo left queued are carried out first: the backfill's periods must be free.
		engine.drain();
		context.getBean(RunRequests.class).backfill(JOB, first.toString(), last.toString(), "demo");
		int code = report(engine.drain(), context.getBean(Runs.class), out, err);
		if (code == Cli.OK) {
			out.println("newest dashboard: " + job.outFor(last.toString()).resolve("board-dashboard.html"));
		}
		return code;
	}

	private static int report(List<RunOutcome> outcomes, Runs runs, PrintStream out, PrintStream err) {
		for (RunOutcome outcome : outcomes) {
			var run = runs.find(outcome.runId()).orElseThrow();
			if (outcome.status() != RunStatus.COMPLETED) {
				err.println("error: demo run for " + run.period() + " " + outcome.status() + ": " + outcome.failure());
				return (outcome.status() == RunStatus.REFUSED) ? Cli.REFUSED : Cli.FAILED;
			}
			out.println("published " + run.period() + " to " + run.outFolder());
		}
		return Cli.OK;
	}

	/** One user per role, made the first time only: their generated passwords are printed once. */
	private static void demoUsers(UserAccounts users, PrintStream out) {
		boolean made = false;
		for (Role role : EnumSet.allOf(Role.class)) {
			String name = "demo-" + role.name().toLowerCase(java.util.Locale.ROOT).replace("_officer", "");
			if (users.find(name).isEmpty()) {
				String password = Passwords.generate();
				users.save(name, Set.of(role), password, "demo", null);
				out.println("demo user " + name + " (" + role + "): password " + password);
				made = true;
			}
		}
		if (!made) {
			out.println("demo users demo-board, demo-qa, demo-operator, demo-admin exist already (their passwords were "
					+ "printed when they were made; set a new one with add-user --username NAME --role ROLE)");
		}
	}

	/** Writes a fresh generated drop (replacing the demo's own earlier one), marked complete. */
	private static void writeDrop(Path folder, GeneratorSettings settings) {
		try {
			PublishFolder.deleteTree(folder);
			new ExtractGenerator(settings).write(folder);
			Files.writeString(folder.resolve("READY"), "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the demo drop " + folder, ex);
		}
	}
}

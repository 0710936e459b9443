package org.safeguarding.audit.cli;

import org.safeguarding.audit.run.RunFailures;
import org.safeguarding.audit.run.AuditRunner;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.bench.Benchmark;
import org.safeguarding.audit.bench.PageBenchmark;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratedDrop;
import org.safeguarding.audit.generate.GeneratorSettings;
import org.safeguarding.audit.report.PublishTarget;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line operators and scripts call. Exit codes: 0 success; 1 the run failed;
 * 2 the command line is wrong; 3 the input was refused (a drop to refuse, a wrong tool
 * definition). Every failure prints one line on standard error.
 */
public final class Cli {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final int REFUSED = 3;

	/** {@code serve --once}: nothing failed, but a scheduled run is waiting for its drop. */
	public static final int WAITING = 4;

	static final String USAGE_TEXT = """
			usage: java -jar target/safeguarding-audit.jar <command> [options]

			commands:
			  run-audit         load an extract drop, score every case of the period, publish the files
			      --extract DIR     the drop folder (CSV files, extract-format.md version 1)
			      --period YYYY-MM  the month to audit, once it is over; the audit date is its last day
			      --out DIR         where to publish: a new or empty folder, or an earlier run's (replaced
			                        whole); not in the drop, nor holding it
			      --tool FILE       audit-tool definition (default: AUDIT_RUN_TOOL, else the shipped
			                        "Babies under one", jobs/audit-tools/babies-under-one.yml in the jar)
			  generate-extract  write a synthetic partnership drop (never real data)
			      --cases N         number of babies' cases (1 to 10000000)
			      --period YYYY-MM  the month the drop is extracted after
			      --seed S          same seed, same partnership, same bytes
			      --out DIR         the drop folder to write: a new or empty folder
			      --bad-rows RATE   share of bad rows to mix in, 0 to 0.5 (default 0)
			  serve             the served application: web pages, API and every job's schedule
			                    (jobs/*.yml, or AUDIT_JOBS_DIR); on 127.0.0.1:8080 (SERVER_ADDRESS, SERVER_PORT)
			      --once            run every scheduled run that is due or missed, then exit (for an
			                        external scheduler: 0 all completed, 4 one waits for its drop, 1 one failed)
			  worker            carry out the load and scoring partitions of runs whose process has
			                    AUDIT_SCALE_OUT_WORKERS set, sent over RabbitMQ (SPRING_RABBITMQ_HOST, ...);
			                    needs SPRING_DATASOURCE_URL: the managers' PostgreSQL (docs/scaling.md)
			  add-user          create or update a user of the served application
			      --username NAME   2 to 64 letters, digits, '.', '_', '@' or '-'
			      --role R[,R...]   BOARD, QA_OFFICER, OPERATOR, ADMIN
			      --password-stdin  read the password (12 characters or more) from standard input;
			                        without it a password is generated and printed once, last line
			  disable-user      the user can no longer sign in; their history stays
			      --username NAME
			  demo              the main command: publish a demo partnership's last months through
			                    its job (jobs/demo.yml), create one demo user per role, then serve
			      --months N        how many months (default 12)
			      --cases N         babies per drop (default 300)
			      --serve false     publish and stop, without serving
			  benchmark         for developers: time drops of several sizes against plain COPY
			      --sizes N,N,...   babies per drop (default 10000,100000,1000000)
			      --work DIR        where drops and runs go (default bench/work)
			      --workers N       this process as manager, N worker processes (RabbitMQ) (default 0)
			      --shape K=N       each drop reshaped: teams=N, rejected=N or extra-columns=N
			  benchmark-pages   for developers: the served pages' latency under concurrent users
			      --role R          the users' role (BOARD, QA_OFFICER, OPERATOR, ADMIN)
			      --paths P,P,...   pages asked for; {period} {run} {criterion} {case} {team}
			                        are filled in from the published run, afresh each request
			      --babies N        the published period's size (default 100000)
			      --clients N       users at once, each asking without pause (default 20)
			      --seconds N       measured (default 30), after --warmup N (default 10)
			      --runs N          finished runs added until the run list holds N (default 0)
			      --work DIR        drops, runs and the benchmark's own store (default bench/work)
			  help              this text

			exit codes: 0 success, 1 run failed, 2 wrong command line, 3 input refused,
			4 serve --once: a scheduled run is waiting for its drop (nothing failed)
			configuration: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD for an external PostgreSQL
			(otherwise an embedded one with data in AUDIT_STORE_DATA_DIR, default ./data/postgres)
			""";

	private Cli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** Runs a command; returns its exit code. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		String command = (args.length == 0) ? "" : args[0];
		try {
			return switch (command) {
				case "run-audit" -> runAudit(rest, out, err);
				case "generate-extract" -> generateExtract(rest, out);
				case "demo" -> Demo.run(rest, out, err);
				case "serve" -> Serve.run(rest, out, err);
				case "worker" -> Worker.run(rest, out, err);
				case "add-user" -> UserCommands.addUser(rest, System.in, out);
				case "disable-user" -> UserCommands.disableUser(rest, out);
				case "benchmark" -> Benchmark.run(rest, out);
				case "benchmark-pages" -> PageBenchmark.run(rest, out);
				case "help", "--help", "-h" -> {
					out.print(USAGE_TEXT);
					yield OK;
				}
				default -> throw new CommandOptions.UsageException(
						command.isEmpty() ? "no command given" : "unknown command '" + command + "'");
			};
		}
		catch (CommandOptions.UsageException ex) {
			err.println("error: " + ex.getMessage() + " (see --help)");
			return USAGE;
		}
		catch (Exception ex) {
			String setting = RunFailures.settingProblem(ex);
			if (setting != null) {
				err.println("error: " + RunFailures.oneLine(setting));
				return FAILED;
			}
			Throwable cause = RunFailures.rootInputProblem(ex);
			err.println("error: " + RunFailures.oneLine(cause));
			return RunFailures.isInputProblem(cause) ? REFUSED : FAILED;
		}
	}

	private static int runAudit(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.contains("--help")) {
			out.print(USAGE_TEXT);
			return OK;
		}
		CommandOptions options = CommandOptions.parse("run-audit", args, Set.of("extract", "period", "out", "tool"));
		String period = period(options);
		var extract = options.path("extract");
		var outDir = options.path("out");
		try {
			// The run checks these too; here they need no database to start first.
			AuditPeriod.parse(period).ended(LocalDate.now(AuditPeriod.PARTNERSHIP_ZONE));
			PublishTarget.check(outDir, extract);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandOptions.UsageException("run-audit: " + ex.getMessage());
		}
		var tool = options.optional("tool", null);
		if (tool != null && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(tool))) {
			// A setting of the run, not the input: exit 1, as a wrong AUDIT_RUN_TOOL is.
			err.println("error: --tool " + tool + ": no such file");
			return FAILED;
		}
		try (ConfigurableApplicationContext context = start()) {
			AuditRunner.RunResult result = context.getBean(AuditRunner.class)
				.run(extract, period, (tool != null) ? java.nio.file.Path.of(tool) : null, outDir);
			if (result.completed()) {
				out.println("published " + period + " to " + outDir.toAbsolutePath().normalize());
				return OK;
			}
			err.println("error: " + RunFailures.oneLine(result.reason()));
			return result.refused() ? REFUSED : FAILED;
		}
	}

	private static int generateExtract(List<String> args, PrintStream out) {
		CommandOptions options = CommandOptions.parse("generate-extract", args,
				Set.of("cases", "period", "seed", "out", "bad-rows"));
		GeneratorSettings settings;
		try {
			settings = new GeneratorSettings(options.integer("cases", null, 1, 10_000_000),
					AuditPeriod.parse(period(options)).month(), options.longValue("seed"),
					options.decimal("bad-rows", "0"));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandOptions.UsageException("generate-extract: " + ex.getMessage());
		}
		GeneratedDrop drop;
		try {
			drop = new ExtractGenerator(settings).write(options.path("out"));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandOptions.UsageException("generate-extract: --out: " + ex.getMessage());
		}
		out.println("wrote " + drop.folder().toAbsolutePath().normalize());
		return OK;
	}

	static String period(CommandOptions options) {
		String period = options.required("period");
		try {
			return AuditPeriod.parse(period).toString();
		}
		catch (IllegalArgumentException ex) {
			throw new CommandOptions.UsageException("--period: " + ex.getMessage());
		}
	}

	public static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(org.safeguarding.audit.SafeguardingAuditApplication.class)
			.logStartupInfo(false)
			.run();
	}

	/** The served application: the web pages, the API and the run engine in one process. */
	static ConfigurableApplicationContext startServed() {
		// A command-line property outranks application.properties, whose default is no web server.
		return new SpringApplicationBuilder(org.safeguarding.audit.SafeguardingAuditApplication.class)
			.logStartupInfo(false)
			.run("--spring.main.web-application-type=servlet");
	}
}

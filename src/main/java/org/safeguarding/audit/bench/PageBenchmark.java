package org.safeguarding.audit.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.safeguarding.audit.cli.CommandOptions;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;
import org.safeguarding.audit.run.AuditRunner;
import org.safeguarding.audit.security.Passwords;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code benchmark-pages} (docs/benchmarks.md): the served pages' latency under concurrent
 * signed-in users. Serves the application on a loopback port over a store of its own, with a
 * published period of the given size (generated and audited once, then kept) and, when asked,
 * enough finished runs in the run list; then each client signs in as a user of the given role
 * and asks for the given paths one after another without pause, and the latencies after a
 * warm-up are printed per path: requests, failures, p50, p95, p99 and the largest, in ms.
 */
public final class PageBenchmark {

	private PageBenchmark() {
	}

	public static int run(List<String> args, PrintStream out) throws Exception {
		CommandOptions options = CommandOptions.parse("benchmark-pages", args,
				Set.of("babies", "role", "paths", "clients", "seconds", "warmup", "runs", "work"));
		int babies = positive(options, "babies", "100000");
		int clients = positive(options, "clients", "20");
		int seconds = positive(options, "seconds", "30");
		int warmup = positive(options, "warmup", "10");
		int runs = Integer.parseInt(positiveOrZero(options, "runs", "0"));
		Role role = role(options.required("role"));
		List<String> paths = List.of(options.required("paths").split(","));
		Path work = Path.of(options.optional("work", "bench/work"));
		YearMonth period = YearMonth.of(2026, 10);
		try (ConfigurableApplicationContext context = start(work)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long runId = publishedRun(context, jdbc, work, babies, period);
			BenchRuns.fill(jdbc, runs);
			// One user per client, as a board's members each have their own account (and one name's
			// sign-ins sent all at once are refused beyond the five the lockout lets through).
			String password = Passwords.generate();
			String username = "bench-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-";
			for (int i = 1; i <= clients; i++) {
				context.getBean(UserAccounts.class).save(username + i, Set.of(role), password, "benchmark-pages", null);
			}
			PagePlaceholders placeholders = PagePlaceholders.of(jdbc, runId, period);
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			out.printf("benchmark-pages: %d babies, run %d, %d runs listed, %d clients as %s, %d s warm-up, %d s measured%n",
					babies, runId, jdbc.sql("select count(*) from run").query(Long.class).single(), clients, role,
					warmup, seconds);
			Latencies latencies = drive(base, username, password, paths, placeholders, clients,
					Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
			latencies.print(out);
			return latencies.failures() == 0 ? 0 : 1;
		}
	}

	private static ConfigurableApplicationContext start(Path work) {
		return new SpringApplicationBuilder(org.safeguarding.audit.SafeguardingAuditApplication.class)
			.logStartupInfo(false)
			.run("--spring.main.web-application-type=servlet", "--server.port=0", "--server.address=127.0.0.1",
					"--audit.store.data-dir=" + work.resolve("pages-store").toAbsolutePath(),
					"--logging.level.org.safeguarding.audit.security.AccessLog=warn");
	}

	/** The newest completed run of the period, or a new one over a generated drop of that size. */
	private static long publishedRun(ConfigurableApplicationContext context, JdbcClient jdbc, Path work, int babies,
			YearMonth period) {
		Path drop = work.resolve("drop-" + babies).toAbsolutePath();
		List<Long> done = jdbc.sql("""
				select id from run where status = 'COMPLETED' and period = :period and drop_folder = :drop
				order by id desc limit 1""").param("period", period.toString()).param("drop", drop.toString())
			.query(Long.class).list();
		if (!done.isEmpty()) {
			return done.get(0);
		}
		if (!Files.isDirectory(drop)) {
			new ExtractGenerator(new GeneratorSettings(babies, period, 1, 0)).write(drop);
		}
		AuditRunner.RunResult result = context.getBean(AuditRunner.class)
			.run(drop, period.toString(), null, work.resolve("pages-out-" + babies).toAbsolutePath());
		if (!result.completed()) {
			throw new IllegalStateException("benchmark-pages: the run of " + drop + " failed: " + result.reason());
		}
		return result.runId();
	}

	private static Latencies drive(String base, String username, String password, List<String> paths,
			PagePlaceholders placeholders, int clients, Duration warmup, Duration measured) throws Exception {
		Latencies latencies = new Latencies(paths);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			long start = System.nanoTime();
			long measureFrom = start + warmup.toNanos();
			long end = measureFrom + measured.toNanos();
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 1; i <= clients; i++) {
				String user = username + i;
				futures.add(pool.submit(() -> {
					PageClient client = PageClient.signIn(base, user, password);
					ThreadLocalRandom random = ThreadLocalRandom.current();
					while (System.nanoTime() < end) {
						int which = random.nextInt(paths.size());
						String path = placeholders.fill(paths.get(which), random);
						long before = System.nanoTime();
						int status = client.get(path);
						long after = System.nanoTime();
						if (before >= measureFrom) {
							latencies.add(which, after - before, status == 200);
						}
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return latencies;
	}

	private static Role role(String value) {
		try {
			return Role.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new CommandOptions.UsageException("benchmark-pages: --role takes one of "
					+ java.util.Arrays.toString(Role.values()) + " (was '" + value + "')");
		}
	}

	private static int positive(CommandOptions options, String name, String fallback) {
		String value = options.optional(name, fallback);
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new CommandOptions.UsageException(
				"benchmark-pages: --" + name + " takes a whole number of 1 or more (was '" + value + "')");
	}

	private static String positiveOrZero(CommandOptions options, String name, String fallback) {
		String value = options.optional(name, fallback);
		if (!value.strip().matches("\\d{1,7}")) {
			throw new CommandOptions.UsageException(
					"benchmark-pages: --" + name + " takes a whole number of 0 or more (was '" + value + "')");
		}
		return value.strip();
	}
}

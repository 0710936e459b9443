package org.safeguarding.audit.cli;

import java.io.PrintStream;
import java.util.List;

import org.safeguarding.audit.SafeguardingAuditApplication;
import org.safeguarding.audit.scale.ScaleOutProperties;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code worker}: carries out the load and scoring partitions that managers (processes with
 * {@code audit.scale-out.workers} set) send over the broker, until stopped. It shares the
 * managers' database (their job repository and stored drops) and must see the drops' folders at
 * the same paths.
 */
final class Worker {

	private Worker() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
		if (!args.isEmpty()) {
			throw new CommandOptions.UsageException("worker: unexpected argument '" + args.get(0)
					+ "' (worker takes no options; it is configured by SPRING_DATASOURCE_URL, SPRING_RABBITMQ_* and AUDIT_SCALE_OUT_*)");
		}
		if (!hasDatabaseUrl()) {
			// An embedded database of its own would share nothing with the managers.
			err.println("error: worker: set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to the managers' PostgreSQL");
			return Cli.FAILED;
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SafeguardingAuditApplication.class)
			.logStartupInfo(false)
			.run("--audit.scale-out.worker=true");
		Environment env = context.getEnvironment();
		ScaleOutProperties properties = context.getBean(ScaleOutProperties.class);
		out.println("worker: " + properties.workerThreads() + " partition(s) at a time from queue " + properties.queue()
				+ " on " + env.getProperty("spring.rabbitmq.host", "localhost") + ":"
				+ env.getProperty("spring.rabbitmq.port", "5672") + "; stop with Ctrl-C");
		Serve.awaitClose(context);
		return Cli.OK;
	}

	private static boolean hasDatabaseUrl() {
		return System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null;
	}
}

package org.safeguarding.audit.cli;

import org.safeguarding.audit.run.RunFailures;
import org.safeguarding.audit.run.AuditRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.safeguarding.audit.report.PublishTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * {@code serve}: the scheduled form of the audit. Scans the drop inbox on a cron schedule (by
 * default every day at 06:00) and audits each new or re-sent month; {@code --once} scans once
 * and exits (for an external scheduler: cron, a systemd timer, the council's job scheduler).
 */
final class Serve {

	private static final Logger log = LoggerFactory.getLogger(Serve.class);

	private Serve() {
	}

	static int run(List<String> args, PrintStream out) throws Exception {
		CommandOptions options = CommandOptions.parse("serve", args, Set.of("inbox", "out", "cron", "once"));
		try {
			PublishTarget.checkInbox(options.path("inbox"), options.path("out"));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandOptions.UsageException("serve: " + ex.getMessage());
		}
		Inbox inbox = new Inbox(options.path("inbox"), options.path("out"));
		String onceText = options.optional("once", "false");
		if (!onceText.equals("true") && !onceText.equals("false")) {
			throw new CommandOptions.UsageException("serve: --once must be true or false (was '" + onceText + "')");
		}
		boolean once = Boolean.parseBoolean(onceText);
		String cron = options.optional("cron", "0 0 6 * * *");
		if (!CronExpression.isValidExpression(cron)) {
			throw new CommandOptions.UsageException("serve: --cron '" + cron
					+ "' is not a cron expression (six fields: second minute hour day month weekday)");
		}
		try (ConfigurableApplicationContext context = Cli.start()) {
			AuditRunner runner = context.getBean(AuditRunner.class);
			if (once) {
				int failed = inbox.scan(runner);
				out.println("inbox scanned: " + (failed == 0 ? "every drop audited" : failed + " run(s) failed"));
				return failed == 0 ? Cli.OK : Cli.FAILED;
			}
			ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
			scheduler.setThreadNamePrefix("inbox-");
			scheduler.initialize();
			scheduler.schedule(() -> {
				try {
					inbox.scan(runner);
				}
				catch (Exception ex) {
					log.error("Inbox scan failed: {}", RunFailures.oneLine(ex));
				}
			}, new CronTrigger(cron));
			out.println("serving: scanning the inbox on '" + cron + "'; stop with Ctrl-C");
			new CountDownLatch(1).await();
			return Cli.OK;
		}
	}
}

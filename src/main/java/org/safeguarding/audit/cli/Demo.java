package org.safeguarding.audit.cli;

import org.safeguarding.audit.run.RunFailures;
import org.safeguarding.audit.run.AuditRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-command demo: a synthetic partnership's drops for the last N complete months, each
 * audited in order and published under {@code out/<period>/}. The same partnership (seed) every
 * time, so running it again replaces the same runs rather than adding to them.
 */
final class Demo {

	static final long SEED = 20261;

	private Demo() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		CommandOptions options = CommandOptions.parse("demo", args, Set.of("months", "cases", "out"));
		int months = options.integer("months", "12", 1, 60);
		int cases = options.integer("cases", "300", 1, 1_000_000);
		Path outDir = Path.of(options.optional("out", "out"));
		YearMonth last = YearMonth.now(AuditPeriod.PARTNERSHIP_ZONE).minusMonths(1);
		try (ConfigurableApplicationContext context = Cli.start()) {
			AuditRunner runner = context.getBean(AuditRunner.class);
			for (int i = months - 1; i >= 0; i--) {
				YearMonth period = last.minusMonths(i);
				Path drop = outDir.resolve("drops").resolve(period.toString());
				new ExtractGenerator(new GeneratorSettings(cases, period, SEED, 0.01)).rewrite(drop);
				Path runOut = outDir.resolve(period.toString());
				AuditRunner.RunResult result = runner.run(drop, period.toString(), null, runOut);
				if (!result.completed()) {
					err.println("error: demo run for " + period + " failed: " + result.reason());
					return result.refused() ? Cli.REFUSED : Cli.FAILED;
				}
				out.println("published " + period + " to " + runOut.toAbsolutePath().normalize());
			}
			Path newest = outDir.resolve(last.toString()).resolve("board-dashboard.html").toAbsolutePath().normalize();
			out.println("newest dashboard: " + newest);
			return Cli.OK;
		}
	}
}

package org.safeguarding.audit.bench;

import org.safeguarding.audit.cli.CommandOptions;
import org.safeguarding.audit.cli.Cli;
import org.safeguarding.audit.run.AuditRunner;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark (docs/benchmarks.md): for each drop size, generate a drop (not timed), run the
 * audit end to end, and load the same files with plain PostgreSQL COPY into equivalent tables on
 * the same database, printing rows/s, cases/s, seconds, memory ({@link HeapWatch}, peak RSS) and
 * the ratio to COPY; then the least work any design must do after that COPY ({@link LeastWork}),
 * as seconds and as a multiple of the COPY.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static int run(List<String> args, PrintStream out) throws Exception {
		CommandOptions options = CommandOptions.parse("benchmark", args, Set.of("sizes", "work", "workers", "shape"));
		List<Integer> sizes = new ArrayList<>();
		for (String size : options.optional("sizes", "10000,100000,1000000").split(",")) {
			int babies;
			try {
				babies = Integer.parseInt(size.trim());
			}
			catch (NumberFormatException ex) {
				babies = 0;
			}
			if (babies < 1) {
				throw new CommandOptions.UsageException(
						"benchmark: --sizes takes whole numbers of 1 or more separated by commas (was '" + size + "')");
			}
			sizes.add(babies);
		}
		Path work = Path.of(options.optional("work", "bench/work"));
		String shapeOption = options.optional("shape", null);
		DropShape shape = (shapeOption != null) ? DropShape.parse(shapeOption) : null;
		int workers = options.integer("workers", "0", 0, 64);
		if (workers > 0) {
			ScaleOutBench.manage(workers);
		}
		YearMonth period = YearMonth.of(2026, 10);
		if (shape != null) {
			out.println("drops reshaped: " + shape.suffix() + (shape.copyable() ? ""
					: " (no COPY or least work: a plain COPY refuses the reshaped rows)"));
		}
		out.printf("%-9s %12s %11s %10s %9s %9s %8s %12s %10s %7s %10s %8s %10s %8s %7s %8s %8s%n", "babies",
				"extract_rows", "rows/s", "cases/s", "end2end_s", "copy_s", "ratio", "heap_live_MB", "rss_MB", "load_s",
				"resolve_s", "score_s", "publish_s", "check_s", "rest_s", "least_s", "least_x");
		try (ConfigurableApplicationContext context = Cli.start(); HeapWatch heap = new HeapWatch();
				AutoCloseable scaleOut = (workers > 0) ? ScaleOutBench.start(context, workers, work) : () -> {
				}) {
			AuditRunner runner = context.getBean(AuditRunner.class);
			JobRepository jobs = context.getBean(JobRepository.class);
			CopyBaseline baseline = new CopyBaseline(context.getBean(JdbcClient.class),
					context.getBean(javax.sql.DataSource.class));
			for (int babies : sizes) {
				Path generated = work.resolve("drop-" + babies);
				if (!Files.isDirectory(generated)) {
					new ExtractGenerator(new GeneratorSettings(babies, period, 1, 0)).write(generated);
				}
				Path drop = generated;
				if (shape != null) {
					drop = work.resolve("drop-" + babies + "-" + shape.suffix());
					if (!Files.isDirectory(drop)) {
						shape.apply(generated, drop);
					}
				}
				System.gc();
				heap.reset();
				Path published = work.resolve("out-" + drop.getFileName().toString().substring("drop-".length()));
				AuditRunner.RunResult result = runner.run(drop, period.toString(), null, published);
				if (!result.completed()) {
					throw new IllegalStateException("benchmark run for " + babies + " failed: " + result.reason());
				}
				JobExecution execution = jobs.getJobExecution(result.jobExecutionId());
				long heapPeak = heap.peakAfterGcBytes();
				double loadSeconds = seconds(execution, "loadExtractStep") + seconds(execution, "resolveExtractStep");
				double scoreSeconds = seconds(execution, "scoreCasesStep");
				long rows = count(execution, "loadExtractStep", true);
				long cases = count(execution, "scoreCasesStep", false);
				double endToEnd = Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() / 1000.0;
				// A reshaped drop's bad dates and extra columns would stop a plain COPY: it has no yardsticks.
				CopyBaseline.Yardsticks yardsticks = (shape == null || shape.copyable())
						? baseline.measure(drop, published.resolve("case-results.csv"))
						: new CopyBaseline.Yardsticks(Double.NaN, Double.NaN);
				double copySeconds = yardsticks.copySeconds();
				double publishSeconds = seconds(execution, "publishRunStep");
				double checkSeconds = seconds(execution, "checkInputsStep");
				out.printf("%-9d %12d %11.0f %10.0f %9.1f %9.1f %8.2f %12d %10d %7.1f %10.1f %8.1f %10.1f %8.1f %7.1f %8.1f %8.2f%n",
						babies, rows, rows / loadSeconds, cases / scoreSeconds, endToEnd, copySeconds,
						endToEnd / copySeconds, heapPeak >> 20, CopyBaseline.peakRssKb() >> 10,
						seconds(execution, "loadExtractStep"), seconds(execution, "resolveExtractStep"), scoreSeconds,
						publishSeconds, checkSeconds,
						endToEnd - loadSeconds - scoreSeconds - publishSeconds - checkSeconds,
						yardsticks.leastWorkSeconds(), yardsticks.leastWorkSeconds() / copySeconds);
				printSteps(out, execution);
				ScaleOutBench.printPartitions(out, context, execution);
			}
		}
		return Cli.OK;
	}

	/** Each step of the job (partitions aside) with when it started after the job and its seconds: where "rest" goes. */
	private static void printSteps(PrintStream out, JobExecution execution) {
		execution.getStepExecutions()
			.stream()
			.filter((s) -> !s.getStepName().contains(":"))
			.sorted(Comparator.comparing(StepExecution::getStartTime))
			.forEach((s) -> out.printf("  step %-36s at %6.1f s %6.1f s%n", s.getStepName(),
					Duration.between(execution.getStartTime(), s.getStartTime()).toMillis() / 1000.0,
					Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0));
	}

	private static double seconds(JobExecution execution, String step) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(step))
			.mapToDouble(s -> Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0)
			.sum();
	}

	private static long count(JobExecution execution, String step, boolean read) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(step))
			.mapToLong(read ? StepExecution::getReadCount : StepExecution::getWriteCount)
			.sum();
	}
}

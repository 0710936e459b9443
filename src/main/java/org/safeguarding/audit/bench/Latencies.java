package org.safeguarding.audit.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Each benchmarked path's latencies, and their percentiles by nearest rank. */
final class Latencies {

	private final List<String> paths;

	private final List<List<Long>> nanos = new ArrayList<>();

	private final long[] failed;

	Latencies(List<String> paths) {
		this.paths = paths;
		this.failed = new long[paths.size()];
		for (int i = 0; i < paths.size(); i++) {
			this.nanos.add(new ArrayList<>());
		}
	}

	synchronized void add(int path, long nanos, boolean ok) {
		this.nanos.get(path).add(nanos);
		if (!ok) {
			this.failed[path]++;
		}
	}

	synchronized long failures() {
		return Arrays.stream(this.failed).sum();
	}

	synchronized void print(PrintStream out) {
		out.printf("%-60s %9s %8s %8s %8s %8s %8s%n", "path", "requests", "failed", "p50_ms", "p95_ms", "p99_ms",
				"max_ms");
		for (int i = 0; i < this.paths.size(); i++) {
			long[] sorted = this.nanos.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
			out.printf("%-60s %9d %8d %8.1f %8.1f %8.1f %8.1f%n", this.paths.get(i), sorted.length, this.failed[i],
					percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
		}
	}

	/** The nearest-rank percentile in milliseconds: the smallest value with p% of them at or below it. */
	static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1] / 1e6;
	}
}

package org.safeguarding.audit.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Shares a drop's files among the load's workers so that each has about as many bytes to load:
 * largest file first, each to the worker with the fewest bytes so far (the first such on a tie).
 * The same drop always gives the same partitions, which a restart relies on. Each worker's files
 * keep the drop's order; a drop of fewer files than workers gets one worker per file.
 */
public class DropFilePartitioner implements Partitioner {

	/**
	 * The worker's file names, separated by '/': the one character no file name holds, and a
	 * plain string stores the same with any execution-context serializer.
	 */
	static final String FILES_KEY = "loadDrop.files";

	private static final String SEPARATOR = "/";

	private final Drop drop;

	public DropFilePartitioner(Drop drop) {
		this.drop = drop;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<DropFile> files = this.drop.files();
		int workers = Math.max(1, Math.min(gridSize, files.size()));
		List<List<Integer>> bins = new ArrayList<>();
		long[] bytes = new long[workers];
		for (int worker = 0; worker < workers; worker++) {
			bins.add(new ArrayList<>());
		}
		IntStream.range(0, files.size())
			.boxed()
			.sorted(Comparator.comparingLong((Integer i) -> files.get(i).sizeBytes()).reversed())
			.forEachOrdered(i -> {
				int lightest = lightest(bytes);
				bins.get(lightest).add(i);
				bytes[lightest] += files.get(i).sizeBytes();
			});
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int worker = 0; worker < workers; worker++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILES_KEY, String.join(SEPARATOR,
					bins.get(worker).stream().sorted().map(i -> files.get(i).name()).toList()));
			partitions.put("partition" + worker, context);
		}
		return partitions;
	}

	/** The files a worker was given, in drop order. */
	static List<DropFile> filesOf(Drop drop, ExecutionContext context) {
		String names = context.getString(FILES_KEY);
		if (names.isEmpty()) {
			return List.of();
		}
		List<String> wanted = List.of(names.split(SEPARATOR));
		List<DropFile> files = drop.files().stream().filter(file -> wanted.contains(file.name())).toList();
		if (files.size() != wanted.size()) {
			throw new IllegalStateException("the load worker's files " + wanted + " are not all in the drop "
					+ drop.folder());
		}
		return files;
	}

	private static int lightest(long[] bytes) {
		int lightest = 0;
		for (int worker = 1; worker < bytes.length; worker++) {
			if (bytes[worker] < bytes[lightest]) {
				lightest = worker;
			}
		}
		return lightest;
	}
}

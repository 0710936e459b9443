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
 * Shares a drop's files among the load's workers so that each has about as many bytes to load.
 * A file bigger than half a worker's share (a big agency's events are most of a drop) is cut into
 * pieces of about that size at its {@link DropFile#cuts()}; then largest piece first, each to the
 * worker with the fewest bytes so far (the first such on a tie). The same drop always gives the
 * same partitions, which a restart relies on. Each worker's pieces keep the drop's order; a drop of
 * fewer pieces than workers gets one worker per piece.
 */
public class DropFilePartitioner implements Partitioner {

	/**
	 * The worker's pieces, separated by '/': the one character no file name holds, and a plain
	 * string stores the same with any execution-context serializer. A whole file is its name; a
	 * piece is {@link FilePiece#encode()}, which starts with a digit, as no file name does.
	 */
	static final String FILES_KEY = "loadDrop.files";

	private static final String SEPARATOR = "/";

	private final Drop drop;

	public DropFilePartitioner(Drop drop) {
		this.drop = drop;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<FilePiece> pieces = pieces(this.drop.files(), Math.max(1, gridSize));
		int workers = Math.max(1, Math.min(gridSize, pieces.size()));
		List<List<Integer>> bins = new ArrayList<>();
		long[] bytes = new long[workers];
		for (int worker = 0; worker < workers; worker++) {
			bins.add(new ArrayList<>());
		}
		long[] sizes = pieces.stream().mapToLong(piece -> piece.sizeBytes(file(this.drop, piece.file()))).toArray();
		IntStream.range(0, pieces.size())
			.boxed()
			.sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed())
			.forEachOrdered(i -> {
				int lightest = lightest(bytes);
				bins.get(lightest).add(i);
				bytes[lightest] += sizes[i];
			});
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int worker = 0; worker < workers; worker++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILES_KEY,
					String.join(SEPARATOR, bins.get(worker).stream().sorted().map(i -> encode(pieces.get(i))).toList()));
			partitions.put("partition" + worker, context);
		}
		return partitions;
	}

	/** The drop's files in order, a big one cut into pieces when there is more than one worker. */
	static List<FilePiece> pieces(List<DropFile> files, int workers) {
		long share = files.stream().mapToLong(DropFile::sizeBytes).sum() / (2L * workers);
		List<FilePiece> pieces = new ArrayList<>();
		for (DropFile file : files) {
			int count = workers == 1 || share == 0 ? 1
					: (int) Math.min(4L * workers, (file.sizeBytes() + share - 1) / share);
			pieces.addAll(FilePiece.of(file, Math.max(1, count)));
		}
		return pieces;
	}

	/** The pieces a worker was given, in drop order. */
	static List<FilePiece> piecesOf(Drop drop, ExecutionContext context) {
		String names = context.getString(FILES_KEY);
		if (names.isEmpty()) {
			return List.of();
		}
		List<FilePiece> pieces = new ArrayList<>();
		for (String encoded : names.split(SEPARATOR)) {
			FilePiece piece = Character.isDigit(encoded.charAt(0)) ? FilePiece.decode(encoded) : FilePiece.whole(encoded);
			file(drop, piece.file());
			pieces.add(piece);
		}
		return pieces;
	}

	/** The drop's file of that name; a worker given a file the drop does not hold is an error. */
	static DropFile file(Drop drop, String name) {
		return drop.files()
			.stream()
			.filter(file -> file.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the load worker's file " + name + " is not in the drop "
					+ drop.folder()));
	}

	private static String encode(FilePiece piece) {
		return piece.isWhole() ? piece.file() : piece.encode();
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

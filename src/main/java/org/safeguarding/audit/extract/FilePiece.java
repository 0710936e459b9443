package org.safeguarding.audit.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of one of a drop's files for a load worker: the bytes from {@code from} (a record's
 * start on line {@code line}, or the file's start) up to {@code to} (exclusive; the next piece's
 * start), or to the end of the file when {@code to} is {@link #END}.
 */
public record FilePiece(String file, long from, long to, int line) {

	public static final long END = -1;

	/** The whole of a file. */
	static FilePiece whole(String file) {
		return new FilePiece(file, 0, END, 1);
	}

	boolean isWhole() {
		return from == 0 && to == END;
	}

	/** The file cut into {@code count} pieces of about equal bytes, at its cuts (fewer if it has too few). */
	static List<FilePiece> of(DropFile file, int count) {
		List<FilePiece> pieces = new ArrayList<>();
		FilePiece current = whole(file.name());
		long share = file.sizeBytes() / Math.max(1, count);
		for (DropFile.Cut cut : file.cuts()) {
			if (pieces.size() == count - 1) {
				break;
			}
			if (cut.offset() - current.from() >= share) {
				pieces.add(new FilePiece(file.name(), current.from(), cut.offset(), current.line()));
				current = new FilePiece(file.name(), cut.offset(), END, cut.line());
			}
		}
		pieces.add(current);
		return pieces;
	}

	long sizeBytes(DropFile file) {
		return (to == END ? file.sizeBytes() : to) - from;
	}

	/** As kept in a worker's execution context: offsets and line first, so any file name reads back. */
	String encode() {
		return from + ":" + to + ":" + line + ":" + file;
	}

	static FilePiece decode(String encoded) {
		String[] parts = encoded.split(":", 4);
		if (parts.length != 4) {
			throw new IllegalArgumentException("not a file piece: " + encoded);
		}
		return new FilePiece(parts[3], Long.parseLong(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
	}
}

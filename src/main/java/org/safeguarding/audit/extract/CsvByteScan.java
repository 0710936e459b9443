package org.safeguarding.audit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

/**
 * The one pass over a drop file's bytes that inspection makes when all is well: hashing it,
 * proving it is CSV the reader will read to the end, and noting where it could be cut for
 * loading in pieces. Byte by byte, so about as fast as reading the file.
 */
final class CsvByteScan {

	/** Bytes between the places a file could be cut ({@link DropFile#cuts()}). */
	static final long CUT_EVERY = 256L << 10;

	private static final int START = 0, UNQUOTED = 1, QUOTED = 2, AFTER_QUOTE = 3;

	private static final int SCAN_BUFFER = 1 << 20;

	/** What {@link #scan} returns for a file that may not be clean CSV. */
	static final long NOT_CLEAN = -1;

	private CsvByteScan() {
	}

	/**
	 * Hashes the whole file into {@code digest} and, in the same pass over its bytes, tells whether
	 * {@link CsvRecordReader} would certainly read it to the end without {@link NotCsvException}:
	 * strict UTF-8, no NUL byte, no quoted field left open at the end, no record longer than
	 * {@link CsvRecordReader#MAX_RECORD_CHARS} bytes (so characters). Quotes, commas and line breaks
	 * are ASCII, never part of a multi-byte character, so the reader's quote states can be followed
	 * byte by byte. Returns the file's physical lines (every line break, counted as the reader
	 * counts them: LF, CRLF once, a lone CR, inside quotes too; and a last line without one), or
	 * {@link #NOT_CLEAN} for "maybe not": the caller then reads the file record by record.
	 * It adds to {@code cuts} the first record start after a line feed past every {@code cutEvery}
	 * bytes.
	 */
	static long scan(Path file, MessageDigest digest, List<DropFile.Cut> cuts, long cutEvery) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(SCAN_BUFFER);
		CharBuffer chars = CharBuffer.allocate(SCAN_BUFFER);
		byte[] array = bytes.array();
		int state = START;
		// file offsets: bytes read so far, and where the record being read starts
		long read = 0;
		long recordStart = 0;
		boolean first = true;
		int line = 1;
		boolean afterCr = false;
		// whether bytes have come since the last line break: the last line then has none
		boolean midLine = false;
		long nextCut = cutEvery;
		try (InputStream in = Files.newInputStream(file)) {
			while (true) {
				int offset = bytes.position();
				int count = in.read(array, offset, array.length - offset);
				if (count < 0) {
					break;
				}
				digest.update(array, offset, count);
				int from = offset;
				int to = offset + count;
				long base = read - offset; // the file offset of array[0]
				if (first && count > 0) {
					first = false;
					if (array[from] == (byte) 0xEF) {
						if (count < 3) {
							return NOT_CLEAN;
						}
						if (array[from + 1] == (byte) 0xBB && array[from + 2] == (byte) 0xBF) {
							from += 3; // the byte-order mark is dropped by the reader
							recordStart = 3;
						}
					}
				}
				int seen = 0;
				for (int i = from; i < to; i++) {
					int b = array[i] & 0xFF;
					seen |= b;
					if (b > '"') {
						// ',' ends a field outside quotes; anything else (also non-ASCII) is plain
						if (state != QUOTED) {
							state = (b == ',') ? START : UNQUOTED;
						}
					}
					else if (b == '"') {
						state = (state == START || state == AFTER_QUOTE) ? QUOTED
								: (state == QUOTED) ? AFTER_QUOTE : UNQUOTED;
					}
					else if (b == '\n' || b == '\r') {
						if (b == '\r' || !afterCr) {
							line++;
						}
						if (state != QUOTED) {
							if (base + i - recordStart > CsvRecordReader.MAX_RECORD_CHARS) {
								return NOT_CLEAN;
							}
							state = START;
							recordStart = base + i + 1;
							if (b == '\n' && recordStart >= nextCut) {
								cuts.add(new DropFile.Cut(recordStart, line));
								nextCut = recordStart + cutEvery;
							}
						}
					}
					else if (b == 0) {
						return NOT_CLEAN;
					}
					else if (state != QUOTED) {
						state = UNQUOTED;
					}
					afterCr = b == '\r';
					midLine = b != '\n' && b != '\r';
				}
				read += count;
				if (read - recordStart > CsvRecordReader.MAX_RECORD_CHARS) {
					return NOT_CLEAN;
				}
				if (offset == 0 && seen < 0x80) {
					// only ASCII and nothing left over from the last chunk: valid UTF-8 as it is
					bytes.clear();
					continue;
				}
				bytes.position(to);
				bytes.flip();
				if (!decode(decoder, bytes, chars, false)) {
					return NOT_CLEAN;
				}
				bytes.compact();
			}
		}
		bytes.flip();
		if (!decode(decoder, bytes, chars, true)) {
			return NOT_CLEAN;
		}
		chars.clear();
		if (decoder.flush(chars).isError() || state == QUOTED) {
			return NOT_CLEAN;
		}
		return line - 1 + (midLine ? 1 : 0);
	}

	private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean endOfInput) {
		while (true) {
			chars.clear();
			CoderResult result = decoder.decode(bytes, chars, endOfInput);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return !endOfInput || !bytes.hasRemaining();
			}
		}
	}
}

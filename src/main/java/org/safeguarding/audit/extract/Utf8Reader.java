package org.safeguarding.audit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader. Unlike {@code InputStreamReader}, which throws away the characters
 * decoded before a bad byte, it hands them out first and throws only when the bad byte is
 * next, so the line number of a decoding error is exact.
 */
final class Utf8Reader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();

	private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();

	private boolean endOfInput;

	private boolean done;

	private CoderResult error;

	Utf8Reader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!this.chars.hasRemaining() && !decodeMore()) {
			return -1;
		}
		int count = Math.min(length, this.chars.remaining());
		this.chars.get(target, offset, count);
		return count;
	}

	private boolean decodeMore() throws IOException {
		this.chars.clear();
		try {
			while (this.chars.position() == 0) {
				if (this.error != null) {
					this.error.throwException();
				}
				if (this.done) {
					return false;
				}
				CoderResult result = this.decoder.decode(this.bytes, this.chars, this.endOfInput);
				if (result.isError()) {
					// Deliver what was decoded before the bad bytes; throw on the next call.
					this.error = result;
				}
				else if (result.isUnderflow()) {
					if (this.endOfInput) {
						this.decoder.flush(this.chars);
						this.done = true;
					}
					else {
						fill();
					}
				}
			}
			return true;
		}
		finally {
			this.chars.flip();
		}
	}

	private void fill() throws IOException {
		this.bytes.compact();
		int count = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (count < 0) {
			this.endOfInput = true;
		}
		else {
			this.bytes.position(this.bytes.position() + count);
		}
		this.bytes.flip();
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}

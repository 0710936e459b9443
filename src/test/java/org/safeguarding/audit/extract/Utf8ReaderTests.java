package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8ReaderTests {

	@Test
	void decodesMultiByteCharactersAcrossBufferBoundaries() throws IOException {
		String text = "Zoë 😀 Ａ ".repeat(5000);

		assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), 8192)).isEqualTo(text);
		assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(text);
	}

	@Test
	void handsOutTheGoodCharactersBeforeThrowingOnABadByte() throws IOException {
		Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] { 'a', 'b', (byte) 0xFF, 'c' }));
		char[] buffer = new char[10];

		assertThat(reader.read(buffer, 0, 10)).isEqualTo(2);
		assertThat(new String(buffer, 0, 2)).isEqualTo("ab");
		assertThatExceptionOfType(MalformedInputException.class).isThrownBy(() -> reader.read(buffer, 0, 10));
	}

	@Test
	void truncatedSequenceAtTheEndIsAnError() {
		byte[] bytes = { 'a', (byte) 0xE2, (byte) 0x82 };

		assertThatExceptionOfType(MalformedInputException.class).isThrownBy(() -> readAll(bytes, 10));
	}

	@Test
	void encodedSurrogatesAreAnError() {
		byte[] bytes = { (byte) 0xED, (byte) 0xA0, (byte) 0x80 };

		assertThatExceptionOfType(MalformedInputException.class).isThrownBy(() -> readAll(bytes, 10));
	}

	private static String readAll(byte[] bytes, int chunk) throws IOException {
		try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
			StringWriter out = new StringWriter();
			char[] buffer = new char[chunk];
			for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
				out.write(buffer, 0, n);
			}
			return out.toString();
		}
	}

}

package org.safeguarding.audit.extract;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The one SHA-256 the product writes, against the published examples of FIPS 180-2 (appendix B). */
class Sha256Tests {

	@Test
	void abcIsThePublishedDigest() {
		assertThat(Sha256.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void theTwoBlockMessageIsThePublishedDigest() {
		assertThat(Sha256.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
			.isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	}

	@Test
	void aFileIsHashedByItsBytes(@TempDir Path dir) throws Exception {
		Path empty = Files.createFile(dir.resolve("empty"));
		Path abc = Files.writeString(dir.resolve("abc"), "abc");

		assertThat(Sha256.of(empty)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(Sha256.of(abc)).isEqualTo(Sha256.of("abc"));
	}
}

package org.safeguarding.audit.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.extract.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has landed is never edited: Flyway refuses to start on a database that
 * applied it before the edit ("Migration checksum mismatch"), so an operator's upgrade would
 * stop. A change to the schema is a new migration; a new one is added here once it has landed.
 */
class LandedMigrationsTests {

	private static final Map<String, String> LANDED = Map.of(
			"V1__spring_batch_schema.sql", "4e0440dbe08d8102453459916c2ac20971c0c13504cbb14487e9811f7557a163",
			"V2__extract_tables.sql", "8d264871bc8951c264e83b002de7e7556626fa3bf957578ccb22ff823a884c61",
			"V3__extract_indexes.sql", "a60300d524ec1f0a4068a8ee0f61152b4620c1cc717fa556ae795fb09bfeef3f",
			"V4__audit_runs.sql", "ee5912c7bbf289ef65570a40e9e63caf1743d30e96a90bc0999973865b65d67b",
			"V5__extract_tables_partitioned_by_load.sql",
			"d4695b16139b05641047b287d6c2544953730b225704e7cacb1afdeec16f185d",
			"V6__case_results_without_per_row_key_checks.sql",
			"569af995691e73122b852483b242c7fad30cecb7d463740f016f2c77d49cc853",
			"V7__case_results_ids_in_byte_order.sql", "dbcf19de20263c4ccec05370b11b20841cd38261085a3cb65af28f3218bea81b",
			"V8__case_results_partitioned_by_run.sql", "35919d705009ccb564f0b9a1c50a21b23d3fca6be9d1a3cc150651b9925349d0",
			"V9__one_function_drops_a_runs_results.sql",
			"6457c08c58c4cf1688afbdd6dabde3240400e1d8221695882ece133330794b37");

	@Test
	void everyLandedMigrationIsAsItLanded() throws Exception {
		Map<String, String> now = new TreeMap<>();
		for (String name : LANDED.keySet()) {
			now.put(name, sha256(Path.of("sql", "migration", name)));
		}
		assertThat(now).as("a landed migration was edited: put the change in a new migration instead")
			.isEqualTo(new TreeMap<>(LANDED));
	}

	/** Of the text with its line ends as LF, so a checkout with CRLF gives the same. */
	private static String sha256(Path file) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
		return Sha256.of(text);
	}
}

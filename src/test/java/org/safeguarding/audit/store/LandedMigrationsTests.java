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

	private static final Map<String, String> LANDED = Map.ofEntries(
			Map.entry("V1__spring_batch_schema.sql",
					"4e0440dbe08d8102453459916c2ac20971c0c13504cbb14487e9811f7557a163"),
			Map.entry("V2__extract_tables.sql",
					"8d264871bc8951c264e83b002de7e7556626fa3bf957578ccb22ff823a884c61"),
			Map.entry("V3__extract_indexes.sql",
					"a60300d524ec1f0a4068a8ee0f61152b4620c1cc717fa556ae795fb09bfeef3f"),
			Map.entry("V4__audit_runs.sql",
					"ee5912c7bbf289ef65570a40e9e63caf1743d30e96a90bc0999973865b65d67b"),
			Map.entry("V5__extract_tables_partitioned_by_load.sql",
					"d4695b16139b05641047b287d6c2544953730b225704e7cacb1afdeec16f185d"),
			Map.entry("V6__case_results_without_per_row_key_checks.sql",
					"569af995691e73122b852483b242c7fad30cecb7d463740f016f2c77d49cc853"),
			Map.entry("V7__case_results_ids_in_byte_order.sql",
					"dbcf19de20263c4ccec05370b11b20841cd38261085a3cb65af28f3218bea81b"),
			Map.entry("V8__case_results_partitioned_by_run.sql",
					"35919d705009ccb564f0b9a1c50a21b23d3fca6be9d1a3cc150651b9925349d0"),
			Map.entry("V9__one_function_drops_a_runs_results.sql",
					"6457c08c58c4cf1688afbdd6dabde3240400e1d8221695882ece133330794b37"),
			Map.entry("V10__runs_queue_and_schedules.sql",
					"99d3a27ccb898c8c58a644a04f9f16a48e7d9f7ce55ee021b8cbec425a10e882"),
			Map.entry("V11__users_and_access_log.sql",
					"132817959432a69a59a3207edcb9d46ec1cbbbcb1cbb8659d6987cf36ca21b41"),
			Map.entry("V12__run_console_indexes.sql",
					"edd37e2a12af29def90c6c372fd614293cfaa78420c671d43363f38d3be36314"),
			Map.entry("V20__rejection_kinds.sql",
					"6958ea375ab09c6202d4e7da35dd7341a0580c28d5cfbe3faebcdfab7978ddcb"),
			Map.entry("V21__runs_record_the_drop_given.sql",
					"2670520b3d9ac04183c69e3f8648f38998aed14e42555c3af3548cf6dd3c6d9f"),
			Map.entry("V22__extract_files_account_for_every_line.sql",
					"3612072d5a7a87a883741d76b6468de60514581c2e42e7852fe7415cec724a45"),
			Map.entry("V30__reviews.sql",
					"b807908a03e68fd46fd5e1db3f2f28427a245af385313c9b0693b718a767b1fa"),
			Map.entry("V31__samples_and_moderation.sql",
					"b0a19c450d2af05580ebf44958d293f1563650451b8d258e9b1bc647c5626532"),
			Map.entry("V32__commentary_and_learning_actions.sql",
					"14566ddb2eb16a6eab6820f895be2137c58262703dffd651c5eaffe33ccf557b"),
			Map.entry("V40__board_snapshots.sql",
					"fb26c86e7411e3fddf232dc357798cd7a56d6ec655fa3f3445c7ba37c7f2f23a"),
			Map.entry("V43__case_results_by_criterion_and_outcome.sql",
					"d4c6068320d944540a5199f47b9186f7212ff0e61432120d290ea3008d75bcce"),
			Map.entry("V41__board_pack_files.sql",
					"290cb013a11ad124cbf8ca6b89bf2d2d3e464f9fb1c3a8844e2c1b3b1517b7c5"),
			Map.entry("V42__person_ids_normalised.sql",
					"9d54880f958417c30482098e30335f290f1633661a66363a4798d7c1f45d83ae"),
			Map.entry("V44__rejected_rows_in_byte_order.sql",
					"5c7531115aeea19e6c40065cb8a73d1047f97e22aa7a37ec1aaa6d9750f6ce9b"));

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

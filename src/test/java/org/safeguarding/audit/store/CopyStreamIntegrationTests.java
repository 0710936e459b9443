package org.safeguarding.audit.store;

import java.time.LocalDate;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Rows streamed in binary COPY format arrive in PostgreSQL with every value as sent. */
class CopyStreamIntegrationTests {

	private static final List<String> COLUMNS = List.of("id", "line", "name", "day", "flag", "codes", "sex");

	@Test
	void everyTypeArrivesAsSentAcrossPausesAndBuffers() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			jdbc.sql("""
					create table t (id bigint, line integer, name text collate "C", day date, flag boolean,
					                codes text[], sex char(1))""").update();
			long stored;
			try (CopyStream rows = new CopyStream(postgres.getPostgresDatabase(), "t", COLUMNS)) {
				rows.row(new Object[] { 1L, 2, "plain", LocalDate.of(2026, 2, 28), true, new String[] { "3A", "4B" }, "F" });
				rows.row(new Object[] { 2L, 3, "Zoë, \"quoted\"\ttab\nline", LocalDate.of(1969, 12, 31), false,
						new String[0], "M" });
				rows.pause();
				rows.row(new Object[] { 3L, null, null, null, null, null, null });
				for (int i = 0; i < 5000; i++) {
					rows.row(new Object[] { 10L + i, i, "row " + i + " of a stream long enough to fill several buffers",
							LocalDate.of(2000, 1, 1).plusDays(i), i % 2 == 0, new String[] { "1C" }, "U" });
				}
				stored = rows.finish();
			}

			assertThat(stored).isEqualTo(5003);
			assertThat(jdbc.sql("select id || '|' || line || '|' || name || '|' || day || '|' || flag || '|' || codes::text || '|' || sex from t where id < 3 order by id")
				.query(String.class)
				.list()).containsExactly("1|2|plain|2026-02-28|true|{3A,4B}|F",
						"2|3|Zoë, \"quoted\"\ttab\nline|1969-12-31|false|{}|M");
			assertThat(jdbc.sql("select num_nulls(line, name, day, flag, codes, sex) from t where id = 3").query(Integer.class).single())
				.isEqualTo(6);
			assertThat(jdbc.sql("select day from t where id = 5009").query(LocalDate.class).single())
				.isEqualTo(LocalDate.of(2000, 1, 1).plusDays(4999));
		}
	}

	@Test
	void aValueWithNoBinaryFormIsRefused() {
		BinaryRows rows = new BinaryRows();
		assertThatIllegalArgumentException().isThrownBy(() -> rows.row(new Object[] { 1.5 }))
			.withMessageContaining("java.lang.Double");
	}
}

package org.safeguarding.audit.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every table of reviews, samples, moderation, commentary and actions refuses update, delete and truncate. */
@AuditIntegrationTest
class AppendOnlyTablesIntegrationTests {

	static final List<String> TABLES = List.of("commentary", "learning_action", "learning_action_version", "moderation",
			"moderation_outcome", "moderation_submission", "review", "sample", "sample_case");

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachHasTheTriggersThatRefuseChange() {
		List<String> guarded = this.jdbc.sql("""
				select c.relname || ' ' || t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				join pg_proc p on p.oid = t.tgfoid
				where p.proname = 'refuse_change' order by 1""")
			.query(String.class)
			.list();
		assertThat(guarded).containsExactlyElementsOf(TABLES.stream()
			.flatMap((table) -> List.of(table + " " + table + "_append_only", table + " " + table + "_never_emptied").stream())
			.toList());
	}
}

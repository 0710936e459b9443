package org.safeguarding.audit.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.run.AuditRunner;
import org.safeguarding.audit.TestDrops;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled run's inbox: each period's drop audited once, and again only when it changes. */
@AuditIntegrationTest
class InboxIntegrationTests {

	@Autowired
	AuditRunner runner;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void auditsNewDropsOnceAndChangedDropsAgain() throws Exception {
		Path inbox = Files.createDirectories(this.temp.resolve("inbox"));
		Path drop = TestDrops.workedExample(inbox);
		Files.move(drop, inbox.resolve("2026-10"));
		Files.createDirectories(inbox.resolve("not-a-period"));
		Path out = this.temp.resolve("out");
		Inbox scanned = new Inbox(inbox, out);

		int before = executions();
		assertThat(scanned.scan(this.runner)).isZero();
		assertThat(out.resolve("2026-10").resolve("case-scores.csv")).exists();
		assertThat(executions()).isEqualTo(before + 1);

		assertThat(scanned.scan(this.runner)).isZero();
		assertThat(executions()).as("an unchanged drop is not audited again").isEqualTo(before + 1);

		Files.writeString(inbox.resolve("2026-10").resolve("ssd_cp_plans.csv"),
				"cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date\nC1,P1,2026-09-01,\n");
		assertThat(scanned.scan(this.runner)).isZero();
		assertThat(executions()).as("a re-sent drop is audited again").isEqualTo(before + 2);
		assertThat(Files.readString(out.resolve("2026-10").resolve("case-results.csv")))
			.contains("P1,North,PLAN_SHARED,NOT_MET");
	}

	private int executions() {
		return this.jdbc.sql("select count(*) from batch_job_execution").query(Integer.class).single();
	}
}

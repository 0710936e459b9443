package org.safeguarding.audit.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finished runs of a benchmark job ({@code bench}) added until the run list holds the number
 * asked for: the operators' console's pages over a year of many jobs' runs. Their folders do not
 * exist, which the run pages show as they would a removed folder.
 */
final class BenchRuns {

	private BenchRuns() {
	}

	static void fill(JdbcClient jdbc, int wanted) {
		long have = jdbc.sql("select count(*) from run").query(Long.class).single();
		if (have >= wanted) {
			return;
		}
		jdbc.sql("""
				insert into run (job_id, period, status, trigger, tool_file, out_folder, queued_at, started_at, ended_at,
				                 failure)
				select 'bench', to_char(date '2020-01-01' + (g % 72) * interval '1 month', 'YYYY-MM'),
				       case when g % 10 = 0 then 'FAILED' else 'COMPLETED' end, 'schedule', 'bench-tool.yml',
				       '/nonexistent/bench/' || g, now() - g * interval '1 hour', now() - g * interval '1 hour',
				       now() - g * interval '1 hour' + interval '40 seconds',
				       case when g % 10 = 0 then 'no complete drop within 7 days' end
				from generate_series(1, :count) g""").param("count", wanted - have).update();
	}
}

package org.safeguarding.audit.report;

/** A large run for the benchmark, generated in the database. */
final class BenchmarkRun {

	/** A run of :cases cases over 12 teams with every criterion, generated in the database; returns its run_id. */
	static final String SQL = """
			with run as (
				insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status,
					cases_audited, started_at, finished_at)
				values (:loadId, '2026-10', 'benchmark-tool', '1', repeat('b', 64), 'Babies under one', 'SCORED',
					:cases, now(), now())
				returning run_id
			),
			cases as (
				insert into case_score
				select run.run_id, 'BENCH-' || lpad(i::text, 6, '0'), 'Team ' || chr(65 + i % 12), 13,
					50 + (i * 37) % 50, case when i % 9 = 0 then 'INADEQUATE' when i % 3 = 0
					then 'REQUIRES_IMPROVEMENT' else 'GOOD' end
				from run, generate_series(1, :cases) i
				returning run_id
			),
			results as (
				insert into case_result
				select run.run_id, 'BENCH-' || lpad(i::text, 6, '0'), 'Team ' || chr(65 + i % 12), c,
					'CRITERION_' || c,
					(array['MET', 'MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE'])[1 + (i * c) % 5],
					'Event EVT-' || i || '-' || c || ' recorded on 2026-10-0' || (1 + c % 9)
						|| ', within the window the criterion allows; seen by the QA officer.'
				from run, generate_series(1, :cases) i, generate_series(1, 15) c
				returning run_id
			)
			select run_id from run
			""";

	private BenchmarkRun() {
	}
}

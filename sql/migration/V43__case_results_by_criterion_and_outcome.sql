-- A criterion's cases by outcome, page by page, for the QA officers' pages: each run's outcomes
-- get an index on (criterion, outcome, case id), built with the run's other index once its
-- outcomes are all in (index_run_results, V8), and now for every run already scored.
create or replace function index_run_results(run bigint) returns void language plpgsql as $$
begin
    execute format('create index if not exists case_result_run_%1$s_case on case_result_run_%1$s (case_id, criterion_seq)', run);
    execute format('create index if not exists case_result_run_%1$s_criterion on case_result_run_%1$s (criterion, outcome, case_id) include (team)', run);
    execute format('analyze case_result_run_%s', run);
    execute format('analyze case_score_run_%s', run);
end
$$;

do $$
declare
    r record;
begin
    for r in select run_id from audit_run where status in ('SCORED', 'PUBLISHED')
               and to_regclass(format('case_result_run_%s', run_id)) is not null order by run_id loop
        execute format('create index if not exists case_result_run_%1$s_criterion on case_result_run_%1$s (criterion, outcome, case_id) include (team)', r.run_id);
    end loop;
end
$$;

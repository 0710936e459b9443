-- A run's index for the QA officers' pages (criterion, outcome, case id; V43) is built while the
-- run is published, on a connection of its own: publishing reads through the case id index only,
-- so the criteria index no longer waits in line before it (index_run_results keeps the case id
-- index and the statistics). Runs already scored have both (V43).
create or replace function index_run_results(run bigint) returns void language plpgsql as $$
begin
    execute format('create index if not exists case_result_run_%1$s_case on case_result_run_%1$s (case_id, criterion_seq)', run);
    execute format('analyze case_result_run_%s', run);
    execute format('analyze case_score_run_%s', run);
end
$$;

create function index_run_criteria(run bigint) returns void language plpgsql as $$
begin
    execute format('create index if not exists case_result_run_%1$s_criterion on case_result_run_%1$s (criterion, outcome, case_id) include (team)', run);
end
$$;

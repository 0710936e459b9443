-- A run's outcomes and scores live in partitions of their own, case_result_run_<run_id> and
-- case_score_run_<run_id> (list partitioning on run_id), as a load's extract rows do since V5.
-- Re-running a run replaces its partitions instead of deleting its rows: deleting a large run's
-- 1.2 million outcome rows took seconds and left them dead in the table and its index, so the
-- re-run's scoring and publishing were slower than the first run's (measured at 100,000 babies:
-- scoring 12.4 s against 10.2-10.7 s, publishing 24.3 s against 16.9-20.0 s). The outcomes'
-- index is built once the run is scored (AuditRuns.summarise), not kept up row by row while
-- the outcomes are COPYed in. Deleting a run (or, by cascade, its load) drops its partitions.

alter table case_result rename to case_result_v7;
alter index case_result_run rename to case_result_v7_run;
alter table case_score rename to case_score_v7;
alter index case_score_pkey rename to case_score_v7_pkey;
drop trigger audit_run_results_deleted on audit_run;
drop function delete_run_results();

create table case_result (
    run_id         bigint  not null,
    case_id        text    collate "C" not null,
    team           text    not null,
    criterion_seq  integer not null,
    criterion      text    not null,
    outcome        text    not null check (outcome in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE')),
    evidence       text    not null
) partition by list (run_id);

create table case_score (
    run_id               bigint  not null,
    case_id              text    collate "C" not null,
    team                 text    not null,
    applicable_criteria  integer not null,
    score                numeric(4, 1),
    grade                text    not null check (grade in ('GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    primary key (run_id, case_id)
) partition by list (run_id);

-- Empty partitions for a run, replacing any it had: called when a run is created (trigger) and
-- when it is opened again to be re-scored (AuditRuns.open).
create function open_run_results(run bigint) returns void language plpgsql as $$
begin
    execute format('drop table if exists case_result_run_%s', run);
    execute format('drop table if exists case_score_run_%s', run);
    execute format('create table case_result_run_%1$s partition of case_result for values in (%1$s)', run);
    execute format('create table case_score_run_%1$s partition of case_score for values in (%1$s)', run);
end
$$;

-- The index the published files are read through (case id in byte order, then criterion),
-- built once a run's outcomes are all in.
create function index_run_results(run bigint) returns void language plpgsql as $$
begin
    execute format('create index if not exists case_result_run_%1$s_case on case_result_run_%1$s (case_id, criterion_seq)', run);
    execute format('analyze case_result_run_%s', run);
    execute format('analyze case_score_run_%s', run);
end
$$;

create function run_created() returns trigger language plpgsql as $$
begin
    perform open_run_results(new.run_id);
    return new;
end
$$;

create function run_deleted() returns trigger language plpgsql as $$
begin
    execute format('drop table if exists case_result_run_%s', old.run_id);
    execute format('drop table if exists case_score_run_%s', old.run_id);
    return old;
end
$$;

create trigger audit_run_results_created after insert on audit_run
    for each row execute function run_created();
create trigger audit_run_results_deleted after delete on audit_run
    for each row execute function run_deleted();

-- Results of earlier runs move into their run's partitions (rows of no run, which the V6
-- trigger never left behind, are not kept).
do $$
declare
    r record;
begin
    for r in select run_id from audit_run order by run_id loop
        perform open_run_results(r.run_id);
        execute format('insert into case_result_run_%1$s select * from case_result_v7 where run_id = %1$s', r.run_id);
        execute format('insert into case_score_run_%1$s select * from case_score_v7 where run_id = %1$s', r.run_id);
        perform index_run_results(r.run_id);
    end loop;
end
$$;

drop table case_result_v7;
drop table case_score_v7;

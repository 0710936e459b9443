-- One function drops a run's result partitions, for re-opening a run and deleting it alike
-- (V8 wrote the two drops out in both). V8 itself stays as it landed: Flyway refuses a database
-- whose applied migration was edited afterwards. "or replace" throughout: a database made by
-- the build that shipped V8 edited has drop_run_results already (EditedMigrations).
create or replace function drop_run_results(run bigint) returns void language plpgsql as $$
begin
    execute format('drop table if exists case_result_run_%s', run);
    execute format('drop table if exists case_score_run_%s', run);
end
$$;

create or replace function open_run_results(run bigint) returns void language plpgsql as $$
begin
    perform drop_run_results(run);
    execute format('create table case_result_run_%1$s partition of case_result for values in (%1$s)', run);
    execute format('create table case_score_run_%1$s partition of case_score for values in (%1$s)', run);
end
$$;

create or replace function run_deleted() returns trigger language plpgsql as $$
begin
    perform drop_run_results(old.run_id);
    return old;
end
$$;

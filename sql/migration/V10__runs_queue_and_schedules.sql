-- The run engine: the runs operators see and act on, the instances that carry them out, the
-- schedules' state and backfills.

-- A process of the application that runs audits (serve, a command-line run). It holds a
-- session-level advisory lock on its id for as long as it lives, so any other process can tell
-- exactly whether it is still alive: a killed process's connection closes and its lock goes.
create table engine_instance (
    id          bigserial   primary key,
    host        text        not null,
    pid         bigint      not null,
    started_at  timestamptz not null
);

-- A range of periods an operator asked to audit, oldest first, one at a time.
create table backfill (
    id            bigserial   primary key,
    job_id        text        not null,
    from_period   char(7)     not null,
    to_period     char(7)     not null,
    requested_by  text        not null,
    requested_at  timestamptz not null
);

-- One request to audit one period: queued by a schedule, an operator, a backfill or the command
-- line. It is one Spring Batch job instance; a restart is a new execution of that instance.
create table run (
    id                bigserial   primary key,
    job_id            text,
    period            char(7)     not null,
    status            text        not null check (status in ('QUEUED', 'WAITING_FOR_DROP', 'RUNNING',
                                                             'COMPLETED', 'FAILED', 'STOPPED', 'REFUSED')),
    trigger           text        not null,
    fire_time         timestamptz,
    backfill_id       bigint      references backfill,
    tool_file         text        not null,
    out_folder        text        not null,
    drop_folder       text,
    drop_state        char(64),
    queued_at         timestamptz not null,
    started_at        timestamptz,
    ended_at          timestamptz,
    next_attempt_at   timestamptz,
    wait_until        timestamptz,
    failure           text,
    instance_id       bigint      references engine_instance,
    job_execution_id  bigint,
    load_id           bigint,
    audit_run_id      bigint,
    stop_requested    boolean     not null default false,
    restarts          integer     not null default 0
);
-- The same job and period never run twice at once.
create unique index run_one_active_per_job_period on run (job_id, period)
    where status in ('QUEUED', 'WAITING_FOR_DROP', 'RUNNING');
-- A schedule's fire time gives one run, whichever instance saw it first.
create unique index run_one_per_fire_time on run (job_id, fire_time) where fire_time is not null;
create index run_by_job on run (job_id, period, id);
create index run_by_status on run (status, id);
create index run_by_backfill on run (backfill_id, id) where backfill_id is not null;

-- Each job's schedule: paused or not (kept across restarts), and the time up to which its fire
-- times have been dealt with by some instance.
create table job_schedule (
    job_id         text        primary key,
    paused         boolean     not null default false,
    changed_by     text,
    changed_at     timestamptz,
    checked_until  timestamptz not null
);

-- Which run is loading a drop, or scoring a load's period: another run of the same drop waits
-- for it instead of taking its partial load for a crashed one.
alter table extract_load add column owner_run bigint;
alter table audit_run add column owner_run bigint;

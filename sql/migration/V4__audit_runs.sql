-- One audit run: one tool (by its definition's hash) over one load for one period.
-- Running the same again replaces that run's results rather than adding to them.
create table audit_run (
    run_id         bigserial   primary key,
    load_id        bigint      not null references extract_load on delete cascade,
    period         char(7)     not null,
    tool_id        text        not null,
    tool_version   text        not null,
    tool_sha256    char(64)    not null,
    tool_title     text        not null,
    status         text        not null check (status in ('SCORING', 'SCORED', 'PUBLISHED')),
    cases_audited  integer,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    unique (load_id, period, tool_sha256)
);

create table case_result (
    run_id         bigint  not null references audit_run on delete cascade,
    case_id        text    not null,
    team           text    not null,
    criterion_seq  integer not null,
    criterion      text    not null,
    outcome        text    not null check (outcome in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE')),
    evidence       text    not null
);
create index case_result_run on case_result (run_id, case_id, criterion_seq);

create table case_score (
    run_id               bigint  not null references audit_run on delete cascade,
    case_id              text    not null,
    team                 text    not null,
    applicable_criteria  integer not null,
    score                numeric(4, 1),
    grade                text    not null check (grade in ('GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    primary key (run_id, case_id)
);

create table criterion_summary (
    run_id          bigint  not null references audit_run on delete cascade,
    criterion_seq   integer not null,
    criterion       text    not null,
    title           text    not null,
    applicable      integer not null,
    met             integer not null,
    partly_met      integer not null,
    not_met         integer not null,
    compliance_pct  numeric(4, 1),
    ci_low_pct      numeric(4, 1),
    ci_high_pct     numeric(4, 1),
    primary key (run_id, criterion_seq)
);

-- Monthly samples and their moderation (qa-review.md), kept whole: nothing changed or deleted.

-- A sample with its inputs (size, seed, window, strata), the run whose audited cases it was
-- drawn from, who drew it and when. No key to audit_run: a run can be deleted with its load and
-- the sample, with its cases' teams and grades as drawn, stays.
create table sample (
    sample_id         bigserial   primary key,
    tool_id           text        not null,
    period            char(7)     not null,
    run_id            bigint      not null,
    size              integer     not null check (size >= 1),
    seed              bigint      not null check (seed >= 0),
    exclusion_months  integer     not null check (exclusion_months >= 0),
    strata            text        not null check (strata in ('TEAM', 'TEAM_AND_GRADE')),
    eligible          integer     not null,
    excluded          integer     not null,
    drawn_by          text        not null,
    drawn_at          timestamptz not null
);
create index sample_tool_period on sample (tool_id, period, drawn_at);

create table sample_case (
    sample_id  bigint  not null references sample,
    position   integer not null,
    case_id    text    collate "C" not null,
    team       text    not null,
    grade      text    not null check (grade in ('GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    stratum    text    not null,
    primary key (sample_id, case_id),
    unique (sample_id, position)
);

-- A sampled case given a second auditor; each of the two submits once, every applicable
-- criterion's outcome at once (the run whose applicable criteria they were is recorded).
create table moderation (
    moderation_id   bigserial   primary key,
    sample_id       bigint      not null,
    case_id         text        collate "C" not null,
    first_auditor   text        not null,
    second_auditor  text        not null check (second_auditor <> first_auditor),
    assigned_by     text        not null,
    assigned_at     timestamptz not null,
    unique (sample_id, case_id),
    foreign key (sample_id, case_id) references sample_case
);

create table moderation_submission (
    moderation_id  bigint      not null references moderation,
    auditor        text        not null,
    run_id         bigint      not null,
    submitted_at   timestamptz not null,
    primary key (moderation_id, auditor)
);

create table moderation_outcome (
    moderation_id  bigint not null,
    auditor        text   not null,
    criterion      text   not null,
    outcome        text   not null check (outcome in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE')),
    primary key (moderation_id, auditor, criterion),
    foreign key (moderation_id, auditor) references moderation_submission
);

select make_append_only('sample');
select make_append_only('sample_case');
select make_append_only('moderation');
select make_append_only('moderation_submission');
select make_append_only('moderation_outcome');

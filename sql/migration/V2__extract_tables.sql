-- One row per extract drop loaded. A drop is identified by its fingerprint (SHA-256 over the
-- name and SHA-256 of each file), so loading the same drop again reuses the same load.
create table extract_load (
    load_id      bigserial primary key,
    drop_folder  text        not null,
    fingerprint  char(64)    not null,
    status       text        not null check (status in ('LOADING', 'LOADED')),
    warnings     text[]      not null default '{}',
    started_at   timestamptz not null,
    finished_at  timestamptz
);
create unique index extract_load_fingerprint on extract_load (fingerprint);

-- Every file of a load: what it was, and what became of its rows.
create table extract_file (
    load_id        bigint  not null references extract_load on delete cascade,
    file_name      text    not null,
    table_name     text    not null,
    size_bytes     bigint  not null,
    sha256         char(64) not null,
    ignored_columns text,
    rows_read      integer not null default 0,
    rows_loaded    integer,
    rows_rejected  integer,
    primary key (load_id, file_name)
);

-- Every rejected data line, with a reason a data officer can act on.
create table rejected_row (
    load_id    bigint  not null references extract_load on delete cascade,
    file_name  text    not null,
    line_no    integer not null,
    table_name text    not null,
    record_id  text,
    reason     text    not null,
    raw_line   text    not null
);
create index rejected_row_load on rejected_row (load_id, file_name, line_no);

-- The extract tables: the columns of extract-format.md (version 1), typed and with defaults
-- applied, plus where each row came from. Rows that fail a check are moved to rejected_row.
create table ssd_person (
    load_id            bigint  not null,
    pers_person_id     text    not null,
    pers_sex           char(1) not null,
    pers_dob           date,
    pers_expected_dob  date,
    file_name          text    not null,
    line_no            integer not null,
    raw_line           text    not null
);

create table ssd_cin_episodes (
    load_id                    bigint  not null,
    cine_referral_id           text    not null,
    cine_person_id             text    not null,
    cine_referral_date         date    not null,
    cine_close_date            date,
    cine_referral_team         text    not null,
    cine_referral_source_code  text,
    file_name                  text    not null,
    line_no                    integer not null,
    raw_line                   text    not null
);

create table ssd_cp_plans (
    load_id                        bigint not null,
    cppl_cp_plan_id                text   not null,
    cppl_person_id                 text   not null,
    cppl_cp_plan_start_date        date   not null,
    cppl_cp_plan_end_date          date,
    cppl_referral_id               text,
    cppl_cp_plan_initial_category  text,
    file_name                      text    not null,
    line_no                        integer not null,
    raw_line                       text    not null
);

create table ssd_cin_assessments (
    load_id                     bigint not null,
    cina_assessment_id          text   not null,
    cina_person_id              text   not null,
    cina_assessment_start_date  date   not null,
    cina_assessment_auth_date   date,
    cina_referral_id            text,
    file_name                   text    not null,
    line_no                     integer not null,
    raw_line                    text    not null
);

create table ssd_assessment_factors (
    load_id                       bigint not null,
    cinf_table_id                 text   not null,
    cinf_assessment_id            text   not null,
    cinf_assessment_factors_json  text   not null,
    cinf_factors                  text[] not null,
    file_name                     text    not null,
    line_no                       integer not null,
    raw_line                      text    not null
);

create table ext_person_relationship (
    load_id                 bigint  not null,
    rela_relationship_id    text    not null,
    rela_person_id          text    not null,
    rela_related_person_id  text,
    rela_relationship_type  text    not null,
    rela_lives_with_child   boolean not null,
    rela_start_date         date,
    rela_end_date           date,
    file_name               text    not null,
    line_no                 integer not null,
    raw_line                text    not null
);

create table ext_agency_events (
    load_id                 bigint not null,
    evnt_event_id           text   not null,
    evnt_person_id          text   not null,
    evnt_subject_person_id  text,
    evnt_agency             text   not null,
    evnt_event_type         text   not null,
    evnt_event_date         date   not null,
    evnt_recorded_date      date,
    evnt_outcome            text   not null,
    evnt_reason             text,
    file_name               text    not null,
    line_no                 integer not null,
    raw_line                text    not null
);

-- Each load gets its own partition of every extract table (list partitioning on load_id), so
-- that a load's rows are COPYed into tables with no index to maintain, its indexes are built
-- once after the rows are in, queries on one load touch only that load's partitions, and a
-- load is removed by dropping its partitions. The partitions are named <table>_load_<load_id>
-- and created by the application (ExtractPartitions) when a load begins.
--
-- Ids and the columns that refer to ids compare and sort in byte order (collate "C"), the order
-- the extract format and every published file use. Existing rows are moved into partitions.

alter table ssd_person rename to ssd_person_v4;
alter table ssd_cin_episodes rename to ssd_cin_episodes_v4;
alter table ssd_cp_plans rename to ssd_cp_plans_v4;
alter table ssd_cin_assessments rename to ssd_cin_assessments_v4;
alter table ssd_assessment_factors rename to ssd_assessment_factors_v4;
alter table ext_person_relationship rename to ext_person_relationship_v4;
alter table ext_agency_events rename to ext_agency_events_v4;

create table ssd_person (
    load_id            bigint  not null,
    pers_person_id     text    collate "C" not null,
    pers_sex           char(1) not null,
    pers_dob           date,
    pers_expected_dob  date,
    file_name          text    not null,
    line_no            integer not null,
    raw_line           text    not null
) partition by list (load_id);

create table ssd_cin_episodes (
    load_id                    bigint  not null,
    cine_referral_id           text    collate "C" not null,
    cine_person_id             text    collate "C" not null,
    cine_referral_date         date    not null,
    cine_close_date            date,
    cine_referral_team         text    not null,
    cine_referral_source_code  text,
    file_name                  text    not null,
    line_no                    integer not null,
    raw_line                   text    not null
) partition by list (load_id);

create table ssd_cp_plans (
    load_id                        bigint not null,
    cppl_cp_plan_id                text   collate "C" not null,
    cppl_person_id                 text   collate "C" not null,
    cppl_cp_plan_start_date        date   not null,
    cppl_cp_plan_end_date          date,
    cppl_referral_id               text,
    cppl_cp_plan_initial_category  text,
    file_name                      text    not null,
    line_no                        integer not null,
    raw_line                       text    not null
) partition by list (load_id);

create table ssd_cin_assessments (
    load_id                     bigint not null,
    cina_assessment_id          text   collate "C" not null,
    cina_person_id              text   collate "C" not null,
    cina_assessment_start_date  date   not null,
    cina_assessment_auth_date   date,
    cina_referral_id            text,
    file_name                   text    not null,
    line_no                     integer not null,
    raw_line                    text    not null
) partition by list (load_id);

create table ssd_assessment_factors (
    load_id                       bigint not null,
    cinf_table_id                 text   collate "C" not null,
    cinf_assessment_id            text   collate "C" not null,
    cinf_assessment_factors_json  text   not null,
    cinf_factors                  text[] not null,
    file_name                     text    not null,
    line_no                       integer not null,
    raw_line                      text    not null
) partition by list (load_id);

create table ext_person_relationship (
    load_id                 bigint  not null,
    rela_relationship_id    text    collate "C" not null,
    rela_person_id          text    collate "C" not null,
    rela_related_person_id  text    collate "C",
    rela_relationship_type  text    not null,
    rela_lives_with_child   boolean not null,
    rela_start_date         date,
    rela_end_date           date,
    file_name               text    not null,
    line_no                 integer not null,
    raw_line                text    not null
) partition by list (load_id);

create table ext_agency_events (
    load_id                 bigint not null,
    evnt_event_id           text   collate "C" not null,
    evnt_person_id          text   collate "C" not null,
    evnt_subject_person_id  text   collate "C",
    evnt_agency             text   not null,
    evnt_event_type         text   not null,
    evnt_event_date         date   not null,
    evnt_recorded_date      date,
    evnt_outcome            text   not null,
    evnt_reason             text,
    file_name               text    not null,
    line_no                 integer not null,
    raw_line                text    not null
) partition by list (load_id);

-- Rejected rows name ids that are compared with the extract tables' ids.
drop index rejected_row_record;
alter table rejected_row alter column record_id type text collate "C";
create index rejected_row_record on rejected_row (load_id, table_name, record_id);

-- Move the rows of every earlier load into its partitions and index them as the application
-- does for a new load (ExtractPartitions: a unique index on the id, an index on the column that
-- names the row's person or assessment then the id), then drop the old tables.
do $$
declare
    tables text[] := array['ssd_person', 'ssd_cin_episodes', 'ssd_cp_plans', 'ssd_cin_assessments',
                           'ssd_assessment_factors', 'ext_person_relationship', 'ext_agency_events'];
    ids text[] := array['pers_person_id', 'cine_referral_id', 'cppl_cp_plan_id', 'cina_assessment_id',
                        'cinf_table_id', 'rela_relationship_id', 'evnt_event_id'];
    refs text[] := array[null, 'cine_person_id', 'cppl_person_id', 'cina_person_id',
                         'cinf_assessment_id', 'rela_person_id', 'evnt_person_id'];
    part text;
    load bigint;
begin
    for load in select load_id from extract_load order by load_id loop
        for i in 1 .. array_length(tables, 1) loop
            part := tables[i] || '_load_' || load;
            execute format('create table %I partition of %I for values in (%s)', part, tables[i], load);
            execute format('insert into %I select * from %I where load_id = %s', part, tables[i] || '_v4', load);
            execute format('create unique index %I on %I (%I)', part || '_id', part, ids[i]);
            if refs[i] is not null then
                execute format('create index %I on %I (%I, %I)', part || '_ref', part, refs[i], ids[i]);
            end if;
        end loop;
    end loop;
    for i in 1 .. array_length(tables, 1) loop
        execute format('drop table %I', tables[i] || '_v4');
    end loop;
end
$$;

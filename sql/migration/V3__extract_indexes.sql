-- Indexes that the reference checks and the case reader use. Built after the tables so that a
-- bulk COPY into an empty load is not slowed by them more than needed.
create index ssd_person_key on ssd_person (load_id, pers_person_id);
create index ssd_cin_episodes_person on ssd_cin_episodes (load_id, cine_person_id);
create index ssd_cp_plans_person on ssd_cp_plans (load_id, cppl_person_id);
create index ssd_cin_assessments_person on ssd_cin_assessments (load_id, cina_person_id);
create index ssd_cin_assessments_key on ssd_cin_assessments (load_id, cina_assessment_id);
create index ssd_assessment_factors_assessment on ssd_assessment_factors (load_id, cinf_assessment_id);
create index ext_person_relationship_person on ext_person_relationship (load_id, rela_person_id);
create index ext_agency_events_person on ext_agency_events (load_id, evnt_person_id);
-- A rejected referenced row explains the rejections that cascade from it.
create index rejected_row_record on rejected_row (load_id, table_name, record_id);
-- The case reader walks persons in byte order of their id (the order of every published file);
-- this index gives that order without sorting the whole cohort's case files.
create index ssd_person_byte_order on ssd_person (load_id, pers_person_id collate "C");

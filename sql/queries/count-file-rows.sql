-- What became of each file's rows: loaded (still in its table) or rejected (in the quarantine).
with loaded as (
    select file_name, count(*) as n from ssd_person where load_id = :loadId group by file_name
    union all
    select file_name, count(*) from ssd_cin_episodes where load_id = :loadId group by file_name
    union all
    select file_name, count(*) from ssd_cp_plans where load_id = :loadId group by file_name
    union all
    select file_name, count(*) from ssd_cin_assessments where load_id = :loadId group by file_name
    union all
    select file_name, count(*) from ssd_assessment_factors where load_id = :loadId group by file_name
    union all
    select file_name, count(*) from ext_person_relationship where load_id = :loadId group by file_name
    union all
    select file_name, count(*) from ext_agency_events where load_id = :loadId group by file_name
),
rejected as (
    select file_name, count(*) as n from rejected_row where load_id = :loadId group by file_name
)
update extract_file f
set rows_loaded = coalesce((select l.n from loaded l where l.file_name = f.file_name), 0),
    rows_rejected = coalesce((select r.n from rejected r where r.file_name = f.file_name), 0)
where f.load_id = :loadId

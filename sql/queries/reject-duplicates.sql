-- Check 2 of the extract format: an id that repeats the id of an earlier row of the same table
-- (earlier = file name in byte order, then line) is rejected; the first row is kept.
-- Only ids that occur more than once are ranked. Run only when the load's unique index on the id
-- could not be built (ExtractPartitions), i.e. when there are duplicates.
-- {table} (the table), {partition} (its partition of the load) and {id} are filled from the
-- fixed table definitions, never from input.
with repeated as (
    select {id} as id
    from {partition}
    group by {id}
    having count(*) > 1
),
ranked as (
    select t.ctid as row_ctid,
           row_number() over w as position,
           first_value(t.file_name) over w as first_file,
           first_value(t.line_no) over w as first_line
    from {partition} t
    join repeated r on r.id = t.{id}
    window w as (partition by t.{id} order by t.file_name collate "C", t.line_no)
),
moved as (
    delete from {partition} t
    using ranked r
    where t.ctid = r.row_ctid and r.position > 1
    returning t.file_name, t.line_no, t.{id} as record_id, t.raw_line, r.first_file, r.first_line
)
insert into rejected_row (load_id, file_name, line_no, table_name, record_id, reason, raw_line, reason_kind)
select :loadId, file_name, line_no, '{table}', record_id,
       reason_at(line_no, raw_line,
           'duplicate {id} ''' || record_id || ''' (first read at ' || first_file || ' line ' || first_line || ')'),
       raw_line, '{id}:duplicate'
from moved

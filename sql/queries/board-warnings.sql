-- How many warnings the run's drop had (ignored files, folders and columns, an empty ssd_person):
-- the board is told how many, never what they say (they name the drop's files and columns).
select coalesce(cardinality(coalesce(a.warnings, l.warnings)), 0)
from audit_run a
join extract_load l on l.load_id = a.load_id
where a.run_id = :runId

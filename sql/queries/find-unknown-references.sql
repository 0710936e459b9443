-- Check 3 of the extract format, first half: the rows whose {column} names a {noun} that is not
-- loaded, by their place in {partition}, into a temporary table of this session. A query
-- (unlike the delete that follows) can be run by PostgreSQL's parallel workers: the anti-join
-- over a load's events takes about half the time of doing it inside the delete. Dropped by the
-- caller once used. {partition}, {column}, {target_partition} and {target_id} come from the
-- fixed table definitions, never from input.
create temporary table unknown_reference as
select t.ctid as row_ctid
from {partition} t
where t.{column} is not null
  and not exists (select 1 from {target_partition} p where p.{target_id} = t.{column})

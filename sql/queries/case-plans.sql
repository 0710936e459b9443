-- Every CP plan of the load, by child id then plan id in byte order (see case-persons.sql).
select c.cppl_person_id, c.cppl_cp_plan_id, c.cppl_cp_plan_start_date, c.cppl_cp_plan_end_date
from ssd_cp_plans c
where c.load_id = :loadId
  and c.cppl_person_id collate "C" > :after
  and (:upTo = '' or c.cppl_person_id collate "C" <= :upTo)
order by c.cppl_person_id collate "C", c.cppl_cp_plan_id collate "C"

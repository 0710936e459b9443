-- A criterion's cases in a run (?3, criterion ?4) as a CSV work list: NOT_MET first, then
-- PARTLY_MET, MET and NOT_APPLICABLE, each by case id in byte order; of one outcome (?5, ?6) and
-- one team (?7, ?8) when given; with the current review's outcome of tool ?1's period ?2.
select c.case_id, c.team, c.criterion, c.outcome, c.evidence,
       (select r.reviewed_outcome from review r
        where r.tool_id = ? and r.period = ? and r.case_id = c.case_id and r.criterion = c.criterion
        order by r.version desc limit 1) as reviewed_outcome
from case_result c
where c.run_id = ? and c.criterion = ?
  and (cast(? as text) is null or c.outcome = ?)
  and (cast(? as text) is null or c.team = ?)
order by case c.outcome when 'NOT_MET' then 1 when 'PARTLY_MET' then 2 when 'MET' then 3 else 4 end,
         c.case_id

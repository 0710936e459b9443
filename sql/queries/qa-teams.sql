-- The teams of a run's cases.
select distinct team
from case_score
where run_id = :runId
order by team

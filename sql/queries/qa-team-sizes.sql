-- The teams of a run's cases, with how many cases each has and how many of them are INADEQUATE.
select team, count(*) as cases, count(*) filter (where grade = 'INADEQUATE') as inadequate
from case_score
where run_id = :runId
group by team
order by team

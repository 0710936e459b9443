-- How many cases of a run got each grade.
select grade, count(*) as cases
from case_score
where run_id = :runId
group by grade

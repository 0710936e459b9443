-- Where a QA findings sheet that would be longer than :size cases is cut into continuation
-- sheets: the case_id (byte order) that ends each full sheet but the last, of one team and/or
-- one grade (null for any).
select case_id
from (
	select case_id, row_number() over (order by case_id collate "C") as n, count(*) over () as total
	from case_score
	where run_id = :runId
		and (cast(:team as text) is null or team = cast(:team as text))
		and (cast(:grade as text) is null or grade = cast(:grade as text))
) numbered
where n % :size = 0 and n < total
order by n

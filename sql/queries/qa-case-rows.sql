-- One page of a QA findings sheet: every criterion outcome of the next :cases cases after
-- :afterCaseId (case_id in byte order), of one team and/or one grade (null for any).
with page as (
	select case_id, team, score, grade
	from case_score
	where run_id = :runId
		and (cast(:team as text) is null or team = cast(:team as text))
		and (cast(:grade as text) is null or grade = cast(:grade as text))
		and case_id collate "C" > cast(:afterCaseId as text) collate "C"
	order by case_id collate "C"
	limit :cases
)
select p.case_id, p.team, p.score, p.grade, r.criterion, r.outcome, r.evidence
from page p
join case_result r on r.run_id = :runId and r.case_id = p.case_id
order by p.case_id collate "C", r.criterion_seq

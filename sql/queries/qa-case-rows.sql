-- One page of a QA findings sheet: every criterion outcome of the next :cases cases after
-- :afterCaseId (case_id in byte order), of one team and/or one grade (null for any).
-- Each case's outcomes are looked up by case id (lateral; "offset 0" keeps the planner from
-- flattening it into a join), so a page costs its own cases wherever it is in the run: the
-- merge join the planner otherwise picks reads the run's outcomes from its first case on, for
-- every page (0.5 s a page at 100,000 babies, quadratic over a run).
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
cross join lateral (
	select o.criterion_seq, o.criterion, o.outcome, o.evidence
	from case_result o
	where o.run_id = :runId and o.case_id = p.case_id
	offset 0
) r
order by p.case_id collate "C", r.criterion_seq

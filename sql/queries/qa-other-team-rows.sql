-- One page of the QA findings sheet that the teams without a sheet of their own share (every team
-- but the largest, :ownSheets): every criterion outcome of the next :cases cases after
-- (:afterTeam, :afterCaseId), by team then case_id, both in byte order. Each case's outcomes are
-- looked up by case id, as in qa-case-rows.sql, so a page costs its own cases.
with page as (
	select case_id, team, score, grade
	from case_score
	where run_id = :runId
		and team not in (:ownSheets)
		and (team collate "C", case_id collate "C")
			> (cast(:afterTeam as text) collate "C", cast(:afterCaseId as text) collate "C")
	order by team collate "C", case_id collate "C"
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
order by p.team collate "C", p.case_id collate "C", r.criterion_seq

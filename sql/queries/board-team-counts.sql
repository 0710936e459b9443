-- Outcome counts per team and criterion for one run.
select team, criterion_seq, criterion,
	count(*) filter (where outcome <> 'NOT_APPLICABLE') as applicable,
	count(*) filter (where outcome = 'MET') as met,
	count(*) filter (where outcome = 'PARTLY_MET') as partly_met,
	count(*) filter (where outcome = 'NOT_MET') as not_met
from case_result
where run_id = :runId
group by team, criterion_seq, criterion
order by criterion_seq, team

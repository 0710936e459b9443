-- The run's counts per criterion, in the tool's order.
select criterion_seq, criterion, title, applicable, met, partly_met, not_met,
	compliance_pct, ci_low_pct, ci_high_pct
from criterion_summary
where run_id = :runId
order by criterion_seq

-- Counts per criterion for the trend: the run itself and, for each of the up to 11 audited
-- periods before its period, the latest SCORED or PUBLISHED run of the same tool. Oldest first.
with this_run as (
	select run_id, tool_id, period
	from audit_run
	where run_id = :runId
),
latest_per_period as (
	select distinct on (r.period) r.run_id, r.period
	from audit_run r
	join this_run t on r.tool_id = t.tool_id and r.period < t.period
	where r.status in ('SCORED', 'PUBLISHED')
	order by r.period, coalesce(r.finished_at, r.started_at) desc, r.run_id desc
),
earlier as (
	select run_id, period
	from latest_per_period
	order by period desc
	limit 11
),
periods as (
	select run_id, period from earlier
	union all
	select run_id, period from this_run
)
select p.period, s.criterion_seq, s.criterion, s.applicable, s.met, s.partly_met, s.not_met
from periods p
join criterion_summary s on s.run_id = p.run_id
order by p.period, s.criterion_seq

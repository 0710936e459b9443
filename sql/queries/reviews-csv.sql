-- reviews.csv of one run (qa-review.md): the current review of each case × criterion of the
-- run's tool and period beside this run's automated outcome. data_changed: that outcome differs
-- from the one the reviewer saw, or the run does not have the case (automated_outcome empty).
-- reviewed_at in UTC, ISO 8601. Parameters: the run id, three times.
select r.case_id, coalesce(res.team, r.team), r.criterion, coalesce(res.outcome, ''), r.reviewed_outcome,
       r.reviewer, to_char(r.reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), r.reason,
       case when res.outcome is distinct from r.automated_outcome then 'true' else 'false' end
from (
    select distinct on (review.case_id, review.criterion) review.*
    from review join audit_run run on review.tool_id = run.tool_id and review.period = run.period
    where run.run_id = ?
    order by review.case_id, review.criterion, review.version desc
) r
left join case_result res on res.run_id = ? and res.case_id = r.case_id and res.criterion = r.criterion
left join criterion_summary cs on cs.run_id = ? and cs.criterion = r.criterion
order by r.case_id, cs.criterion_seq nulls last, r.criterion

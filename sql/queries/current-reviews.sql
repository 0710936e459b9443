-- The current (newest) review of each case × criterion of a tool's period, or of one case
-- (:case null for all), beside the automated outcome of the period's newest published run
-- (:run), null where that run does not have the case. Case id in byte order, then tool order.
select r.*, res.outcome as automated_now, res.criterion_seq
from (
    select distinct on (case_id, criterion) *
    from review
    where tool_id = :tool and period = :period and (cast(:case as text) is null or case_id = :case)
    order by case_id, criterion, version desc
) r
left join case_result res
    on res.run_id = :run and res.case_id = r.case_id and res.criterion = r.criterion
order by r.case_id, res.criterion_seq nulls last, r.criterion

-- The run a board pack is for: its tool, period and the load it audited.
select run_id, load_id, period, tool_id, tool_version, tool_title, status, cases_audited
from audit_run
where run_id = :runId

-- The board's list of a tool's open learning actions (qa-review.md): the newest version of each
-- action, those still OPEN (or all of them when :all), overdue ones (due before :today) first,
-- then by due date, oldest action first on the same date; DONE ones last.
select *
from (
    select distinct on (v.action_id) v.*, a.tool_id, a.period, a.created_by, a.created_at
    from learning_action_version v
    join learning_action a on a.action_id = v.action_id
    where a.tool_id = :tool
    order by v.action_id, v.version desc
) newest
where status = 'OPEN' or cast(:all as boolean)
order by status = 'DONE', (due_date < :today) desc, due_date, action_id

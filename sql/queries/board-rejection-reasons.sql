-- Rejected rows of a load by table and kind of reason (the column and the rule it broke): the
-- board is shown the kinds in words, never the reasons' text, which quotes the drop's values.
select table_name, reason_kind, count(*) as rows_rejected
from rejected_row
where load_id = :loadId
group by table_name, reason_kind

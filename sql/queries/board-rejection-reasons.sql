-- Rejected rows of a load by table, reason and record id; the caller blanks identifiers out of
-- the reasons and adds them up again.
select table_name, reason, record_id, count(*) as rows_rejected
from rejected_row
where load_id = :loadId
group by table_name, reason, record_id

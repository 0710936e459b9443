-- One page of a load's rejected rows, after (:afterFile, :afterLine), by file then line.
select file_name, line_no, table_name, record_id, reason
from rejected_row
where load_id = :loadId
	and (file_name collate "C", line_no) > (cast(:afterFile as text) collate "C", :afterLine)
order by file_name collate "C", line_no
limit :rows

-- Where the rejected-rows sheet is cut into continuation sheets of :size rows: the (file, line)
-- that ends each full sheet but the last.
select file_name, line_no
from (
	select file_name, line_no, row_number() over (order by file_name collate "C", line_no) as n,
		count(*) over () as total
	from rejected_row
	where load_id = :loadId
) numbered
where n % :size = 0 and n < total
order by n

-- Rows read, loaded and rejected per extract table of a load.
select table_name, count(*) as files,
	coalesce(sum(rows_read), 0) as rows_read,
	coalesce(sum(rows_loaded), 0) as rows_loaded,
	coalesce(sum(rows_rejected), 0) as rows_rejected
from extract_file
where load_id = :loadId
group by table_name
order by table_name

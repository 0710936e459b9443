-- What became of each file's rows: rows_read was counted as the file was read; the rejected ones
-- are in the quarantine, and the rest are loaded. ExtractResolver then recounts each table's
-- partition against the files' rows_loaded, so a row lost on the way would be noticed. The
-- rejected records' physical lines are counted from their raw text.
update extract_file f
set rows_rejected = x.rejected,
    rows_loaded = f.rows_read - x.rejected,
    lines_rejected = x.lines_rejected
from (select g.file_name, count(r.line_no) as rejected,
             coalesce(sum(record_line_count(r.raw_line)), 0) as lines_rejected
        from extract_file g
        left join rejected_row r on r.load_id = g.load_id and r.file_name = g.file_name
       where g.load_id = :loadId
       group by g.file_name) x
where f.load_id = :loadId and f.file_name = x.file_name

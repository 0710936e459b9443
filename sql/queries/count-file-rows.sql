-- What became of each file's rows: rows_read was counted as the file was read; the rejected ones
-- are in the quarantine, and the rest are loaded. ExtractResolver then recounts each table's
-- partition against the files' rows_loaded, so a row lost on the way would be noticed. The
-- rejected records' physical lines are counted from their raw text. The load's rejected rows are
-- counted in one pass, then matched to their files.
update extract_file f
set rows_rejected = x.rejected,
    rows_loaded = f.rows_read - x.rejected,
    lines_rejected = x.lines_rejected
from (select g.file_name, coalesce(r.rejected, 0) as rejected, coalesce(r.lines_rejected, 0) as lines_rejected
        from extract_file g
        left join (select file_name, count(*) as rejected, sum(record_line_count(raw_line)) as lines_rejected
                     from rejected_row
                    where load_id = :loadId
                    group by file_name) r on r.file_name = g.file_name
       where g.load_id = :loadId) x
where f.load_id = :loadId and f.file_name = x.file_name

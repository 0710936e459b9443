-- Every physical line of a file is the header, a blank line, or part of a loaded or a rejected
-- record (a record may span lines): counted as the file is inspected (lines) and as it is loaded
-- (the rest), so that they are seen to add up. The rejected records' lines are counted from
-- their raw text once checks 2 and 3 are done; a record's lines are its line breaks plus one.
-- Null or 0 for files loaded before.
alter table extract_file
    add column lines integer,
    add column header_lines integer not null default 0,
    add column blank_lines integer not null default 0,
    add column record_lines integer not null default 0,
    add column lines_rejected integer,
    add column ignored_column_count integer not null default 0;

create function record_line_count(raw text) returns integer
language sql immutable as $$
    select case when strpos(raw, E'\n') = 0 and strpos(raw, E'\r') = 0 then 1
                else array_length(regexp_split_to_array(raw, E'\r\n|\r|\n'), 1) end
$$;

-- A rejection reason as reported: a record over several lines names them ("lines 11–12: ...").
create function reason_at(line_no integer, raw text, reason text) returns text
language sql immutable as $$
    select case when record_line_count(raw) > 1
                then 'lines ' || line_no || '–' || (line_no + record_line_count(raw) - 1) || ': ' || reason
                else reason end
$$;

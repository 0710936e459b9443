-- Check 3 of the extract format, second half: a row whose {column} names a {noun} that is not
-- loaded (never in the drop, or its own row rejected), found by find-unknown-references.sql, is
-- rejected. When the referenced row was rejected, the reason says where, so a data officer fixes
-- the cause once.
-- {table}, {partition} (its partition of the load), {id}, {column}, {target}, {noun} and
-- {suffix} come from the fixed table definitions, never from input.
with moved as (
    delete from {partition} t
    using unknown_reference m
    where t.ctid = m.row_ctid
    returning t.file_name, t.line_no, t.{id} as record_id, t.{column} as ref, t.raw_line
)
insert into rejected_row (load_id, file_name, line_no, table_name, record_id, reason, raw_line, reason_kind)
select :loadId, m.file_name, m.line_no, '{table}', m.record_id,
       reason_at(m.line_no, m.raw_line, 'unknown {noun} ''' || m.ref || '''{suffix}'
           || coalesce(' (its row at ' || r.file_name || ' line ' || r.line_no || ' was rejected)', '')),
       m.raw_line, '{column}:unknown_reference'
from moved m
left join lateral (
    select x.file_name, x.line_no
    from rejected_row x
    where x.load_id = :loadId and x.table_name = '{target}' and x.record_id = m.ref
    order by x.file_name collate "C", x.line_no
    limit 1
) r on true

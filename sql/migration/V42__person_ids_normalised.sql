-- Learning actions and commentary must not name a person of the extracts a tool audited
-- (IdentifierCheck). Ids are compared in a letters-and-digits-only, lower-case form, so "C-001"
-- names C001; this index finds a person by that form in each load's person partition without
-- reading it through. New loads get it with their other indexes (ExtractPartitions), after COPY.
-- Numbered after V41: a database already at V41 would refuse a lower, out-of-order version.
do $$
declare
    part text;
begin
    for part in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'ssd_person'::regclass loop
        execute format('create index if not exists %I on %I (lower(regexp_replace(pers_person_id, %L, %L, %L)))',
                       part || '_normalised', part, '[^[:alnum:]]', '', 'g');
    end loop;
end
$$;

-- QA officers' reviews (qa-review.md). A review belongs to (tool id, period, case id, criterion),
-- not to a run, so a later run of the same period keeps it. Nothing is changed or deleted: a
-- newer review of the same case × criterion is the next version, and the newest is the current
-- one. The version is also the optimistic lock: two officers saving on the same version cannot
-- both write it (the unique key), so the second is told rather than silently overwriting.

-- Refuses changing, deleting or emptying a row of a table whose history is kept whole.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: its rows are never changed or deleted', tg_table_name;
end
$$;

-- Makes a table append-only: no update, delete or truncate (the application has no code that
-- does any of them; this keeps anyone else's from doing so by mistake).
create function make_append_only(tbl text) returns void language plpgsql as $$
begin
    execute format('create trigger %1$s_append_only before update or delete on %1$I '
        'for each row execute function refuse_change()', tbl);
    execute format('create trigger %1$s_never_emptied before truncate on %1$I '
        'for each statement execute function refuse_change()', tbl);
end
$$;

-- "The period's audited cases" are the cases of this run: the newest published run of the tool
-- for the period. Every query of the review tables finds a period's run through this function.
create function newest_published_run(tool text, month text) returns bigint language sql stable as $$
    select run_id from audit_run
    where tool_id = tool and period = month and status = 'PUBLISHED'
    order by finished_at desc nulls last, run_id desc
    limit 1
$$;

-- seen_run_id and automated_outcome: the run and outcome the reviewer saw, so a later run whose
-- outcome differs shows "data changed since review". No key to audit_run: a run can be deleted
-- with its load, and the review stays. A criterion that did not apply cannot be reviewed, so the
-- outcome seen is never NOT_APPLICABLE (docs/design.md).
create table review (
    review_id          bigserial   primary key,
    tool_id            text        not null,
    period             char(7)     not null,
    case_id            text        collate "C" not null,
    criterion          text        not null,
    version            integer     not null check (version >= 1),
    reviewed_outcome   text        not null check (reviewed_outcome in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE')),
    automated_outcome  text        not null check (automated_outcome in ('MET', 'PARTLY_MET', 'NOT_MET')),
    seen_run_id        bigint      not null,
    team               text        not null,
    reason             text        not null check (char_length(reason) between 10 and 2000),
    reviewer           text        not null,
    reviewed_at        timestamptz not null,
    unique (tool_id, period, case_id, criterion, version)
);

select make_append_only('review');

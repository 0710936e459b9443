-- The board pack's figures as published: one document per publication of a run (its pack
-- version), written with the pack from the same figures, small numbers already suppressed. The
-- board's pages read these and never sum case rows. Period and tool are copied from the run so
-- that a period's newest pack is found by the index alone.
create table board_snapshot (
    run_id        bigint      not null references audit_run on delete cascade,
    pack_version  integer     not null check (pack_version >= 1),
    period        char(7)     not null,
    tool_id       text        not null,
    published_at  timestamptz not null,
    figures       jsonb       not null,
    primary key (run_id, pack_version)
);

create index board_snapshot_newest_by_period
    on board_snapshot (period, published_at desc, run_id desc, pack_version desc);

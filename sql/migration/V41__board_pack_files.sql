-- Every version of a run's board pack is kept as its files, beside the figures of the same
-- publication: publishing a run again (or publishing a period's reviewed figures) adds a version
-- and never overwrites an earlier one, whatever later happens to the run's published folder,
-- which holds only its newest publication. Written in the transaction that keeps the figures.
create table board_pack_file (
    run_id        bigint  not null,
    pack_version  integer not null,
    name          text    not null check (name in ('board-dashboard.pdf', 'board-dashboard.html')),
    content       bytea   not null,
    primary key (run_id, pack_version, name),
    foreign key (run_id, pack_version) references board_snapshot on delete cascade
);

-- A version published from the QA officers' reviewed figures says how many outcomes were
-- reviewed and how many of them changed; both null for a version of the automated figures.
alter table board_snapshot
    add column reviewed_outcomes integer check (reviewed_outcomes >= 0),
    add column changed_outcomes  integer check (changed_outcomes >= 0),
    add column published_by      text;

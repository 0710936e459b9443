-- Commentary and learning actions (qa-review.md), kept with their history: an edit is the next
-- version, and the version is the optimistic lock (two officers editing the same version cannot
-- both save it). Nothing is changed or deleted.

-- criterion '' is the period's overall commentary; an empty body withdraws a commentary.
create table commentary (
    commentary_id  bigserial   primary key,
    tool_id        text        not null,
    period         char(7)     not null,
    criterion      text        not null,
    version        integer     not null check (version >= 1),
    body           text        not null check (char_length(body) <= 2000),
    written_by     text        not null,
    written_at     timestamptz not null,
    unique (tool_id, period, criterion, version)
);

-- An action arises from a period's audit; what it says and its status are its versions.
create table learning_action (
    action_id   bigserial   primary key,
    tool_id     text        not null,
    period      char(7)     not null,
    created_by  text        not null,
    created_at  timestamptz not null
);

create table learning_action_version (
    action_id    bigint      not null references learning_action,
    version      integer     not null check (version >= 1),
    title        text        not null check (char_length(title) between 1 and 200),
    criterion    text        not null,
    owning_team  text        not null check (char_length(owning_team) between 1 and 100),
    due_date     date        not null,
    status       text        not null check (status in ('OPEN', 'DONE')),
    changed_by   text        not null,
    changed_at   timestamptz not null,
    primary key (action_id, version)
);

select make_append_only('commentary');
select make_append_only('learning_action');
select make_append_only('learning_action_version');

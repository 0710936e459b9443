-- The served application's users, their failed sign-ins, and the access log.

-- A user signs in with a user name and a password, stored only as an adaptive hash. There are no
-- default users: an administrator adds the first with the add-user command.
create table app_user (
    id             bigserial   primary key,
    username       text        not null,
    password_hash  text        not null,
    roles          text[]      not null check (cardinality(roles) > 0
                                   and roles <@ array['BOARD', 'QA_OFFICER', 'OPERATOR', 'ADMIN']),
    enabled        boolean     not null default true,
    created_at     timestamptz not null,
    changed_at     timestamptz not null
);
create unique index app_user_username on app_user (lower(username));

-- Failed sign-ins by user name (known or not, so a lock says nothing about who exists): five
-- within 15 minutes lock the name for 15 minutes.
create table sign_in_failure (
    username   text        not null,
    failed_at  timestamptz not null
);
create index sign_in_failure_by_name on sign_in_failure (lower(username), failed_at);
create table sign_in_lock (
    username      text        primary key,
    locked_until  timestamptz not null
);

-- Who did what, when, to what, from where. Append-only: the application has no statement that
-- changes or deletes an entry, and the database refuses one.
create table access_log (
    id              bigserial   primary key,
    at              timestamptz not null,
    username        text        not null,
    action          text        not null,
    target          text,
    client_address  text
);
create index access_log_at on access_log (at desc, id desc);
create index access_log_user on access_log (lower(username), at desc);

create function refuse_access_log_change() returns trigger language plpgsql as $$
begin
    raise exception 'the access log is append-only: % is refused', tg_op;
end $$;
create trigger access_log_append_only before update or delete on access_log
    for each row execute function refuse_access_log_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function refuse_access_log_change();

-- Case ids in the results compare byte by byte (collate "C"), as the extract tables' ids do
-- since V5, and as every query that publishes them orders them. With the database's default
-- collation the index on case_result (run_id, case_id, criterion_seq) could not give that order,
-- so publishing sorted every run's outcomes again, and each row COPYed into the index paid a
-- locale comparison per key (1.23 M rows of a 100,000-baby run, psql \copy, two runs each with
-- other work on the machine: 5.1-7.4 s with the index in the default collation C.UTF-8, 3.3-7.0 s
-- in "C", 2.5-3.4 s with no index; reading them in published order 1.3 s through the "C" index,
-- 2.2 s with a sort). The type change rebuilds the indexes and the primary key in "C".
alter table case_result alter column case_id type text collate "C";
alter table case_score alter column case_id type text collate "C";

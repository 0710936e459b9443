-- The operator console reads one run's steps through Spring Batch's tables: by job instance, then
-- by job execution. PostgreSQL indexes no foreign key by itself.
create index if not exists batch_job_execution_instance on batch_job_execution (job_instance_id);
create index if not exists batch_step_execution_job_execution on batch_step_execution (job_execution_id);
-- The runs list, newest first, by status and by period across jobs.
create index run_by_period on run (period, id);

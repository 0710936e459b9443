-- Every top-level step execution of a run's job instance (all its executions: a restart adds one),
-- oldest first; partition workers ("step:partitionN") are summed into their manager step.
select s.step_execution_id, s.step_name, s.status, s.read_count, s.write_count,
       s.filter_count + s.read_skip_count + s.process_skip_count + s.write_skip_count as rejected_count,
       s.start_time, s.end_time
from batch_step_execution s
join batch_job_execution e on e.job_execution_id = s.job_execution_id
where e.job_instance_id = (select job_instance_id from batch_job_execution where job_execution_id = :execution)
  and s.step_name not like '%:%'
order by s.step_execution_id

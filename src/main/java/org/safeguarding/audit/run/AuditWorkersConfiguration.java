package org.safeguarding.audit.run;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.validation.annotation.Validated;

/**
 * The one managed executor for the runs' background work: loading workers, scoring ranges, the
 * resolve step's second connection and the QA workbook's thread. Sized by a setting (default:
 * the machine's cores), so runs carried out at once queue their work here instead of each
 * starting threads of their own and oversubscribing the cores. No task on it waits for another
 * task on it (each run's own thread does the waiting), so it cannot deadlock however small.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditWorkersConfiguration.WorkersProperties.class)
class AuditWorkersConfiguration {

	/** The bean's name, for the classes outside this package that are given it. */
	static final String AUDIT_WORKERS = "auditWorkers";

	@Bean(name = AUDIT_WORKERS, destroyMethod = "shutdown")
	ThreadPoolTaskExecutor auditWorkers(WorkersProperties properties) {
		int threads = (properties.workers() > 0) ? properties.workers()
				: Math.max(2, Runtime.getRuntime().availableProcessors());
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("audit-worker-");
		executor.setDaemon(true);
		executor.setTaskDecorator(AuditWorkersConfiguration::inJobScope);
		executor.initialize();
		return executor;
	}

	/**
	 * A task submitted from a job's thread runs in that job's scope (Spring Batch keeps it per
	 * thread, spring-batch#1335): partition workers' step-scoped beans are made from the
	 * job-scoped {@link RunInputs}, read once per execution.
	 */
	static Runnable inJobScope(Runnable task) {
		JobContext job = JobSynchronizationManager.getContext();
		if (job == null) {
			return task;
		}
		JobExecution execution = job.getJobExecution();
		return () -> {
			JobSynchronizationManager.register(execution);
			try {
				task.run();
			}
			finally {
				// Leaves the scope without ending it (release() would close the job's scoped beans
				// under the job's own thread, which ends the scope when the job ends).
				JobSynchronizationManager.close();
			}
		};
	}

	/**
	 * @param workers threads of the shared executor; 0 (the default) means the machine's cores
	 * (at least 2)
	 */
	@Validated
	@ConfigurationProperties("audit.run")
	record WorkersProperties(@DefaultValue("0") @Min(0) @Max(256) int workers) {
	}
}

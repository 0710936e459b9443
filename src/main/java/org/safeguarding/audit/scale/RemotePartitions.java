package org.safeguarding.audit.scale;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.messaging.MessageChannel;

/**
 * A manager's partitioned steps when {@code audit.scale-out.workers} is set: each partition is
 * saved in the job repository as a step execution and sent to the broker as a request; the
 * manager then reads the repository every {@code audit.scale-out.poll} until every partition has
 * ended (Spring Batch's remote partitioning, polling the repository rather than waiting for
 * replies: a worker that dies sends none, and the broker gives its request to another).
 */
public class RemotePartitions {

	private final JobRepository jobRepository;

	private final MessageChannel requests;

	private final ScaleOutProperties properties;

	RemotePartitions(JobRepository jobRepository, MessageChannel requests, ScaleOutProperties properties) {
		this.jobRepository = jobRepository;
		this.requests = requests;
		this.properties = properties;
	}

	/** The manager step {@code name}: {@code partitioner}'s partitions run as {@code worker} on the workers. */
	public Step managerStep(String name, Partitioner partitioner, Step worker) {
		return new RemotePartitioningManagerStepBuilder(name, this.jobRepository)
			.partitioner(worker.getName(), partitioner)
			// Not run here: it tells the splitter whether a completed partition is run again on a
			// restart (every load worker is: a load begun anew needs all its files again).
			.step(worker)
			.gridSize(this.properties.workers())
			.outputChannel(this.requests)
			.pollInterval(this.properties.poll().toMillis())
			.build();
	}
}

package org.safeguarding.audit.scale;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * What travels over the broker for one partition: the worker step's name and the partition's step
 * execution id, as one line of text ({@code scoreCaseRangeStep 42}). Everything else (the
 * partition's files or case range, the run's inputs) is in the job repository both sides share,
 * so a message is a few dozen bytes whatever the drop's size, and no Java serialisation is read
 * from the broker.
 */
public record PartitionRequest(String stepName, long stepExecutionId) {

	static PartitionRequest of(StepExecutionRequest request) {
		return new PartitionRequest(request.getStepName(), request.getStepExecutionId());
	}

	/** The message's text (its bytes are all the broker carries for a partition, besides AMQP's framing). */
	public String text() {
		return this.stepName + " " + this.stepExecutionId;
	}

	/** The request a message's text carries; a text of another form is refused, naming it. */
	static PartitionRequest parse(String text) {
		String[] parts = (text != null) ? text.strip().split(" ") : new String[0];
		if (parts.length != 2 || !parts[0].matches("[A-Za-z][A-Za-z0-9]{0,99}") || !parts[1].matches("\\d{1,18}")) {
			throw new IllegalArgumentException("not a partition request: '" + abbreviate(text) + "'");
		}
		return new PartitionRequest(parts[0], Long.parseLong(parts[1]));
	}

	private static String abbreviate(String text) {
		return (text == null) ? "" : (text.length() > 60) ? text.substring(0, 60) + "..." : text;
	}
}

package org.safeguarding.audit.scale;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code audit.scale-out.*} the application has nothing of AMQP: no broker is needed. */
@AuditIntegrationTest
class ScaleOutOffByDefaultTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noBrokerConnectionNoRemotePartitionsNoWorker() {
		assertThat(this.context.getBeanNamesForType(org.springframework.amqp.rabbit.connection.ConnectionFactory.class))
			.isEmpty();
		assertThat(this.context.getBeanNamesForType(org.springframework.amqp.core.AmqpTemplate.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(RemotePartitions.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(PartitionWorker.class)).isEmpty();
		assertThat(this.context.getBean(ScaleOutProperties.class).workers()).isZero();
	}
}

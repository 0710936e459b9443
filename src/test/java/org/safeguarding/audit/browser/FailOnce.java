package org.safeguarding.audit.browser;

import java.util.concurrent.atomic.AtomicBoolean;

import org.safeguarding.audit.audit.ScoredCase;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * How a browser test gets a failed run to restart: once armed, the next chunk of scored cases
 * fails to be written (through the scoring step's listener hook), and only that one.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailOnce {

	static final String FAILURE = "a failure made by the browser test";

	static final AtomicBoolean armed = new AtomicBoolean();

	@Bean
	ItemWriteListener<ScoredCase> failOnce() {
		return new ItemWriteListener<>() {
			@Override
			public void beforeWrite(Chunk<? extends ScoredCase> items) {
				if (armed.compareAndSet(true, false)) {
					throw new IllegalStateException(FAILURE);
				}
			}
		};
	}
}

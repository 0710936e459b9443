package org.safeguarding.audit;

import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that start the application themselves, as the command line does: a fresh
 * embedded database of the class's own under {@code target/}, as {@link AuditIntegrationTest}
 * gives the others (a throwaway one: commits do not wait for the disk), set for the class's tests
 * and forgotten after them.
 */
public class OwnStore implements BeforeAllCallback, AfterAllCallback {

	private static final String DATA_DIR = "audit.store.data-dir";

	private static final String DURABLE = "audit.store.durable";

	@Override
	public void beforeAll(ExtensionContext context) {
		System.setProperty(DATA_DIR, "target/test-postgres/" + UUID.randomUUID());
		System.setProperty(DURABLE, "false");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		System.clearProperty(DATA_DIR);
		System.clearProperty(DURABLE);
	}
}

package org.safeguarding.audit.review;

import java.nio.file.Path;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.AuditToolLoader;

/** The shipped "Babies under one" tool, for tests that score. */
final class TestTool {

	static final AuditTool BABIES_UNDER_ONE = AuditToolLoader.load(Path.of("jobs/audit-tools/babies-under-one.yml"));

	private TestTool() {
	}
}

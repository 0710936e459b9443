package org.safeguarding.audit.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An audit tool as loaded from its definition file: identity (with the SHA-256 of the file's
 * bytes, so a run records exactly which definition scored it), grade and RAG thresholds, the
 * Wilson z, and the criteria in the order they are reported.
 */
public record AuditTool(String id, String version, String title, String sha256, BigDecimal gradeGood,
		BigDecimal gradeRequiresImprovement, BigDecimal ragGreen, BigDecimal ragAmber, double z,
		List<Criterion> criteria) {

	public AuditTool {
		criteria = List.copyOf(criteria);
	}

	/** The criterion with this code, if the tool has one. */
	public Optional<Criterion> criterion(String code) {
		return this.criteria.stream().filter((criterion) -> criterion.code().equals(code)).findFirst();
	}
}

package org.safeguarding.audit.review;

import org.safeguarding.audit.audit.Grade;

/** One case drawn into a sample, with the stratum it was drawn from and its automated grade. */
public record SampledCase(String caseId, String team, Grade grade, String stratum) {
}

package org.safeguarding.audit.review;

import java.util.Locale;

/** An agreement as the pages write it: kappa to two places with its interval and n, or why there is none. */
final class AgreementText {

	private AgreementText() {
	}

	static String of(Agreement agreement) {
		if (agreement instanceof Agreement.Kappa k) {
			return String.format(Locale.UK, "κ %.2f (95%% interval %.2f to %.2f), %s", k.kappa(), k.low(), k.high(),
					pairs(k.pairs()));
		}
		if (agreement instanceof Agreement.TooFewToJudge) {
			return "Too few to judge (" + pairs(agreement.pairs()) + "; at least " + Agreement.MIN_PAIRS + " needed)";
		}
		return "All the same: kappa cannot be computed (" + pairs(agreement.pairs()) + ")";
	}

	private static String pairs(int n) {
		return "n = " + n + (n == 1 ? " pair" : " pairs");
	}
}

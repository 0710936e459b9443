package org.safeguarding.audit.generate;

/**
 * Synthetic ids ({@code P000001}, {@code E000001}...) derived from the baby's index and a slot,
 * so that a baby keeps its ids in every drop and no two babies share one.
 */
final class Ids {

	/** Person slots: 0 baby, 1 mother, 2 father, 3 partner, 4 other carer, 5 other member, 7 never written. */
	static final int UNKNOWN_PERSON_SLOT = 7;

	static final int MAX_EVENTS = 250;

	private Ids() {
	}

	static String person(long index, int slot) {
		return of('P', index * 8 + slot + 1);
	}

	static String relationship(long index, int slot) {
		return of('L', index * 8 + slot + 1);
	}

	static String episode(long index, int slot) {
		return of('E', index * 4 + slot + 1);
	}

	static String plan(long index, int slot) {
		return of('C', index * 4 + slot + 1);
	}

	static String assessment(long index, int slot) {
		return of('A', index * 4 + slot + 1);
	}

	static String factors(long index, int slot) {
		return of('F', index * 4 + slot + 1);
	}

	static String event(long index, int slot) {
		return of('V', index * 256 + slot + 1);
	}

	static String of(char prefix, long number) {
		String digits = Long.toString(number);
		StringBuilder id = new StringBuilder(Math.max(7, digits.length() + 1)).append(prefix);
		for (int i = digits.length(); i < 6; i++) {
			id.append('0');
		}
		return id.append(digits).toString();
	}
}

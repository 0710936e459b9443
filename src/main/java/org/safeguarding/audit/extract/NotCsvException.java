package org.safeguarding.audit.extract;

/**
 * A file cannot be read as CSV at all (unclosed quote, NUL character, invalid UTF-8), so no
 * record after {@link #line()} can be trusted; {@link DropInspector} turns it into a refused drop.
 */
public final class NotCsvException extends RuntimeException {

	private final int line;

	NotCsvException(int line, String message) {
		super(message);
		this.line = line;
	}

	/** The physical line (header = 1) where the problem starts. */
	public int line() {
		return this.line;
	}

}

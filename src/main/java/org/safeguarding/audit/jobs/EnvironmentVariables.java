package org.safeguarding.audit.jobs;

/**
 * The environment variables a job names for its source's address and credentials. An interface so
 * that tests supply values without touching the process's real environment.
 */
@FunctionalInterface
interface EnvironmentVariables {

	/** The variable's value, or null when it is not set. */
	String get(String name);

	static EnvironmentVariables system() {
		return System::getenv;
	}

	/**
	 * The value of the variable that {@code source.<field>} names; unset or empty refuses the pull,
	 * naming the variable and never a value.
	 */
	default String require(String name, String field) {
		String value = get(name);
		if (value == null || value.isBlank()) {
			throw new DropPullException("source." + field + ": the environment variable " + name
					+ " is not set or is empty");
		}
		return value;
	}
}

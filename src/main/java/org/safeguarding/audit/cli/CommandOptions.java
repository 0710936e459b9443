package org.safeguarding.audit.cli;

import org.safeguarding.audit.run.RunFailures;
import org.safeguarding.audit.run.AuditRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} options of one command, checked against the names it accepts. */
public final class CommandOptions {

	private final String command;

	private final Map<String, String> values = new LinkedHashMap<>();

	private CommandOptions(String command) {
		this.command = command;
	}

	/** Parses {@code --name value} and {@code --name=value}; refuses unknown, repeated or valueless options. */
	public static CommandOptions parse(String command, List<String> args, Set<String> accepted) {
		CommandOptions options = new CommandOptions(command);
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new UsageException(command + ": unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String value;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				value = args.get(++i);
			}
			else {
				throw new UsageException(command + ": option --" + name + " needs a value");
			}
			if (!accepted.contains(name)) {
				throw new UsageException(command + ": unknown option --" + name);
			}
			if (options.values.put(name, value) != null) {
				throw new UsageException(command + ": option --" + name + " is given twice");
			}
		}
		return options;
	}

	public String required(String name) {
		String value = this.values.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException(this.command + ": option --" + name + " is required");
		}
		return value;
	}

	public String optional(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	public Path path(String name) {
		return Path.of(required(name));
	}

	public int integer(String name, String fallback, int min, int max) {
		String text = (this.values.containsKey(name) || fallback == null) ? required(name) : fallback;
		try {
			int value = Integer.parseInt(text.trim());
			if (value < min || value > max) {
				throw new UsageException(this.command + ": --" + name + " must be from " + min + " to " + max
						+ " (was " + text + ")");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new UsageException(this.command + ": --" + name + " must be a whole number (was '" + text + "')");
		}
	}

	public long longValue(String name) {
		String text = required(name);
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new UsageException(this.command + ": --" + name + " must be a whole number (was '" + text + "')");
		}
	}

	public double decimal(String name, String fallback) {
		String text = (this.values.containsKey(name)) ? this.values.get(name) : fallback;
		try {
			return Double.parseDouble(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new UsageException(this.command + ": --" + name + " must be a number (was '" + text + "')");
		}
	}

	/** A command line that cannot be run as given: exit code 2. */
	public static final class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message);
		}
	}
}

package org.safeguarding.audit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.safeguarding.audit.security.InvalidUserException;
import org.safeguarding.audit.security.Passwords;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code add-user} and {@code disable-user}: how an administrator on the server adds the first
 * user and looks after the others. A generated password is printed once, as the last line.
 */
final class UserCommands {

	private UserCommands() {
	}

	static int addUser(List<String> args, InputStream stdin, PrintStream out) throws IOException {
		boolean fromStdin = args.contains("--password-stdin");
		CommandOptions options = CommandOptions.parse("add-user",
				args.stream().filter(a -> !a.equals("--password-stdin")).toList(), Set.of("username", "role"));
		String username = options.required("username");
		Set<Role> roles;
		try {
			roles = Role.parseList(options.required("role"));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandOptions.UsageException("add-user: --role: " + ex.getMessage());
		}
		String password = fromStdin ? readPassword(stdin) : Passwords.generate();
		try {
			Passwords.check(password);
		}
		catch (InvalidUserException ex) {
			throw new CommandOptions.UsageException("add-user: " + ex.getMessage());
		}
		try (ConfigurableApplicationContext context = Cli.start()) {
			boolean created = context.getBean(UserAccounts.class).save(username, roles, password, by(), null);
			out.println((created ? "created" : "updated") + " user " + username.strip().toLowerCase(java.util.Locale.ROOT)
					+ " with roles " + String.join(",", roles.stream().map(Role::name).sorted().toList()));
			if (!fromStdin) {
				out.println("password: " + password);
			}
			return Cli.OK;
		}
		catch (InvalidUserException ex) {
			throw new CommandOptions.UsageException("add-user: " + ex.getMessage());
		}
	}

	static int disableUser(List<String> args, PrintStream out) {
		CommandOptions options = CommandOptions.parse("disable-user", args, Set.of("username"));
		try (ConfigurableApplicationContext context = Cli.start()) {
			context.getBean(UserAccounts.class).disable(options.required("username"), by(), null);
			out.println("disabled user " + options.required("username").strip().toLowerCase(java.util.Locale.ROOT));
			return Cli.OK;
		}
		catch (InvalidUserException ex) {
			throw new CommandOptions.UsageException("disable-user: " + ex.getMessage());
		}
	}

	/** The first line of standard input, without its line end. */
	private static String readPassword(InputStream stdin) throws IOException {
		String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
		if (line == null) {
			throw new CommandOptions.UsageException("add-user: --password-stdin: standard input is empty");
		}
		return line;
	}

	static String by() {
		return "command line (" + System.getProperty("user.name") + ")";
	}
}

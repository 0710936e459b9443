package org.safeguarding.audit.cli;

import java.io.PrintStream;

/** The command line for tests of other packages, as a script calls it. */
public final class CliAccess {

	private CliAccess() {
	}

	/** Runs a command with standard output discarded; returns its exit code. */
	public static int run(String[] args, PrintStream err) {
		return Cli.run(args, new PrintStream(java.io.OutputStream.nullOutputStream()), err);
	}
}

package org.safeguarding.audit;

import org.safeguarding.audit.cli.Cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The application: command-line runs of the audit over PostgreSQL (see {@link Cli}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeguardingAuditApplication {

	public static void main(String[] args) {
		Cli.main(args);
	}
}

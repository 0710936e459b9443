package org.safeguarding.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The application: command-line runs of the audit over PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeguardingAuditApplication {

	public static void main(String[] args) {
		SpringApplication.run(SafeguardingAuditApplication.class, args);
	}
}

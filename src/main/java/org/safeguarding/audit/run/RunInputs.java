package org.safeguarding.audit.run;

import java.nio.file.Path;
import java.time.LocalDate;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.extract.Drop;
import org.safeguarding.audit.extract.DropInspector;
import org.safeguarding.audit.report.PublishTarget;

/**
 * What one job execution works on, read from its parameters once: the period, the audit tool
 * and the inspected drop, with the folder it will publish to checked. Reading them throws the
 * one-line reason a run is refused (a period that is not over, an output folder it may not
 * replace, a wrong tool definition, a drop to refuse) before anything is written.
 */
public class RunInputs {

	private final AuditPeriod period;

	private final AuditTool tool;

	private final Drop drop;

	RunInputs(String period, String tool, String extract, String out) {
		try {
			this.period = AuditPeriod.parse(period).ended(LocalDate.now(AuditPeriod.PARTNERSHIP_ZONE));
			if (out != null) {
				PublishTarget.check(Path.of(out), Path.of(extract));
			}
		}
		catch (IllegalArgumentException ex) {
			throw new RunInputException(ex.getMessage(), ex);
		}
		this.tool = AuditToolLoader.loadLocation(tool);
		this.drop = new DropInspector().inspect(Path.of(extract));
		// extract-format.md: every warning of a run is printed on standard error (and kept with the run).
		this.drop.warnings().forEach(warning -> System.err.println("warning: " + warning));
	}

	public AuditPeriod period() {
		return this.period;
	}

	public AuditTool tool() {
		return this.tool;
	}

	public Drop drop() {
		return this.drop;
	}
}

package org.safeguarding.audit.run;

import java.nio.file.Path;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.extract.Drop;
import org.safeguarding.audit.extract.DropInspector;

/**
 * What one job execution works on, read from its parameters once: the period, the audit tool
 * and the inspected drop. Reading them throws the one-line reason a run is refused (a bad period,
 * a wrong tool definition, a drop to refuse) before anything is written.
 */
public class RunInputs {

	private final AuditPeriod period;

	private final AuditTool tool;

	private final Drop drop;

	RunInputs(String period, String tool, String extract) {
		this.period = AuditPeriod.parse(period);
		this.tool = AuditToolLoader.loadLocation(tool);
		this.drop = new DropInspector().inspect(Path.of(extract));
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

package org.safeguarding.audit.run;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a run is (service.md): {@code QUEUED} → {@code RUNNING} → {@code COMPLETED},
 * {@code FAILED}, {@code STOPPED} or {@code REFUSED} (the drop or the tool was refused: nothing
 * loaded); a scheduled run whose drop has not arrived waits as {@code WAITING_FOR_DROP}.
 */
public enum RunStatus {

	QUEUED, WAITING_FOR_DROP, RUNNING, COMPLETED, FAILED, STOPPED, REFUSED;

	/** Not ended: the same job and period cannot be queued again meanwhile. */
	public static final Set<RunStatus> ACTIVE = EnumSet.of(QUEUED, WAITING_FOR_DROP, RUNNING);

	public boolean active() {
		return ACTIVE.contains(this);
	}

	/** Only a failed or stopped run continues from where it ended. */
	public boolean restartable() {
		return this == FAILED || this == STOPPED;
	}
}

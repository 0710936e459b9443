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

	/** As a page shows it: the name with spaces ({@code WAITING FOR DROP}). */
	public String label() {
		return name().replace('_', ' ');
	}

	/** GOV.UK's tag colour for it on the pages (the word says it too, never the colour alone). */
	public String tagClass() {
		return switch (this) {
			case COMPLETED -> "govuk-tag govuk-tag--green";
			case FAILED, REFUSED -> "govuk-tag govuk-tag--red";
			case RUNNING -> "govuk-tag govuk-tag--blue";
			case WAITING_FOR_DROP -> "govuk-tag govuk-tag--yellow";
			case STOPPED -> "govuk-tag govuk-tag--orange";
			case QUEUED -> "govuk-tag govuk-tag--grey";
		};
	}

	/** Only a failed or stopped run continues from where it ended. */
	public boolean restartable() {
		return this == FAILED || this == STOPPED;
	}
}

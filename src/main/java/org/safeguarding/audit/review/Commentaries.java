package org.safeguarding.audit.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * QA officers' commentary on a period (qa-review.md), overall and per criterion: plain text up to
 * 2,000 characters, each edit a new version, the newest shown, none changed or deleted.
 */
@Component
public class Commentaries {

	static final int MAX = 2000;

	/** How the overall commentary is stored (criterion column), so one unique key covers both kinds. */
	private static final String OVERALL = "";

	private final JdbcClient jdbc;

	private final PeriodCases cases;

	private final IdentifierCheck identifiers;

	Commentaries(JdbcClient jdbc, PeriodCases cases, IdentifierCheck identifiers) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.identifiers = identifiers;
	}

	/**
	 * Saves the text as the next version of the period's overall commentary ({@code criterion}
	 * empty) or that criterion's; {@code version} is the one edited (0 for none).
	 * @throws InvalidInputException a field is wrong (including a text naming a person of the tool's extracts)
	 * @throws EditConflictException someone saved a newer version since
	 */
	public Commentary save(String toolId, String period, String criterion, String text, int version, String author) {
		String tool = Inputs.required("toolId", toolId);
		YearMonth month = Inputs.period(period);
		String body = Inputs.text("text", text, 0, MAX);
		Inputs.atLeast("version", version, 0);
		String by = Inputs.required("author", author);
		String key = (criterion == null || criterion.isBlank()) ? OVERALL : criterion.strip();
		long run = this.cases.run(tool, month);
		if (!key.isEmpty() && !this.cases.criteria(run).contains(key)) {
			throw new InvalidInputException("criterion",
					"criterion " + Inputs.quoted(key) + " is not a criterion of tool '" + tool + "'");
		}
		this.identifiers.refuse("text", body, tool);
		return this.jdbc.sql("""
				insert into commentary (tool_id, period, criterion, version, body, written_by, written_at)
				select :tool, :period, :criterion, :version + 1, :body, :by, :at
				where (select coalesce(max(version), 0) from commentary
				       where tool_id = :tool and period = :period and criterion = :criterion) = :version
				on conflict (tool_id, period, criterion, version) do nothing
				returning *""")
			.param("tool", tool).param("period", month.toString()).param("criterion", key).param("version", version)
			.param("body", body).param("by", by).param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query((rs, i) -> commentary(rs))
			.optional()
			.orElseThrow(() -> conflict(tool, month, key, version));
	}

	/** The newest version of each of the period's commentaries: overall first, then by criterion; withdrawn ones left out. */
	public List<Commentary> current(String toolId, String period) {
		return this.jdbc.sql("""
				select * from (
				    select distinct on (criterion) * from commentary
				    where tool_id = :tool and period = :period order by criterion, version desc
				) newest where body <> '' order by criterion""")
			.param("tool", toolId)
			.param("period", Inputs.period(period).toString())
			.query((rs, i) -> commentary(rs))
			.list();
	}

	/** Every version of the overall ({@code criterion} empty) or a criterion's commentary, newest first. */
	public List<Commentary> history(String toolId, String period, String criterion) {
		return this.jdbc.sql("""
				select * from commentary where tool_id = :tool and period = :period and criterion = :criterion
				order by version desc""")
			.param("tool", toolId)
			.param("period", Inputs.period(period).toString())
			.param("criterion", (criterion == null) ? OVERALL : criterion.strip())
			.query((rs, i) -> commentary(rs))
			.list();
	}

	private EditConflictException conflict(String tool, YearMonth period, String criterion, int edited) {
		List<Commentary> history = history(tool, period.toString(), criterion);
		String which = criterion.isEmpty() ? "the overall commentary" : "the commentary on " + criterion;
		if (history.isEmpty()) {
			return new EditConflictException(which + " of " + period + " has no version " + edited + " yet (version 0)", 0);
		}
		Commentary newest = history.get(0);
		return new EditConflictException(which + " of " + period + " was saved by " + newest.writtenBy() + " (version "
				+ newest.version() + ") after the version you edited (" + edited + "): reload it and edit again",
				newest.version());
	}

	private static Commentary commentary(ResultSet rs) throws SQLException {
		String criterion = rs.getString("criterion");
		return new Commentary(rs.getString("tool_id"), YearMonth.parse(rs.getString("period")),
				criterion.isEmpty() ? null : criterion, rs.getInt("version"), rs.getString("body"),
				rs.getString("written_by"), rs.getObject("written_at", OffsetDateTime.class));
	}
}

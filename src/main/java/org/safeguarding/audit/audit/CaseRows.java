package org.safeguarding.audit.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * Reads the rows of the {@code sql/queries/case-*.sql} queries into the parts of a case file, by
 * column position: the first column is always the child's id.
 */
final class CaseRows {

	private CaseRows() {
	}

	static CaseFile.Person person(ResultSet rs, int rowNum) throws SQLException {
		return new CaseFile.Person(rs.getString(1), rs.getString(2), date(rs, 3), date(rs, 4));
	}

	static CaseFile.Episode episode(ResultSet rs, int rowNum) throws SQLException {
		return new CaseFile.Episode(rs.getString(2), date(rs, 3), date(rs, 4), rs.getString(5));
	}

	static CaseFile.Relationship relationship(ResultSet rs, int rowNum) throws SQLException {
		return new CaseFile.Relationship(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getBoolean(6), date(rs, 7), date(rs, 8));
	}

	static CaseFile.Event event(ResultSet rs, int rowNum) throws SQLException {
		return new CaseFile.Event(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6),
				date(rs, 7), rs.getBoolean(8), rs.getString(9));
	}

	static CaseFile.CpPlan plan(ResultSet rs, int rowNum) throws SQLException {
		return new CaseFile.CpPlan(rs.getString(2), date(rs, 3), date(rs, 4));
	}

	static CaseFile.Assessment assessment(ResultSet rs, int rowNum) throws SQLException {
		Array codes = rs.getArray(5);
		Set<String> factors = Set.copyOf(Arrays.asList((String[]) codes.getArray()));
		return new CaseFile.Assessment(rs.getString(2), date(rs, 3), date(rs, 4), factors);
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}

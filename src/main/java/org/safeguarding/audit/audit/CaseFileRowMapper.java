package org.safeguarding.audit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;

/** Maps a row of {@code sql/queries/case-files.sql} (the person, with JSON arrays) to a case file. */
public class CaseFileRowMapper implements RowMapper<CaseFile> {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TypeReference<List<CaseFile.Episode>> EPISODES = new TypeReference<>() {
	};

	private static final TypeReference<List<CaseFile.Relationship>> RELATIONSHIPS = new TypeReference<>() {
	};

	private static final TypeReference<List<CaseFile.Event>> EVENTS = new TypeReference<>() {
	};

	private static final TypeReference<List<CaseFile.CpPlan>> PLANS = new TypeReference<>() {
	};

	private static final TypeReference<List<CaseFile.Assessment>> ASSESSMENTS = new TypeReference<>() {
	};

	@Override
	public CaseFile mapRow(ResultSet rs, int rowNum) throws SQLException {
		CaseFile.Person child = new CaseFile.Person(rs.getString("id"), rs.getString("sex"),
				rs.getObject("dob", java.time.LocalDate.class), rs.getObject("expected_dob", java.time.LocalDate.class));
		return new CaseFile(child, read(rs, "episodes", EPISODES), read(rs, "relationships", RELATIONSHIPS),
				read(rs, "events", EVENTS), read(rs, "plans", PLANS), read(rs, "assessments", ASSESSMENTS));
	}

	private static <T> List<T> read(ResultSet rs, String column, TypeReference<List<T>> type) throws SQLException {
		return json.readValue(rs.getString(column), type);
	}
}

package org.safeguarding.audit.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.safeguarding.audit.store.SqlQueries;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * Reads a case file for each child with an episode referred by the audit date, in byte order of
 * id: one query per extract table ({@code sql/queries/case-*.sql}), each ordered by child id and
 * streamed through a server-side cursor, merged here on the child id. Only one child's rows are
 * held at a time. The cursors share one read-only transaction on a connection of the reader's
 * own (not the chunk's), so every table is read as of one snapshot. A partitioned step gives each
 * reader a range of ids ({@link CaseRanges}); without one it reads the whole cohort. On restart it
 * resumes after the last case id of the last committed chunk.
 */
public class CaseFileReader implements ItemStreamReader<CaseFile> {

	/** Where the last case id read is kept in the step's execution context. */
	static final String LAST_CASE_ID = "caseFileReader.lastCaseId";

	/** The id just before this reader's range ('' or absent: from the first). */
	static final String RANGE_AFTER = "caseFileReader.after";

	/** The last id of this reader's range ('' or absent: to the last). */
	static final String RANGE_UP_TO = "caseFileReader.upTo";

	private static final int FETCH_SIZE = 2000;

	private final DataSource dataSource;

	private final Map<String, Object> parameters;

	private final List<ChildRows<?>> cursors = new ArrayList<>();

	private Connection connection;

	private ChildRows<CaseFile.Person> persons;

	private ChildRows<CaseFile.Episode> episodes;

	private ChildRows<CaseFile.Relationship> relationships;

	private ChildRows<CaseFile.Event> events;

	private ChildRows<CaseFile.CpPlan> plans;

	private ChildRows<CaseFile.Assessment> assessments;

	private String lastCaseId;

	private String upTo;

	public CaseFileReader(DataSource dataSource, long loadId, LocalDate auditDate) {
		this.dataSource = dataSource;
		this.parameters = Map.of("loadId", loadId, "auditDate", auditDate);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.lastCaseId = executionContext.getString(LAST_CASE_ID, executionContext.getString(RANGE_AFTER, ""));
		this.upTo = executionContext.getString(RANGE_UP_TO, "");
		try {
			this.connection = this.dataSource.getConnection();
			this.connection.setAutoCommit(false);
			this.connection.setReadOnly(true);
			this.connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			this.persons = open("case-persons.sql", CaseRows::person);
			this.episodes = open("case-episodes.sql", CaseRows::episode);
			this.relationships = open("case-relationships.sql", CaseRows::relationship);
			this.events = open("case-events.sql", CaseRows::event);
			this.plans = open("case-plans.sql", CaseRows::plan);
			this.assessments = open("case-assessments.sql", CaseRows::assessment);
		}
		catch (SQLException ex) {
			close();
			throw new ItemStreamException("cannot open the case file queries: " + ex.getMessage(), ex);
		}
	}

	@Override
	public CaseFile read() throws SQLException {
		String id = this.persons.child();
		if (id == null) {
			return null;
		}
		CaseFile file = new CaseFile(this.persons.take(), this.episodes.rowsOf(id), this.relationships.rowsOf(id),
				this.events.rowsOf(id), this.plans.rowsOf(id), this.assessments.rowsOf(id));
		this.lastCaseId = id;
		return file;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		if (this.lastCaseId != null && !this.lastCaseId.isEmpty()) {
			executionContext.putString(LAST_CASE_ID, this.lastCaseId);
		}
	}

	@Override
	public void close() {
		if (this.connection == null) {
			return;
		}
		try (Connection own = this.connection) {
			for (ChildRows<?> cursor : this.cursors) {
				cursor.close();
			}
			own.rollback();
		}
		catch (SQLException ex) {
			throw new ItemStreamException("cannot close the case file queries: " + ex.getMessage(), ex);
		}
		finally {
			this.cursors.clear();
			this.connection = null;
		}
	}

	private <T> ChildRows<T> open(String query, RowMapper<T> mapper) throws SQLException {
		String sql = SqlQueries.get(query);
		Map<String, Object> values = new HashMap<>(this.parameters);
		values.put("after", this.lastCaseId);
		values.put("upTo", this.upTo);
		var source = new MapSqlParameterSource(values);
		PreparedStatement statement = this.connection
			.prepareStatement(NamedParameterUtils.substituteNamedParameters(sql, source));
		Object[] arguments = NamedParameterUtils.buildValueArray(sql, values);
		for (int i = 0; i < arguments.length; i++) {
			statement.setObject(i + 1, arguments[i]);
		}
		statement.setFetchSize(FETCH_SIZE);
		ChildRows<T> cursor = new ChildRows<>(query, statement, mapper);
		this.cursors.add(cursor);
		return cursor;
	}
}

package org.safeguarding.audit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The long queries of {@code sql/queries/}, read from the classpath once each. */
public final class SqlQueries {

	private static final Map<String, String> cache = new ConcurrentHashMap<>();

	private SqlQueries() {
	}

	/** The text of {@code sql/queries/<name>}, e.g. {@code get("case-persons.sql")}. */
	public static String get(String name) {
		return cache.computeIfAbsent(name, SqlQueries::read);
	}

	/**
	 * The query with its {@code {placeholder}}s replaced. Only for identifiers from the code's own
	 * fixed definitions: values from input are always bound as parameters.
	 */
	public static String get(String name, Map<String, String> identifiers) {
		String sql = get(name);
		for (Map.Entry<String, String> entry : identifiers.entrySet()) {
			sql = sql.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		if (sql.matches("(?s).*\\{[a-z_]+\\}.*")) {
			throw new IllegalArgumentException("sql/queries/" + name + " has a placeholder left unfilled");
		}
		return sql;
	}

	private static String read(String name) {
		String path = "/sql/queries/" + name;
		try (InputStream in = SqlQueries.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("query " + path + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

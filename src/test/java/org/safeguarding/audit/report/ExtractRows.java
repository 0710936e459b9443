package org.safeguarding.audit.report;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The extract files and rejected rows of the run under test's load, with ids in reasons and raw lines, and their kinds. */
final class ExtractRows {

	private ExtractRows() {
	}

	static void insert(JdbcClient jdbc, long loadId) {
		file(jdbc, loadId, "ssd_person.csv", "ssd_person", 120, 117, 3);
		file(jdbc, loadId, "ssd_cin_episodes.csv", "ssd_cin_episodes", 95, 94, 1);
		file(jdbc, loadId, "ext_agency_events.csv", "ext_agency_events", 5000, 4990, 10);
		file(jdbc, loadId, "ext_agency_events_2.csv", "ext_agency_events", 1000, 1000, 0);
		rejected(jdbc, loadId, "ssd_person.csv", 7, "ssd_person", "PERSON-0007", "pers_dob '2026-13-45' is not a valid date",
				"pers_dob:not_a_date");
		rejected(jdbc, loadId, "ssd_person.csv", 8, "ssd_person", "PERSON-0008", "pers_dob 'yesterday' is not a valid date",
				"pers_dob:not_a_date");
		rejected(jdbc, loadId, "ssd_person.csv", 9, "ssd_person", "PERSON-0009", "pers_sex 'X' is not one of M, F, U, I",
				"pers_sex:not_a_code");
		rejected(jdbc, loadId, "ssd_cin_episodes.csv", 4, "ssd_cin_episodes", "REF-0001",
				"unknown person 'PERSON-0999'", "cine_person_id:unknown_reference");
		for (int line = 10; line < 16; line++) {
			rejected(jdbc, loadId, "ext_agency_events.csv", line, "ext_agency_events", "EVT-00" + line,
					"evnt_event_date '31/02/2026' is not a valid date", "evnt_event_date:not_a_date");
		}
		for (int line = 40; line < 44; line++) {
			rejected(jdbc, loadId, "ext_agency_events.csv", line, "ext_agency_events", "EVT-00" + line,
					"duplicate evnt_event_id 'EVT-00" + line + "' (first read at ext_agency_events.csv line 2)",
					"evnt_event_id:duplicate");
		}
	}

	private static void file(JdbcClient jdbc, long loadId, String name, String table, int read, int loaded, int rejected) {
		jdbc.sql("insert into extract_file values (?, ?, ?, 1000, ?, null, ?, ?, ?)")
			.params(loadId, name, table, "0".repeat(64), read, loaded, rejected)
			.update();
	}

	private static void rejected(JdbcClient jdbc, long loadId, String file, int line, String table, String id, String reason,
			String kind) {
		jdbc.sql("insert into rejected_row (load_id, file_name, line_no, table_name, record_id, reason, raw_line, "
				+ "reason_kind) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(loadId, file, line, table, id, reason, id + ",raw,line," + line, kind)
			.update();
	}
}

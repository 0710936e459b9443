package org.safeguarding.audit.report;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The extract files and rejected rows of the run under test's load, with ids in reasons and raw lines. */
final class ExtractRows {

	private ExtractRows() {
	}

	static void insert(JdbcClient jdbc, long loadId) {
		file(jdbc, loadId, "ssd_person.csv", "ssd_person", 120, 117, 3);
		file(jdbc, loadId, "ssd_cin_episodes.csv", "ssd_cin_episodes", 95, 94, 1);
		file(jdbc, loadId, "ext_agency_events.csv", "ext_agency_events", 5000, 4990, 10);
		file(jdbc, loadId, "ext_agency_events_2.csv", "ext_agency_events", 1000, 1000, 0);
		rejected(jdbc, loadId, "ssd_person.csv", 7, "ssd_person", "PERSON-0007", "pers_dob '2026-13-45' is not a valid date");
		rejected(jdbc, loadId, "ssd_person.csv", 8, "ssd_person", "PERSON-0008", "pers_dob 'yesterday' is not a valid date");
		rejected(jdbc, loadId, "ssd_person.csv", 9, "ssd_person", "PERSON-0009", "pers_sex 'X' is not one of M, F, U, I");
		rejected(jdbc, loadId, "ssd_cin_episodes.csv", 4, "ssd_cin_episodes", "REF-0001",
				"cine_person_id \"PERSON-0999\" is not in ssd_person");
		for (int line = 10; line < 16; line++) {
			rejected(jdbc, loadId, "ext_agency_events.csv", line, "ext_agency_events", "EVT-00" + line,
					"evnt_event_date '31/02/2026' is not a valid date");
		}
		for (int line = 40; line < 44; line++) {
			rejected(jdbc, loadId, "ext_agency_events.csv", line, "ext_agency_events", "EVT-00" + line,
					"duplicate evnt_event_id EVT-00" + line);
		}
	}

	private static void file(JdbcClient jdbc, long loadId, String name, String table, int read, int loaded, int rejected) {
		jdbc.sql("insert into extract_file values (?, ?, ?, 1000, ?, null, ?, ?, ?)")
			.params(loadId, name, table, "0".repeat(64), read, loaded, rejected)
			.update();
	}

	private static void rejected(JdbcClient jdbc, long loadId, String file, int line, String table, String id, String reason) {
		jdbc.sql("insert into rejected_row values (?, ?, ?, ?, ?, ?, ?)")
			.params(loadId, file, line, table, id, reason, id + ",raw,line," + line)
			.update();
	}
}

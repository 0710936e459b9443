package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableTests {

	private static final List<String> SOURCE_COLUMNS = List.of("load_id", "file_name", "line_no", "raw_line");

	@ParameterizedTest
	@EnumSource(Table.class)
	void dbColumnsAreTheTypedColumnsOfTheMigrationInOrder(Table table) throws IOException {
		assertThat(table.dbColumns()).isEqualTo(ddlColumns().get(table.tableName()));
	}

	@Test
	void factorTableStoresTheJsonAndTheParsedCodes() {
		assertThat(Table.SSD_ASSESSMENT_FACTORS.dbColumns()).containsExactly("cinf_table_id", "cinf_assessment_id",
				"cinf_assessment_factors_json", "cinf_factors");
	}

	@Test
	void namesAndIdColumns() {
		assertThat(Table.SSD_PERSON.tableName()).isEqualTo("ssd_person");
		assertThat(Table.SSD_PERSON.idColumn()).isEqualTo("pers_person_id");
		assertThat(Table.SSD_CIN_EPISODES.idColumn()).isEqualTo("cine_referral_id");
		assertThat(Table.SSD_CP_PLANS.idColumn()).isEqualTo("cppl_cp_plan_id");
		assertThat(Table.SSD_CIN_ASSESSMENTS.idColumn()).isEqualTo("cina_assessment_id");
		assertThat(Table.SSD_ASSESSMENT_FACTORS.idColumn()).isEqualTo("cinf_table_id");
		assertThat(Table.EXT_PERSON_RELATIONSHIP.idColumn()).isEqualTo("rela_relationship_id");
		assertThat(Table.EXT_AGENCY_EVENTS.tableName()).isEqualTo("ext_agency_events");
		assertThat(Table.EXT_AGENCY_EVENTS.idColumn()).isEqualTo("evnt_event_id");
	}

	@Test
	void fileBelongsToTheTableItsNameStartsWith() {
		assertThat(Table.forFileName("ssd_person.csv")).contains(Table.SSD_PERSON);
		assertThat(Table.forFileName("ext_agency_events_midwifery.csv")).contains(Table.EXT_AGENCY_EVENTS);
		assertThat(Table.forFileName("ext_agency_events_police.csv")).contains(Table.EXT_AGENCY_EVENTS);
		assertThat(Table.forFileName("ssd_cin_assessments.csv")).contains(Table.SSD_CIN_ASSESSMENTS);
		assertThat(Table.forFileName("ssd_cin_episodes.csv")).contains(Table.SSD_CIN_EPISODES);
	}

	@Test
	void fileNameMatchesCaseInsensitively() {
		assertThat(Table.forFileName("SSD_Person_2026-05.CSV")).contains(Table.SSD_PERSON);
	}

	@Test
	void fileNameMatchingNoTable() {
		assertThat(Table.forFileName("persons.csv")).isEqualTo(Optional.empty());
		assertThat(Table.forFileName("ssd_cin.csv")).isEmpty();
		assertThat(Table.forFileName("x_ssd_person.csv")).isEmpty();
	}

	private static Map<String, List<String>> ddlColumns() throws IOException {
		String sql = Files.readString(Path.of("sql/migration/V2__extract_tables.sql"));
		Map<String, List<String>> tables = new LinkedHashMap<>();
		Matcher table = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL).matcher(sql);
		while (table.find()) {
			List<String> columns = new ArrayList<>();
			for (String line : table.group(2).strip().split("\\n")) {
				String column = line.strip().split("\\s+")[0];
				if (!SOURCE_COLUMNS.contains(column)) {
					columns.add(column);
				}
			}
			tables.put(table.group(1), columns);
		}
		return tables;
	}

}

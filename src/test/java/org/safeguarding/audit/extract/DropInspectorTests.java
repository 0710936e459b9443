package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropInspectorTests {

	private static final String PERSON = "pers_person_id,pers_sex,pers_dob,pers_expected_dob\nP1,M,2026-01-01,\n";

	private static final String EVENTS = "evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,"
			+ "evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason\n";

	private final DropInspector inspector = new DropInspector();

	@TempDir
	Path folder;

	@Test
	void describesEveryFileOfAGoodDrop() throws Exception {
		write("ssd_person.csv", PERSON);
		write("ext_agency_events_gp.csv", EVENTS + "E1,P1,,GP,GP_NOTIFIED,2026-02-01,,,\n");

		Drop drop = this.inspector.inspect(this.folder);

		assertThat(drop.folder()).isEqualTo(this.folder);
		assertThat(drop.warnings()).isEmpty();
		assertThat(drop.files()).extracting(DropFile::name).containsExactly("ext_agency_events_gp.csv", "ssd_person.csv");
		DropFile person = drop.files().get(1);
		assertThat(person.table()).isEqualTo(Table.SSD_PERSON);
		assertThat(person.sizeBytes()).isEqualTo(PERSON.getBytes(StandardCharsets.UTF_8).length);
		// sha256sum of the file's bytes
		assertThat(person.sha256()).isEqualTo("840f21309ddfa9715c5c396484dfda29d3e693a9eac8f7018b7e7f99452c4f98");
		assertThat(person.header()).containsExactly("pers_person_id", "pers_sex", "pers_dob", "pers_expected_dob");
		assertThat(person.ignoredColumns()).isEmpty();
		assertThat(drop.files().get(0).table()).isEqualTo(Table.EXT_AGENCY_EVENTS);
	}

	@Test
	void fingerprintIsTheHashOfNamesAndFileHashesInOrder() throws Exception {
		write("ssd_person.csv", PERSON);
		write("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,"
				+ "cine_referral_team\n");

		Drop drop = this.inspector.inspect(this.folder);

		// sha256sum of each file, then of the lines "name<TAB>sha256" (printf '%s\t%s\n' ... | sha256sum)
		assertThat(drop.files()).extracting(DropFile::sha256)
			.containsExactly("d4b4c0ad01347abbfd28db8ef556f15424d03285ad6c17c8355dd3b44004a55b",
					"840f21309ddfa9715c5c396484dfda29d3e693a9eac8f7018b7e7f99452c4f98");
		assertThat(drop.fingerprint()).isEqualTo("431268a756eabd76f45aabfccc8cef8151fbb3c325bb6befd92b11d98092b5a9");
	}

	@Test
	void fingerprintIsStableForTheSameFilesWhereverTheyAre(@TempDir Path other) throws Exception {
		write("ssd_person.csv", PERSON);
		Files.writeString(other.resolve("ssd_person.csv"), PERSON);

		assertThat(this.inspector.inspect(this.folder).fingerprint())
			.isEqualTo(this.inspector.inspect(this.folder).fingerprint())
			.isEqualTo(this.inspector.inspect(other).fingerprint());
	}

	@Test
	void fingerprintChangesWithContentOrName() throws Exception {
		write("ssd_person.csv", PERSON);
		String before = this.inspector.inspect(this.folder).fingerprint();
		write("ssd_person.csv", PERSON + "P2,F,,\n");
		String changed = this.inspector.inspect(this.folder).fingerprint();
		Files.move(this.folder.resolve("ssd_person.csv"), this.folder.resolve("ssd_person_2.csv"));
		String renamed = this.inspector.inspect(this.folder).fingerprint();

		assertThat(List.of(before, changed, renamed)).doesNotHaveDuplicates();
	}

	@Test
	void filesAreInByteOrderOfTheirUtf8Names() throws Exception {
		assumeThat(System.getProperty("sun.jnu.encoding")).isEqualTo("UTF-8");
		// U+FF21 (EF BC A1) sorts before U+1F600 (F0 9F 98 80) by bytes, after it by String.compareTo.
		List<String> names = List.of("SSD_PERSON.csv", "ext_agency_events_B.csv", "ext_agency_events_a.csv",
				"ext_agency_events_\uFF21.csv", "ext_agency_events_\uD83D\uDE00.csv", "ssd_person.csv");
		for (int i = names.size() - 1; i >= 0; i--) {
			write(names.get(i), names.get(i).startsWith("ext") ? EVENTS : PERSON);
		}

		assertThat(this.inspector.inspect(this.folder).files()).extracting(DropFile::name).containsExactlyElementsOf(names);
	}

	@Test
	void otherFilesAndSubFoldersAreIgnoredWithAWarning() throws Exception {
		write("ssd_person.csv", PERSON);
		write("readme.txt", "hello");
		write("ssd_person.csv.bak", "x");
		Files.createDirectory(this.folder.resolve("archive"));

		Drop drop = this.inspector.inspect(this.folder);

		assertThat(drop.files()).extracting(DropFile::name).containsExactly("ssd_person.csv");
		assertThat(drop.warnings()).containsExactly("sub-folder 'archive' was ignored",
				"file 'readme.txt' is not a .csv file and was ignored",
				"file 'ssd_person.csv.bak' is not a .csv file and was ignored");
	}

	@Test
	void extraColumnsAreIgnoredWithAWarning() throws Exception {
		write("ssd_person.csv", "nhs_no,pers_person_id,pers_sex,pers_dob,pers_expected_dob,\n1,P1,M,,,\n");

		Drop drop = this.inspector.inspect(this.folder);

		assertThat(drop.files().get(0).ignoredColumns()).containsExactly("nhs_no", "");
		assertThat(drop.warnings()).containsExactly("ssd_person.csv: column 'nhs_no' is not in the format and was ignored",
				"ssd_person.csv: a column with no name was ignored");
	}

	@Test
	void aHundredThousandExtraColumnsMakeOneWarningNamingTwentyAndCountingTheRest() throws Exception {
		StringBuilder header = new StringBuilder("pers_person_id,pers_sex,pers_dob,pers_expected_dob");
		for (int i = 1; i <= 100_000; i++) {
			header.append(",c").append(i);
		}
		write("ssd_person.csv", header + "\n");

		Drop drop = this.inspector.inspect(this.folder);

		assertThat(drop.warnings()).hasSize(2).first().asString()
			.startsWith("ssd_person.csv: 100,000 columns not in the format were ignored: 'c1', 'c2', ")
			.endsWith(", 'c20' and 99,980 more")
			.doesNotContain("c21");
	}

	@Test
	void filesAndFoldersWhoseNamesBeginWithADotAreIgnoredWithAWarning() throws Exception {
		write("ssd_person.csv", PERSON);
		write("._ssd_person.csv", "\u0000\u0005Mac resource fork");
		Files.createDirectory(this.folder.resolve(".archive"));

		Drop drop = this.inspector.inspect(this.folder);

		assertThat(drop.files()).extracting(DropFile::name).containsExactly("ssd_person.csv");
		assertThat(drop.warnings()).containsExactly("'._ssd_person.csv' begins with '.' and was ignored",
				"'.archive' begins with '.' and was ignored");
	}

	@Test
	void aFifoIsRefusedByNameWithoutBeingOpened() throws Exception {
		write("ssd_person.csv", PERSON);
		Path fifo = this.folder.resolve("ext_agency_events_police.csv");
		assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).as("mkfifo").isZero();

		// Opening a FIFO with no writer would wait for ever: the test would hang, not fail.
		assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThatExceptionOfType(DropRefusedException.class)
			.isThrownBy(() -> this.inspector.inspect(this.folder))
			.withMessage("ext_agency_events_police.csv: not a regular file (a FIFO, a device or a socket); it was not opened"));
	}

	@Test
	void aPersonFileWithAHeaderButNoRowsGivesAWarning() throws Exception {
		write("ssd_person.csv", "pers_person_id,pers_sex,pers_dob,pers_expected_dob\n\n");

		assertThat(this.inspector.inspect(this.folder).warnings())
			.containsExactly("ssd_person has a header but no rows: no person was read, so no case can be audited");
	}

	@Test
	void everyPhysicalLineIsCountedCleanOrNot() throws Exception {
		// header, 2 records, a blank line, a record over 2 lines (quoted line break), CRLF ends, no last line end
		write("ssd_person.csv", "pers_person_id,pers_sex,pers_dob,pers_expected_dob\r\nP1,M,,\r\n\r\n"
				+ "\"P2\r\nX\",F,,\r\nP3,F,,");
		// the same with a stray quote, which the one-pass scan leaves to the record reader
		write("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,"
				+ "cine_referral_team\nE1,P1,2026-01-01,,\"oops\nE2,P1,2026-01-01,,\"North\"\n\n");

		Drop drop = this.inspector.inspect(this.folder);

		assertThat(drop.files()).extracting(DropFile::name, DropFile::lines)
			.containsExactly(tuple("ssd_cin_episodes.csv", 4L), tuple("ssd_person.csv", 6L));
	}

	@Test
	void upperCaseCsvExtensionIsACsvFile() throws Exception {
		write("SSD_PERSON.CSV", PERSON);

		assertThat(this.inspector.inspect(this.folder).files()).extracting(DropFile::table).containsExactly(Table.SSD_PERSON);
	}

	@Test
	void missingFolderIsRefused() {
		Path missing = this.folder.resolve("2026-05");

		assertThatExceptionOfType(DropRefusedException.class).isThrownBy(() -> this.inspector.inspect(missing))
			.withMessage("drop folder " + missing + " does not exist");
	}

	@Test
	void fileInsteadOfFolderIsRefused() throws Exception {
		Path file = write("ssd_person.csv", PERSON);

		assertThatExceptionOfType(DropRefusedException.class).isThrownBy(() -> this.inspector.inspect(file))
			.withMessage("drop folder " + file + " is not a folder");
	}

	@Test
	void dropWithoutPersonFileIsRefused() throws Exception {
		write("ext_agency_events_gp.csv", EVENTS);

		assertThatExceptionOfType(DropRefusedException.class).isThrownBy(() -> this.inspector.inspect(this.folder))
			.withMessage("drop folder " + this.folder + " has no ssd_person file");
	}

	@Test
	void csvFileOfNoTableIsRefused() throws Exception {
		write("ssd_person.csv", PERSON);
		write("Persons.CSV", PERSON);

		assertThatExceptionOfType(DropRefusedException.class).isThrownBy(() -> this.inspector.inspect(this.folder))
			.withMessage("Persons.CSV: the file name does not start with a table name (ssd_person, ssd_cin_episodes, "
					+ "ssd_cp_plans, ssd_cin_assessments, ssd_assessment_factors, ext_person_relationship, "
					+ "ext_agency_events)");
	}

	@Test
	void invalidUtf8IsRefusedNamingTheLine() throws Exception {
		byte[] latin1 = (PERSON + "P2,F,,\nP3,F,,\"Zo\u00EB\"\n").getBytes(StandardCharsets.ISO_8859_1);
		Files.write(this.folder.resolve("ssd_person.csv"), latin1);

		assertThatRefused("ssd_person.csv: line 4 is not valid UTF-8");
	}

	@Test
	void nulCharacterIsRefused() throws Exception {
		write("ssd_person.csv", PERSON + "P2\u0000,F,,\n");

		assertThatRefused("ssd_person.csv: line 3 contains a NUL character");
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		write("ssd_person.csv", "");

		assertThatRefused("ssd_person.csv: the file is empty; its first line must be the header");
	}

	@Test
	void fileOfOnlyBlankLinesIsRefusedAsEmpty() throws Exception {
		write("ssd_person.csv", "\uFEFF\n  \n");

		assertThatRefused("ssd_person.csv: the file is empty; its first line must be the header");
	}

	@Test
	void unclosedQuoteIsRefusedNamingWhereItStarted() throws Exception {
		write("ssd_person.csv", PERSON + "\"P2,F,,\nP3,F,,\n");

		assertThatRefused("ssd_person.csv: the quoted field starting on line 3 is never closed");
	}

	@Test
	void malformedHeaderIsRefused() throws Exception {
		write("ssd_person.csv", "pers_person_id,pers\"sex,pers_dob,pers_expected_dob\n");

		assertThatRefused("ssd_person.csv: the header on line 1 is not valid CSV: unexpected quote in unquoted field 2");
	}

	@Test
	void missingRequiredColumnIsRefused() throws Exception {
		write("ssd_person.csv", PERSON);
		write("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_close_date,cine_referral_team\n");

		assertThatRefused("ssd_cin_episodes.csv: required column 'cine_referral_date' is missing");
	}

	@Test
	void repeatedColumnIsRefused() throws Exception {
		write("ssd_person.csv", "pers_person_id,pers_sex,pers_dob,pers_expected_dob,Pers_Sex\n");

		assertThatRefused("ssd_person.csv: column 'Pers_Sex' appears twice in the header");
	}

	@Test
	void badDataRowsDoNotRefuseTheDrop() throws Exception {
		write("ssd_person.csv", PERSON + "P2,X,31/02/2026\n\"P3\"x,,,\n");

		assertThat(this.inspector.inspect(this.folder).files()).hasSize(1);
	}

	@Test
	void openUtf8ReadsStrictly() throws Exception {
		Path file = this.folder.resolve("x.csv");
		Files.write(file, new byte[] { 'a', (byte) 0xE9, 'b' });

		try (Reader reader = DropInspector.openUtf8(file)) {
			assertThat(reader.read()).isEqualTo('a');
			assertThatExceptionOfType(MalformedInputException.class).isThrownBy(reader::read);
		}
	}

	@Test
	void readingFromAnyCutGivesTheRestOfTheFileWithItsLineNumbers() throws Exception {
		// LF and CRLF line ends, a lone CR, line breaks inside quotes, blank lines, a byte-order mark
		StringBuilder text = new StringBuilder("\uFEFF" + EVENTS);
		for (int i = 0; i < 200; i++) {
			String end = i % 3 == 0 ? "\r\n" : i % 7 == 0 ? "\r" : "\n";
			text.append("E").append(i).append(",P1,,GP,GP_NOTIFIED,2026-02-01,,");
			text.append(i % 5 == 0 ? "\"a note\r\nover\nthree lines\"" : "é").append(",").append(end);
			if (i % 11 == 0) {
				text.append("\n");
			}
		}
		Path file = write("ext_agency_events_gp.csv", text.toString());
		List<DropFile.Cut> cuts = new ArrayList<>();

		assertThat(CsvByteScan.scan(file, Sha256.digest(), cuts, 100)).isPositive();

		assertThat(cuts).hasSizeGreaterThan(30);
		List<CsvRecord> whole = records(new CsvRecordReader(DropInspector.openUtf8(file)));
		for (DropFile.Cut cut : cuts) {
			byte[] bytes = Files.readAllBytes(file);
			assertThat(bytes[(int) cut.offset() - 1]).as("a cut follows a line feed").isEqualTo((byte) '\n');
			List<CsvRecord> rest = records(new CsvRecordReader(new Utf8Reader(new java.io.ByteArrayInputStream(bytes,
					(int) cut.offset(), bytes.length - (int) cut.offset())), cut.line()));
			assertThat(rest).as("from the cut at byte %d, line %d", cut.offset(), cut.line())
				.usingRecursiveFieldByFieldElementComparator()
				.containsExactlyElementsOf(whole.subList(whole.size() - rest.size(), whole.size()));
			assertThat(rest.get(0).line()).as("a blank line may come first").isGreaterThanOrEqualTo(cut.line());
		}
	}

	@Test
	void aFileIsDescribedWithWhereItCouldBeCut() throws Exception {
		String row = "E1,P1,,GP,GP_NOTIFIED,2026-02-01,,,\n";
		write("ext_agency_events_gp.csv", EVENTS + row.repeat(30_000));
		write("ssd_person.csv", PERSON);

		Drop drop = this.inspector.inspect(this.folder);

		List<DropFile.Cut> cuts = drop.files().get(0).cuts();
		long rows = (CsvByteScan.CUT_EVERY - EVENTS.length() + row.length() - 1) / row.length();
		assertThat(cuts.get(0)).isEqualTo(new DropFile.Cut(EVENTS.length() + rows * row.length(), 2 + (int) rows));
		assertThat(cuts).hasSize((int) (drop.files().get(0).sizeBytes() / CsvByteScan.CUT_EVERY));
		assertThat(drop.files().get(1).cuts()).as("smaller than the distance between cuts").isEmpty();
	}

	private static List<CsvRecord> records(CsvRecordReader reader) {
		List<CsvRecord> records = new ArrayList<>();
		for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
			records.add(record);
		}
		return records;
	}

	private void assertThatRefused(String message) {
		assertThatExceptionOfType(DropRefusedException.class).isThrownBy(() -> this.inspector.inspect(this.folder))
			.withMessage(message);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.folder.resolve(name), text);
	}

}

package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordReaderTests {

	@Test
	void readsRecordsWithPhysicalLineNumbersAndRawText() {
		List<CsvRecord> records = readAll("id,sex\nP1,M\nP2,F\n");

		assertThat(records).containsExactly(new CsvRecord(1, List.of("id", "sex"), "id,sex", null),
				new CsvRecord(2, List.of("P1", "M"), "P1,M", null), new CsvRecord(3, List.of("P2", "F"), "P2,F", null));
	}

	@Test
	void lastLineNeedsNoLineEnd() {
		assertThat(readAll("id\nP1")).extracting(CsvRecord::fields).containsExactly(List.of("id"), List.of("P1"));
	}

	@Test
	void endOfInputGivesNull() {
		assertThat(readAll("")).isEmpty();
		CsvRecordReader reader = new CsvRecordReader(new StringReader("a\n"));
		assertThat(reader.next()).isNotNull();
		assertThat(reader.next()).isNull();
		assertThat(reader.next()).isNull();
	}

	@Test
	void crlfEndsALine() {
		List<CsvRecord> records = readAll("id,sex\r\nP1,M\r\nP2,F\r\n");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
		assertThat(records).extracting(CsvRecord::raw).containsExactly("id,sex", "P1,M", "P2,F");
	}

	@Test
	void loneCrEndsALine() {
		List<CsvRecord> records = readAll("id\rP1\rP2");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
		assertThat(records).extracting(CsvRecord::raw).containsExactly("id", "P1", "P2");
	}

	@Test
	void leadingByteOrderMarkIsIgnored() {
		List<CsvRecord> records = readAll("\uFEFFpers_person_id,pers_sex\nP1,M\n");

		assertThat(records.get(0)).isEqualTo(new CsvRecord(1, List.of("pers_person_id", "pers_sex"),
				"pers_person_id,pers_sex", null));
	}

	@Test
	void onlyTheLeadingByteOrderMarkIsIgnored() {
		assertThat(readAll("\uFEFF\uFEFFa\n")).extracting(CsvRecord::raw).containsExactly("\uFEFFa");
		assertThat(readAll("\uFEFF")).isEmpty();
	}

	@Test
	void quotedFieldsHoldCommasAndQuotes() {
		CsvRecord record = readAll("\"Smith, J\",\"said \"\"no\"\"\",\"\"\n").get(0);

		assertThat(record.fields()).containsExactly("Smith, J", "said \"no\"", "");
		assertThat(record.raw()).isEqualTo("\"Smith, J\",\"said \"\"no\"\"\",\"\"");
		assertThat(record.malformation()).isNull();
	}

	@Test
	void quotedLineBreaksKeepLaterLineNumbersPhysical() {
		List<CsvRecord> records = readAll("id,reason\nE1,\"partner\npresent\nagain\"\nE2,x\n");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
		assertThat(records.get(1).fields()).containsExactly("E1", "partner\npresent\nagain");
		assertThat(records.get(1).raw()).isEqualTo("E1,\"partner\npresent\nagain\"");
		assertThat(records.get(2).fields()).containsExactly("E2", "x");
	}

	@Test
	void quotedCrlfAndLoneCrAreKeptExactlyAndCountedOnce() {
		List<CsvRecord> records = readAll("id,reason\r\nE1,\"a\r\nb\rc\"\r\nE2,x\r\n");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
		assertThat(records.get(1).fields()).containsExactly("E1", "a\r\nb\rc");
		assertThat(records.get(1).raw()).isEqualTo("E1,\"a\r\nb\rc\"");
	}

	@Test
	void blankLinesAreSkippedButCounted() {
		List<CsvRecord> records = readAll("id,sex\n\nP1,M\n  \t \r\n\nP2,F\n\n");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 3, 6);
		assertThat(records).extracting(CsvRecord::raw).containsExactly("id,sex", "P1,M", "P2,F");
	}

	@Test
	void aLineOfOnlyQuotesOrCommasIsNotBlank() {
		assertThat(readAll("a,b\n\"\"\n,\n")).extracting(CsvRecord::fields)
			.containsExactly(List.of("a", "b"), List.of(""), List.of("", ""));
	}

	@Test
	void fieldsAreKeptExactlyNotTrimmed() {
		assertThat(readAll(" P1 , m ,,\n").get(0).fields()).containsExactly(" P1 ", " m ", "", "");
	}

	@Test
	void quoteInsideAnUnquotedFieldIsAMalformationOfThatRecordOnly() {
		List<CsvRecord> records = readAll("id,name\nP1,O\"Brien\nP2,x\n");

		assertThat(records.get(1)).isEqualTo(new CsvRecord(2, List.of("P1", "O\"Brien"), "P1,O\"Brien",
				"unexpected quote in unquoted field 2"));
		assertThat(records.get(2)).isEqualTo(new CsvRecord(3, List.of("P2", "x"), "P2,x", null));
	}

	@Test
	void characterAfterClosingQuoteIsAMalformation() {
		List<CsvRecord> records = readAll("\"a\"x,b\nc\n");

		assertThat(records.get(0)).isEqualTo(new CsvRecord(1, List.of("ax", "b"), "\"a\"x,b",
				"unexpected character 'x' after closing quote in field 1"));
		assertThat(records.get(1).fields()).containsExactly("c");
	}

	@Test
	void spaceBeforeAnOpeningQuoteIsAMalformation() {
		assertThat(readAll("a, \"b\"\n").get(0).malformation()).isEqualTo("unexpected quote in unquoted field 2");
	}

	@Test
	void onlyTheFirstMalformationIsReported() {
		assertThat(readAll("\"a\"x,b\"c\n").get(0).malformation())
			.isEqualTo("unexpected character 'x' after closing quote in field 1");
	}

	@Test
	void aMalformedRecordEndsAtItsLineEndEvenWithAnOddQuote() {
		List<CsvRecord> records = readAll("\"a\"b\"c\nd\n");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2);
		assertThat(records.get(1).fields()).containsExactly("d");
	}

	@Test
	void unclosedQuoteAtEndOfInputIsNotCsvAndNamesTheLineWhereItStarted() {
		CsvRecordReader reader = new CsvRecordReader(new StringReader("id,reason\nE1,x\nE2,\"never\nclosed\n"));
		reader.next();
		reader.next();

		assertThatExceptionOfType(NotCsvException.class).isThrownBy(reader::next)
			.withMessage("the quoted field starting on line 3 is never closed")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	@Test
	void nulCharacterIsNotCsv() {
		assertThatExceptionOfType(NotCsvException.class).isThrownBy(() -> readAll("id\nP1\nP\u00002\n"))
			.withMessage("line 3 contains a NUL character");
	}

	@Test
	void hugeRecordIsNotCsvRatherThanFillingMemory() {
		String text = "id\n\"" + "x".repeat(CsvRecordReader.MAX_RECORD_CHARS) + "\"\n";

		assertThatExceptionOfType(NotCsvException.class).isThrownBy(() -> readAll(text))
			.withMessage("the record starting on line 2 is longer than 1000000 characters");
	}

	@Test
	void invalidUtf8IsNotCsvAndNamesTheExactLineEvenFarIntoTheFile() {
		StringBuilder text = new StringBuilder("id,name\n");
		for (int i = 2; i <= 5000; i++) {
			text.append("P").append(i).append(",Zoë\n");
		}
		byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = java.util.Arrays.copyOf(good, good.length + 4);
		System.arraycopy(new byte[] { 'P', ',', (byte) 0xC3, '\n' }, 0, bytes, good.length, 4);
		CsvRecordReader reader = new CsvRecordReader(new Utf8Reader(new ByteArrayInputStream(bytes)));
		for (int i = 1; i <= 5000; i++) {
			assertThat(reader.next().line()).isEqualTo(i);
		}

		assertThatExceptionOfType(NotCsvException.class).isThrownBy(reader::next)
			.withMessage("line 5001 is not valid UTF-8");
	}

	@Test
	void otherReadFailuresAreUnchecked() {
		CsvRecordReader reader = new CsvRecordReader(new java.io.Reader() {
			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				throw new IOException("disk gone");
			}

			@Override
			public void close() {
			}
		});

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(reader::next).withMessageContaining("disk gone");
	}

	@Test
	void aRecordOverSeveralLinesEndsOnItsLastLine() {
		List<CsvRecord> records = readAll("a,b\r\n\"x\r\ny\ry\",1\nz,2\n");

		assertThat(records).extracting(CsvRecord::line, CsvRecord::lastLine)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 4),
					org.assertj.core.groups.Tuple.tuple(5, 5));
	}

	@Test
	void blankAndPhysicalLinesAreCountedToTheEnd() {
		for (String text : List.of("h\n\n1\n  \n", "h\n\n1\n  ", "h\r\n\r\n1\r\n\t\r\n")) {
			CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
			while (reader.next() != null) {
				// to the end
			}
			assertThat(reader.blankLines()).as(text).isEqualTo(2);
			assertThat(reader.physicalLines()).as(text).isEqualTo(4);
		}
		CsvRecordReader empty = new CsvRecordReader(new StringReader(""));
		assertThat(empty.next()).isNull();
		assertThat(empty.physicalLines()).isZero();
	}

	private static List<CsvRecord> readAll(String text) {
		CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
		List<CsvRecord> records = new ArrayList<>();
		for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
			records.add(record);
		}
		return records;
	}

}

package org.safeguarding.audit.extract;

/** One data record of a drop file, as read, before any check. */
public record CsvRow(DropFile file, CsvRecord record) {
}

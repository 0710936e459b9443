package org.safeguarding.audit.board;

import java.util.List;

/**
 * A chart for the board's pages: the SVG to put in the page as it is (no script; every text
 * escaped), its title, the text alternative it carries (what the chart shows, in words), and its
 * figures as a table (for a {@code details} element beside it).
 */
public record SvgChart(String svg, String title, String description, Table table) {

	/** A chart's figures as printed: a caption, column headers and rows of cells. */
	public record Table(String caption, List<String> headers, List<List<String>> rows) {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
		}
	}
}

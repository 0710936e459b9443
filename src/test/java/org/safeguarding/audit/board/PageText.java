package org.safeguarding.audit.board;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A served page read as a person reads it: its texts and its tables' rows, entities decoded, the
 * charts (SVG) left out so that their labels are not taken for the page's figures.
 */
final class PageText {

	private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);

	private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private PageText() {
	}

	/** Every table row of the page (charts left out), each as its cells' texts. */
	static List<List<String>> rows(String html) {
		List<List<String>> rows = new ArrayList<>();
		Matcher row = ROW.matcher(withoutCharts(html));
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				cells.add(cellText(cell.group(1)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The page's visible text (charts left out), white space collapsed. */
	static String text(String html) {
		String body = html.contains("<body") ? html.substring(html.indexOf("<body")) : html;
		return decode(TAG.matcher(withoutCharts(body).replaceAll("(?s)<script.*?</script>", "")).replaceAll(" "))
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static String withoutCharts(String html) {
		return SVG.matcher(html).replaceAll("");
	}

	private static String decode(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&#x27;", "'").replace("&amp;", "&");
	}

	/** One cell's text: tags removed, entities decoded, white space collapsed. */
	private static String cellText(String cell) {
		return decode(TAG.matcher(cell).replaceAll(" ")).replaceAll("\\s+", " ").strip();
	}
}

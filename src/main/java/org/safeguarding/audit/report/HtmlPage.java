package org.safeguarding.audit.report;

/** The frame of the board dashboard's HTML page: a language, a title, and pages centred with a gap between them. */
final class HtmlPage {

	static final String BETWEEN_PAGES = "<div class=\"page-gap\"></div>\n";

	static final String FOOTER = "</td><td width=\"50%\">&nbsp;</td></tr>\n</table>\n</body>\n</html>\n";

	private HtmlPage() {
	}

	static String header(String title) {
		return """
				<!DOCTYPE html>
				<html lang="en-GB">
				<head>
				<meta charset="UTF-8">
				<title>%s</title>
				<style type="text/css">
				a {text-decoration: none}
				body {background: #e6e6e6; margin: 0; padding: 12px 0}
				.jrPage {background: #ffffff; box-shadow: 0 0 4px #999999}
				.page-gap {height: 12px}
				</style>
				</head>
				<body text="#000000" link="#000000" alink="#000000" vlink="#000000">
				<table width="100%%" cellpadding="0" cellspacing="0" border="0">
				<tr><td width="50%%">&nbsp;</td><td align="center">
				""".formatted(escape(title));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}

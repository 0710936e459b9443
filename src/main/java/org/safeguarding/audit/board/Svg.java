package org.safeguarding.audit.board;


/**
 * Writes one SVG image: a titled, described {@code role="img"} with nothing but shapes and text
 * (no script, no styles from outside), every text escaped. Colours are the few of
 * {@link Svg#INK} and the RAG colours, each at least 4.5:1 against white, so lines and marks
 * meet the 3:1 of WCAG 2.2 AA and text its 4.5:1.
 */
final class Svg {

	/** Text, points and lines that carry meaning (19.6:1 on white). */
	static final String INK = "#0b0c0c";

	/** Secondary text, limits and axes (7.1:1). */
	static final String GREY = "#505a5f";

	/** Grid lines (4.6:1). */
	static final String GRID = "#6f777b";

	static final String WHITE = "#ffffff";

	static final String GREEN = "#00703c";

	static final String AMBER = "#b35c00";

	static final String RED = "#d4351c";

	static final String DASHED = "6 4";

	static final String DOTTED = "1.5 3";

	private final StringBuilder out = new StringBuilder(4096);

	/**
	 * @param id a prefix for the title's and description's ids, unique on the page (letters,
	 * digits, {@code -} and {@code _}; anything else is replaced)
	 */
	Svg(int width, int height, String id, String title, String description) {
		String safe = id.replaceAll("[^A-Za-z0-9_-]", "_");
		this.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" role=\"img\" aria-labelledby=\"").append(safe).append("-title\" aria-describedby=\"").append(safe)
			.append("-desc\" font-family=\"Arial, Helvetica, sans-serif\">")
			.append("<title id=\"").append(safe).append("-title\">").append(escape(title)).append("</title>")
			.append("<desc id=\"").append(safe).append("-desc\">").append(escape(description)).append("</desc>")
			.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" fill=\"").append(WHITE).append("\"/>");
	}

	Svg line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
		this.out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
			.append("\" y2=\"").append(num(y2)).append('"');
		stroke(colour, width, dash);
		return close();
	}

	/** A line through the points, broken where a point is NaN. */
	Svg polyline(double[] xs, double[] ys, String colour, double width, String dash) {
		StringBuilder d = new StringBuilder();
		boolean drawing = false;
		for (int i = 0; i < xs.length; i++) {
			if (Double.isNaN(ys[i])) {
				drawing = false;
				continue;
			}
			d.append(drawing ? " L" : (d.length() == 0 ? "M" : " M")).append(num(xs[i])).append(' ').append(num(ys[i]));
			drawing = true;
		}
		if (d.length() > 0) {
			this.out.append("<path d=\"").append(d).append("\" fill=\"none\"");
			stroke(colour, width, dash);
			close();
		}
		return this;
	}

	Svg circle(double cx, double cy, double r, String fill, String stroke) {
		this.out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
			.append("\" fill=\"").append(fill).append('"');
		stroke(stroke, 1.5, null);
		return close();
	}

	/** A square centred on the point. */
	Svg square(double cx, double cy, double half, String fill, String stroke, double strokeWidth) {
		this.out.append("<rect x=\"").append(num(cx - half)).append("\" y=\"").append(num(cy - half)).append("\" width=\"")
			.append(num(2 * half)).append("\" height=\"").append(num(2 * half)).append("\" fill=\"").append(fill).append('"');
		stroke(stroke, strokeWidth, null);
		return close();
	}

	/** A diamond centred on the point. */
	Svg diamond(double cx, double cy, double half, String fill, String stroke) {
		this.out.append("<polygon points=\"").append(num(cx)).append(',').append(num(cy - half)).append(' ')
			.append(num(cx + half)).append(',').append(num(cy)).append(' ').append(num(cx)).append(',').append(num(cy + half))
			.append(' ').append(num(cx - half)).append(',').append(num(cy)).append("\" fill=\"").append(fill).append('"');
		stroke(stroke, 1.5, null);
		return close();
	}

	/** Text with its baseline at y; {@code anchor} is start, middle or end. */
	Svg text(double x, double y, String text, String anchor, int size, String colour, boolean bold) {
		this.out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
			.append(anchor).append("\" font-size=\"").append(size).append("\" fill=\"").append(colour).append('"')
			.append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>");
		return this;
	}

	String end() {
		return this.out.append("</svg>").toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
			}
		}
		return escaped.toString();
	}

	/**
	 * A coordinate to two decimal places, half up as {@code %.2f} rounds, without trailing zeros.
	 * Not through {@code String.format}: a page draws thousands, and formatting was most of its time.
	 */
	static String num(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? "0" : rounded.stripTrailingZeros().toPlainString();
	}

	private void stroke(String colour, double width, String dash) {
		if (colour != null) {
			this.out.append(" stroke=\"").append(colour).append("\" stroke-width=\"").append(num(width)).append('"');
			if (dash != null) {
				this.out.append(" stroke-dasharray=\"").append(dash).append('"');
			}
		}
	}

	private Svg close() {
		this.out.append("/>");
		return this;
	}
}

package org.safeguarding.audit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/** Drawing helpers the charts share: DejaVu Sans text, line styles and marker shapes that survive black-and-white printing. */
final class ChartCanvas {

	static final Color INK = Color.BLACK;

	static final Color GREY = new Color(0x59, 0x59, 0x59);

	static final Color LIGHT = new Color(0xBF, 0xBF, 0xBF);

	static final Color BAND = new Color(0xF2, 0xF2, 0xF2);

	static final Stroke SOLID = new BasicStroke(1.0f);

	static final Stroke THIN = new BasicStroke(0.5f);

	static final Stroke DASHED = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
			new float[] { 4f, 2.5f }, 0f);

	static final Stroke DOTTED = new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
			new float[] { 0.1f, 2.2f }, 0f);

	private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

	enum Align {
		LEFT, CENTRE, RIGHT
	}

	private final Graphics2D g;

	ChartCanvas(Graphics2D g) {
		this.g = g;
	}

	static Font font(float size, boolean bold) {
		return FONTS.computeIfAbsent(size + (bold ? "b" : ""), key -> {
			int style = bold ? Font.BOLD : Font.PLAIN;
			Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
				.getAwtFontFromBundles("DejaVu Sans", style, size, Locale.UK, true);
			return font != null ? font : new Font(Font.SANS_SERIF, style, Math.round(size)).deriveFont(size);
		});
	}

	double textWidth(String text, float size, boolean bold) {
		return font(size, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
	}

	/** Text with its baseline at y. */
	void text(String text, double x, double y, Align align, float size, boolean bold, Color color) {
		g.setFont(font(size, bold));
		g.setColor(color);
		double w = align == Align.LEFT ? 0 : textWidth(text, size, bold);
		double left = align == Align.RIGHT ? x - w : align == Align.CENTRE ? x - w / 2 : x;
		g.drawString(text, (float) left, (float) y);
	}

	void line(double x1, double y1, double x2, double y2, Stroke stroke, Color color) {
		g.setStroke(stroke);
		g.setColor(color);
		g.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	void polyline(double[] xs, double[] ys, Stroke stroke, Color color) {
		Path2D.Double path = new Path2D.Double();
		boolean started = false;
		for (int i = 0; i < xs.length; i++) {
			if (Double.isNaN(ys[i])) {
				started = false;
			}
			else if (started) {
				path.lineTo(xs[i], ys[i]);
			}
			else {
				path.moveTo(xs[i], ys[i]);
				started = true;
			}
		}
		g.setStroke(stroke);
		g.setColor(color);
		g.draw(path);
	}

	/** Draws within an area only (within whatever clip Jasper already set). */
	void clipped(Rectangle2D area, Runnable drawing) {
		Shape previous = g.getClip();
		g.clip(area);
		try {
			drawing.run();
		}
		finally {
			g.setClip(previous);
		}
	}

	void fill(Rectangle2D area, Color color) {
		g.setColor(color);
		g.fill(area);
	}

	/** A filled circle: an ordinary point. */
	void dot(double x, double y, double r) {
		g.setColor(INK);
		g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
	}

	/** A hollow square around a point: a point that stands out (special cause, outside limits). */
	void flag(double x, double y, double r) {
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
		g.setStroke(new BasicStroke(1.1f));
		g.setColor(INK);
		g.draw(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
		g.fill(new Ellipse2D.Double(x - 1.2, y - 1.2, 2.4, 2.4));
	}
}

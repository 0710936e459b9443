package org.safeguarding.audit.report;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderToImageDataRenderer;

/**
 * A chart drawn with Java2D for an image element: Jasper draws it as vectors in the PDF (text
 * as shapes, so nothing needs a font mapping) and as a PNG, embedded, in HTML. Drawn in
 * black and greys with line styles and marker shapes, so it reads in black and white.
 */
abstract class Java2DChart extends AbstractRenderToImageDataRenderer {

	private static final long serialVersionUID = 1L;

	private final int width;

	private final int height;

	Java2DChart(int width, int height) {
		this.width = width;
		this.height = height;
	}

	int width() {
		return width;
	}

	int height() {
		return height;
	}

	@Override
	public Dimension2D getDimension(JasperReportsContext context) {
		return new Dimension(width, height);
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		Graphics2D g = (Graphics2D) graphics.create();
		try {
			g.translate(area.getX(), area.getY());
			g.scale(area.getWidth() / width, area.getHeight() / height);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			paint(new ChartCanvas(g));
		}
		finally {
			g.dispose();
		}
	}

	abstract void paint(ChartCanvas canvas);
}

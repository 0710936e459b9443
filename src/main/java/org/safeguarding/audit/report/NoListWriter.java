package org.safeguarding.audit.report;

import net.sf.jasperreports.engine.util.StyledTextListWriter;

/** The board pack's texts hold no HTML lists, so the PDF tagger has none to tag. */
final class NoListWriter implements StyledTextListWriter {

	static final NoListWriter INSTANCE = new NoListWriter();

	private NoListWriter() {
	}

	@Override
	public void startUl() {
	}

	@Override
	public void endUl() {
	}

	@Override
	public void startOl(String type, int cutStart) {
	}

	@Override
	public void endOl() {
	}

	@Override
	public void startLi(boolean noBullet) {
	}

	@Override
	public void endLi() {
	}
}

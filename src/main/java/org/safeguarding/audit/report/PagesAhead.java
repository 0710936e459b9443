package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;

/**
 * Reads a filled sheet's pages back from the swap file a few pages ahead of the export, on a
 * thread of its own. Reading a swapped-out page (deserialising its elements) took about a
 * quarter of the export thread's time, and the export thread is publishing's critical path:
 * while it lays out and writes one page, this thread brings the next ones into memory, as plain
 * lists the export reads without the virtualizer's lock. At most {@link #AHEAD} pages wait, so
 * memory stays bounded whatever the sheet's size.
 */
final class PagesAhead implements AutoCloseable {

	static final int AHEAD = 2;

	/** A page and its elements, read into memory, or why they could not be. */
	private record Read(JRPrintPage page, List<JRPrintElement> elements, RuntimeException failure) {
	}

	private final BlockingQueue<Read> ready = new ArrayBlockingQueue<>(AHEAD);

	private final String sheet;

	private final Thread reader;

	private volatile boolean closed;

	/** Starts reading {@code pages} in order, from the first; {@code sheet} names the sheet in errors. */
	PagesAhead(List<JRPrintPage> pages, String sheet) {
		this.sheet = sheet;
		this.reader = new Thread(() -> readAll(pages), "qa-workbook-pages-ahead");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void readAll(List<JRPrintPage> pages) {
		try {
			for (JRPrintPage page : pages) {
				if (closed) {
					return;
				}
				Read read;
				try {
					read = new Read(page, new ArrayList<>(page.getElements()), null);
				}
				catch (RuntimeException ex) {
					read = new Read(page, null, ex);
				}
				ready.put(read);
				if (read.failure() != null) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			// The export has moved on or failed: nobody wants the rest.
		}
	}

	/** The elements of {@code page}, the next page in order, once this thread has read them. */
	List<JRPrintElement> elements(JRPrintPage page) {
		Read read;
		try {
			read = ready.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while exporting " + sheet, ex);
		}
		if (read.failure() != null) {
			throw read.failure();
		}
		if (read.page() != page) {
			throw new IllegalStateException("The pages of " + sheet + " were exported out of order");
		}
		return read.elements();
	}

	/** The reading thread (for tests). */
	Thread reader() {
		return reader;
	}

	/** Stops reading; a read blocked on a full queue is let through, and then stops. */
	@Override
	public void close() {
		closed = true;
		reader.interrupt();
		ready.clear();
	}
}

package org.safeguarding.audit.report;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Rows read a page at a time (keyset paging): {@code nextPage} is given the last row read (null
 * at first) and answers the rows after it, at most {@code pageSize}; a shorter page is the last.
 * Only one page is held at a time.
 */
final class Paged<T> implements Iterator<T> {

	private final Function<T, List<T>> nextPage;

	private final int pageSize;

	private Iterator<T> page = Collections.emptyIterator();

	private T last;

	private boolean lastPage;

	Paged(int pageSize, Function<T, List<T>> nextPage) {
		this.pageSize = pageSize;
		this.nextPage = nextPage;
	}

	@Override
	public boolean hasNext() {
		if (!this.page.hasNext() && !this.lastPage) {
			List<T> rows = this.nextPage.apply(this.last);
			this.lastPage = rows.size() < this.pageSize;
			this.page = rows.iterator();
		}
		return this.page.hasNext();
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		this.last = this.page.next();
		return this.last;
	}
}

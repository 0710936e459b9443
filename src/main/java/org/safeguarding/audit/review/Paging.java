package org.safeguarding.audit.review;

/** Where a page of a list is: its number (from 1), how many pages, and which rows it shows (from 1). */
record Paging(int page, int pages, int total, int from, int to) {

	static Paging of(int page, int pages, int size, int total) {
		int from = (total == 0) ? 0 : (page - 1) * size + 1;
		return new Paging(page, pages, total, from, Math.min(total, page * size));
	}
}

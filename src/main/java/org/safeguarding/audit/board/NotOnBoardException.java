package org.safeguarding.audit.board;

/** A period, criterion or pack version the board's pages do not have: answered 404 with this message. */
class NotOnBoardException extends RuntimeException {

	NotOnBoardException(String message) {
		super(message);
	}
}

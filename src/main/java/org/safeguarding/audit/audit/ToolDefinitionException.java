package org.safeguarding.audit.audit;

/** An audit-tool definition that cannot be used; the message names the file, criterion and field. */
public class ToolDefinitionException extends RuntimeException {

	public ToolDefinitionException(String message) {
		super(message);
	}

	public ToolDefinitionException(String message, Throwable cause) {
		super(message, cause);
	}
}

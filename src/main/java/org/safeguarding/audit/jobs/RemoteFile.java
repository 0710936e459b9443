package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * One entry of a folder on an SFTP server, with the server's own size and modification time (null
 * when the server does not say).
 */
record RemoteFile(String name, boolean regular, long size, Instant modified) {

	/** The folder's entries (not {@code .} and {@code ..}), or null when there is no such folder. */
	static List<RemoteFile> list(SftpClient sftp, String folder) throws IOException {
		List<RemoteFile> entries = new ArrayList<>();
		try (SftpClient.CloseableHandle handle = sftp.openDir(folder)) {
			for (List<SftpClient.DirEntry> batch = sftp.readDir(handle); batch != null; batch = sftp.readDir(handle)) {
				for (SftpClient.DirEntry entry : batch) {
					String name = entry.getFilename();
					if (!name.equals(".") && !name.equals("..")) {
						SftpClient.Attributes attributes = entry.getAttributes();
						entries.add(new RemoteFile(name, attributes.isRegularFile(), attributes.getSize(),
								(attributes.getModifyTime() != null) ? attributes.getModifyTime().toInstant() : null));
					}
				}
			}
		}
		catch (SftpException ex) {
			if (missing(ex)) {
				return null;
			}
			throw ex;
		}
		return entries;
	}

	static boolean missing(SftpException ex) {
		return ex.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || ex.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH;
	}

	/**
	 * Refuses a name that could write outside the pull's folder or hide in a message: the server is
	 * another organisation's, so its names are input like any other.
	 */
	void checkName(String folder) {
		if (this.name.contains("/") || this.name.contains("\\") || this.name.contains("..")
				|| this.name.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			throw new DropPullException(folder + ": refused the file name '" + printable(this.name)
					+ "' (a name with '/', '\\', '..' or a control character)");
		}
	}

	private static String printable(String name) {
		StringBuilder out = new StringBuilder();
		name.chars()
			.forEach((c) -> out.append((c < 0x20 || c == 0x7f) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return out.toString();
	}
}

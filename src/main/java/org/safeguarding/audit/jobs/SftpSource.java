package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@code sftp} source: the period's drop is the server's {@code path/YYYY-MM/}, taken by the
 * same {@code READY} / settle rule as a local folder (on the server's modification times), its
 * {@code .csv} files downloaded into a temporary folder that is renamed whole when every byte
 * has arrived.
 */
final class SftpSource implements DropSource {

	private static final Logger log = LoggerFactory.getLogger(SftpSource.class);

	private final SourceDefinition.Sftp definition;

	private final SourcesProperties settings;

	private final EnvironmentVariables env;

	private final SettleRule settle;

	private final Clock clock;

	SftpSource(SourceDefinition.Sftp definition, SourcesProperties settings, EnvironmentVariables env, Clock clock) {
		this.definition = definition;
		this.settings = settings;
		this.env = env;
		this.settle = new SettleRule(definition.settle(), clock);
		this.clock = clock;
	}

	@Override
	public boolean hasDropFor(YearMonth period) {
		String folder = folder(period);
		try (SftpConnection connection = connect()) {
			try {
				return connection.sftp().stat(folder).isDirectory();
			}
			catch (SftpException ex) {
				if (RemoteFile.missing(ex)) {
					return false;
				}
				throw connection.failed(folder, ex);
			}
			catch (IOException ex) {
				throw connection.failed(folder, ex);
			}
		}
	}

	@Override
	public Path pull(YearMonth period, Path pulls) {
		String folder = folder(period);
		try (SftpConnection connection = connect()) {
			List<RemoteFile> files;
			try {
				files = completeDrop(connection.sftp(), folder, period);
			}
			catch (IOException ex) {
				throw connection.failed(folder, ex);
			}
			try (PullFolder pull = PullFolder.create(pulls, this.clock)) {
				long bytes = 0;
				for (RemoteFile file : files) {
					bytes += download(connection, folder, file, pull.path());
				}
				Path kept = pull.keep();
				log.info("Pulled {} files ({} bytes) from {} {} into {}", files.size(), bytes, where(), folder, kept);
				return kept;
			}
		}
	}

	/** The files to take, once the folder is complete by the READY / settle rule. */
	private List<RemoteFile> completeDrop(SftpClient sftp, String folder, YearMonth period) throws IOException {
		List<RemoteFile> entries = RemoteFile.list(sftp, folder);
		if (entries == null) {
			throw new DropNotReadyException("no drop for " + period + ": " + where() + " " + folder + " does not exist");
		}
		boolean ready = entries.stream().anyMatch((e) -> e.regular() && e.name().equals(SettleRule.READY));
		if (!ready && entries.stream().anyMatch((e) -> e.modified() == null)) {
			throw new DropNotReadyException(where() + " " + folder + ": the server does not say when its files "
					+ "changed, so the drop is taken only once it holds a READY file");
		}
		Instant lastChange = ready ? null
				: entries.stream().map(RemoteFile::modified).max(Instant::compareTo).orElse(null);
		this.settle.check(where() + " " + folder, ready, lastChange);
		List<RemoteFile> files = new ArrayList<>();
		for (RemoteFile entry : entries) {
			if (entry.regular() && entry.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
				entry.checkName(where() + " " + folder);
				files.add(entry);
			}
		}
		if (files.isEmpty()) {
			throw new DropPullException(where() + " " + folder + " holds no .csv file");
		}
		return files;
	}

	/**
	 * Copies one file; a connection lost on the way, a full disk, or a file that arrives shorter or
	 * longer than listed fails the pull.
	 */
	private long download(SftpConnection connection, String folder, RemoteFile file, Path into) {
		String remote = folder + "/" + file.name();
		long copied;
		try (InputStream in = connection.sftp().read(remote);
				OutputStream out = Files.newOutputStream(into.resolve(file.name()), StandardOpenOption.CREATE_NEW)) {
			copied = in.transferTo(out);
		}
		catch (IOException ex) {
			throw connection.failed(remote, ex);
		}
		if (copied != file.size()) {
			throw new DropPullException(where() + " " + remote + ": " + copied + " bytes arrived of " + file.size()
					+ " (the file changed or the connection was cut during the download)");
		}
		return copied;
	}

	private SftpConnection connect() {
		return SftpConnection.open(this.definition, this.settings, this.env);
	}

	private String folder(YearMonth period) {
		String path = this.definition.path();
		return (path.endsWith("/") ? path : path + "/") + period;
	}

	private String where() {
		return SftpConnection.where(this.definition);
	}
}

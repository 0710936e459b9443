package org.safeguarding.audit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one run (or server) that uses an embedded data folder: an exclusive lock on
 * {@code <folder>.lock}, which names the holder's process id. The operating system releases it
 * when the holder ends, however it ends, so a killed run never blocks the next one.
 */
final class StoreLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private StoreLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static Path file(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + ".lock");
	}

	/** Takes the folder's lock, or refuses, naming the run that holds it. */
	static StoreLock acquire(Path dataDir) {
		Path file = file(dataDir);
		FileChannel channel = null;
		try {
			Files.createDirectories(dataDir.getParent());
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null; // held by this very process
			}
			if (lock == null) {
				String holder = holder(channel);
				channel.close();
				throw new IllegalStateException("another run is using this data folder (pid " + holder + "): " + dataDir);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
			channel.force(false);
			return new StoreLock(channel, lock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("cannot lock the data folder " + dataDir + " (" + file + "): " + ex.getMessage(),
					ex);
		}
	}

	private static String holder(FileChannel channel) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(32);
		channel.read(bytes, 0);
		String pid = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip();
		return pid.matches("\\d+") ? pid : "unknown";
	}

	@Override
	public void close() {
		try {
			this.lock.release();
		}
		catch (IOException ex) {
			// Closing the channel below releases it too.
		}
		closeQuietly(this.channel);
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			if (channel != null) {
				channel.close();
			}
		}
		catch (IOException ex) {
			// Nothing is left to release.
		}
	}
}

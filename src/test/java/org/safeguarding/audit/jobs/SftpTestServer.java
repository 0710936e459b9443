package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) on 127.0.0.1 serving a temporary folder, with generated
 * host and client keys: the client's private key file (OpenSSH format) and a known_hosts file
 * naming {@code [127.0.0.1]:port} are written for the source to use.
 */
final class SftpTestServer implements AutoCloseable {

	static final String USER = "agency-drops";

	final Path root;

	final Path privateKeyFile;

	final KeyPair hostKey;

	private final SshServer server;

	/** Bytes of file content the server reads before it cuts the connection; 0 = never. */
	private final AtomicLong cutAfter = new AtomicLong();

	SftpTestServer(Path folder) throws IOException, GeneralSecurityException {
		this.root = Files.createDirectories(folder.resolve("server-root"));
		this.hostKey = newKeyPair();
		KeyPair clientKey = newKeyPair();
		this.privateKeyFile = folder.resolve("id_ecdsa");
		try (OutputStream out = Files.newOutputStream(this.privateKeyFile)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "audit@test", null, out);
		}
		SftpSubsystemFactory sftp = new SftpSubsystemFactory();
		sftp.addSftpEventListener(new SftpEventListener() {
			@Override
			public void read(ServerSession session, String remoteHandle, FileHandle localHandle, long offset, byte[] data,
					int dataOffset, int dataLen, int readLen, Throwable thrown) throws IOException {
				long cut = SftpTestServer.this.cutAfter.get();
				if (cut > 0 && offset + Math.max(readLen, 0) >= cut) {
					session.close(true);
				}
			}
		});
		this.server = SshServer.setUpDefaultServer();
		this.server.setHost("127.0.0.1");
		this.server.setPort(0);
		this.server.setKeyPairProvider(KeyPairProvider.wrap(this.hostKey));
		this.server.setPublickeyAuthenticator(
				(user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(key, clientKey.getPublic()));
		this.server.setPasswordAuthenticator(null);
		this.server.setKeyboardInteractiveAuthenticator(null);
		this.server.setSubsystemFactories(List.of(sftp));
		this.server.setFileSystemFactory(new VirtualFileSystemFactory(this.root));
		this.server.start();
	}

	int port() {
		return this.server.getPort();
	}

	/** Cut every connection once a file has been read this far. */
	void cutConnectionsAfter(long bytes) {
		this.cutAfter.set(bytes);
	}

	/** A known_hosts line for this server with {@code key} (its own, or another). */
	String knownHostsLine(KeyPair key) {
		return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key.getPublic());
	}

	Path writeKnownHosts(Path file, String... lines) throws IOException {
		return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	SourceDefinition.Sftp source(Path knownHosts, Duration settle) {
		return new SourceDefinition.Sftp("127.0.0.1", port(), "DROPS_SFTP_USER", "DROPS_SFTP_KEY", knownHosts, "/drops",
				settle);
	}

	static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	@Override
	public void close() throws IOException {
		this.server.stop(true);
	}
}

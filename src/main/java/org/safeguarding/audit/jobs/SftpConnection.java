package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * One signed-in SFTP session to a job's server: the host key checked against the job's
 * known-hosts file, public-key authentication only (no password, no agent, nothing read from
 * {@code ~/.ssh}), and every wait bounded by {@link SourcesProperties}.
 */
final class SftpConnection implements AutoCloseable {

	private final SshClient client;

	private final ClientSession session;

	private final SftpClient sftp;

	private final SourceDefinition.Sftp source;

	private final String user;

	private SftpConnection(SshClient client, ClientSession session, SftpClient sftp, SourceDefinition.Sftp source,
			String user) {
		this.client = client;
		this.session = session;
		this.sftp = sftp;
		this.source = source;
		this.user = user;
	}

	static SftpConnection open(SourceDefinition.Sftp source, SourcesProperties settings, EnvironmentVariables env) {
		String where = where(source);
		String user = env.require(source.usernameEnv(), "username-env");
		List<KeyPair> keys = keys(env.require(source.privateKeyFileEnv(), "private-key-file-env"), source);
		HostKeyCheck hostKeys = new HostKeyCheck(source.knownHostsFile());
		SshClient client = client(hostKeys, settings);
		ClientSession session = null;
		try {
			session = client.connect(user, source.host(), source.port()).verify(settings.connectTimeout()).getSession();
			keys.forEach(session::addPublicKeyIdentity);
			session.auth().verify(settings.authTimeout());
			SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
			return new SftpConnection(client, session, sftp, source, user);
		}
		catch (IOException | RuntimeException ex) {
			close(client, session);
			if (hostKeys.refusal().isPresent()) {
				throw new DropPullException(where + ": " + hostKeys.refusal().get(), ex);
			}
			String step = (session == null) ? "cannot connect" : "cannot sign in with the key named by "
					+ source.privateKeyFileEnv() + " as the user named by " + source.usernameEnv();
			throw new DropPullException(where + ": " + step + " (" + withoutUser(ex, source, user) + ")", ex);
		}
	}

	SftpClient sftp() {
		return this.sftp;
	}

	/** The pull failed on the way: names the server and {@code what}, with the library's reason. */
	DropPullException failed(String what, Exception ex) {
		return new DropPullException(where(this.source) + " " + what + ": the pull failed ("
				+ withoutUser(ex, this.source, this.user) + ")", ex);
	}

	/**
	 * The library's reason, without the user name: its messages name a session as
	 * {@code user@address}, and the user name is one of the job's credentials.
	 */
	private static String withoutUser(Exception ex, SourceDefinition.Sftp source, String user) {
		String message = String.valueOf(ex.getMessage());
		return message.replace(user + "@", "$" + source.usernameEnv() + "@");
	}

	/** How the server is named in every message: host and port, never a user name. */
	static String where(SourceDefinition.Sftp source) {
		return "sftp " + source.host() + ":" + source.port();
	}

	private static SshClient client(HostKeyCheck hostKeys, SourcesProperties settings) {
		SshClient client = SshClient.setUpDefaultClient();
		client.setServerKeyVerifier(hostKeys);
		client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
		client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
		client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
		CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, settings.connectTimeout());
		// The SFTP client waits for each answer (a listing, a block of a file) up to the idle time-out.
		CoreModuleProperties.IDLE_TIMEOUT.set(client, settings.readTimeout());
		SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, settings.readTimeout());
		client.start();
		return client;
	}

	/** The private key pairs of the file; a key protected by a passphrase cannot be used (jobs.md names none). */
	private static List<KeyPair> keys(String fileName, SourceDefinition.Sftp source) {
		String problem;
		try {
			Path file = Path.of(fileName);
			try (InputStream in = Files.newInputStream(file)) {
				List<KeyPair> keys = new ArrayList<>();
				Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(fileName), in,
						null);
				if (loaded != null) {
					loaded.forEach(keys::add);
				}
				if (!keys.isEmpty()) {
					return keys;
				}
				problem = "holds no private key";
			}
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			problem = "cannot be read as an unencrypted OpenSSH or PEM private key (" + ex.getClass().getSimpleName()
					+ ")";
		}
		throw new DropPullException(where(source) + ": the private key file named by " + source.privateKeyFileEnv()
				+ " " + problem);
	}

	@Override
	public void close() {
		try {
			this.sftp.close();
		}
		catch (IOException ex) {
			// closing after the work is done: the session is closed next anyway
		}
		close(this.client, this.session);
	}

	private static void close(SshClient client, ClientSession session) {
		try {
			if (session != null) {
				session.close(true);
			}
		}
		finally {
			client.stop();
		}
	}
}

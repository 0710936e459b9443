package org.safeguarding.audit.jobs;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ModifiedServerKeyAcceptor;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Accepts a server only when its host key is the one the job's known-hosts file (OpenSSH format)
 * holds for it, and remembers why it refused one: an unknown key and a changed key mean different
 * things to an operator (a server never recorded, or one that may be an impostor). Nothing is ever
 * written to the file. One per connection.
 */
final class HostKeyCheck implements ServerKeyVerifier, ModifiedServerKeyAcceptor {

	private final KnownHostsServerKeyVerifier knownHosts;

	private final Path file;

	private volatile String refusal;

	HostKeyCheck(Path knownHostsFile) {
		this.file = knownHostsFile;
		// The delegate is asked only about a host the file does not name: refused, never recorded.
		this.knownHosts = new KnownHostsServerKeyVerifier(this::unknown, knownHostsFile);
		this.knownHosts.setModifiedServerKeyAcceptor(this);
	}

	@Override
	public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
		boolean accepted = this.knownHosts.verifyServerKey(session, remote, key);
		if (!accepted && this.refusal == null) {
			this.refusal = "the server's host key " + KeyUtils.getFingerPrint(key) + " was refused: it is revoked in "
					+ this.file + ", or that file could not be read";
		}
		return accepted;
	}

	private boolean unknown(ClientSession session, SocketAddress remote, PublicKey key) {
		this.refusal = "unknown host key: " + this.file + " holds no key for this server (it offered "
				+ KeyUtils.getKeyType(key) + " " + KeyUtils.getFingerPrint(key) + ")";
		return false;
	}

	@Override
	public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remote, KnownHostEntry entry,
			PublicKey expected, PublicKey actual) {
		this.refusal = "CHANGED host key: the server offered " + KeyUtils.getKeyType(actual) + " "
				+ KeyUtils.getFingerPrint(actual) + " but " + this.file + " holds " + KeyUtils.getKeyType(expected)
				+ " " + KeyUtils.getFingerPrint(expected) + " for it (a re-installed server, or another machine "
				+ "answering in its place: check with the agency before changing the file)";
		return false;
	}

	/** Why the server's key was refused, if it was. */
	Optional<String> refusal() {
		return Optional.ofNullable(this.refusal);
	}
}

package org.safeguarding.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sftp} source against a real SFTP server started in the test, with key authentication. */
class SftpSourceTests {

	private static final SourcesProperties SETTINGS = new SourcesProperties(Duration.ofSeconds(10),
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	private static final Instant NOW = Instant.parse("2026-02-05T06:00:00Z");

	private static final YearMonth JANUARY = YearMonth.of(2026, 1);

	private static final byte[] PERSONS = ("pers_person_id,pers_sex,pers_dob,pers_expected_dob\r\n"
			+ "P1,F,2025-12-01,\r\n\"P2, twin\",M,,2026-03-01\r\n").getBytes(StandardCharsets.UTF_8);

	private static final byte[] POLICE_EVENTS = ("evnt_event_id,evnt_person_id,evnt_agency,evnt_event_type,"
			+ "evnt_event_date\nE1,P1,POLICE,DA_ENQUIRY,2026-01-03\n").getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path tmp;

	private SftpTestServer server;

	private Path pulls;

	private final Map<String, String> env = new HashMap<>();

	@BeforeEach
	void startServer() throws Exception {
		this.server = new SftpTestServer(this.tmp);
		this.pulls = this.tmp.resolve("drops/monthly/2026-01");
		this.env.put("DROPS_SFTP_USER", SftpTestServer.USER);
		this.env.put("DROPS_SFTP_KEY", this.server.privateKeyFile.toString());
	}

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
	}

	@Test
	void aReadyDropIsDownloadedByteForByteIntoAFolderNamedByThePullTime() throws IOException {
		Instant justNow = NOW.minusSeconds(5);
		remoteFile("2026-01/ssd_person.csv", PERSONS, justNow);
		remoteFile("2026-01/ext_agency_events_police.csv", POLICE_EVENTS, justNow);
		remoteFile("2026-01/notes.txt", "not a table".getBytes(StandardCharsets.UTF_8), justNow);
		remoteFile("2026-01/READY", new byte[0], justNow);
		remoteFile("2026-01/older/ssd_person.csv", PERSONS, justNow);

		Path drop = source(knownHostsWithServerKey()).pull(JANUARY, this.pulls);

		assertThat(drop).isEqualTo(this.pulls.resolve("20260205T060000Z"));
		assertThat(Folders.names(drop)).containsExactly("ext_agency_events_police.csv", "ssd_person.csv");
		assertThat(drop.resolve("ssd_person.csv")).hasBinaryContent(PERSONS);
		assertThat(drop.resolve("ext_agency_events_police.csv")).hasBinaryContent(POLICE_EVENTS);
		assertThat(Folders.names(this.pulls)).containsExactly("20260205T060000Z");
	}

	@Test
	void withoutReadyADropIsTakenOnlyOnceNothingChangedForTheSettleTime() throws IOException {
		remoteFile("2026-01/ssd_person.csv", PERSONS, NOW.minus(Duration.ofMinutes(11)));
		remoteFile("2026-01/ext_agency_events_police.csv", POLICE_EVENTS, NOW.minus(Duration.ofMinutes(2)));
		SftpSource source = source(knownHostsWithServerKey());

		assertThatThrownBy(() -> source.pull(JANUARY, this.pulls)).isInstanceOf(DropNotReadyException.class)
			.hasMessage("the drop folder sftp 127.0.0.1:" + this.server.port() + " /drops/2026-01 changed 120 s ago: "
					+ "taken once it holds a READY file or nothing in it changed for 10 min");
		assertThat(this.pulls).doesNotExist();

		remoteFile("2026-01/ext_agency_events_police.csv", POLICE_EVENTS, NOW.minus(Duration.ofMinutes(10)));
		Path drop = source.pull(JANUARY, this.pulls);
		assertThat(Folders.names(drop)).containsExactly("ext_agency_events_police.csv", "ssd_person.csv");
	}

	@Test
	void aPeriodHasADropWhenItsFolderIsOnTheServer() throws IOException {
		remoteFile("2026-01/ssd_person.csv", PERSONS, NOW);
		SftpSource source = source(knownHostsWithServerKey());

		assertThat(source.hasDropFor(JANUARY)).isTrue();
		assertThat(source.hasDropFor(YearMonth.of(2026, 2))).isFalse();
		assertThatThrownBy(() -> source.pull(YearMonth.of(2026, 2), this.pulls))
			.isInstanceOf(DropNotReadyException.class)
			.hasMessage("no drop for 2026-02: sftp 127.0.0.1:" + this.server.port() + " /drops/2026-02 does not exist");
	}

	@Test
	void anUnknownHostKeyIsRefusedNamingTheHost() throws Exception {
		readyDrop();
		Path knownHosts = this.server.writeKnownHosts(this.tmp.resolve("known_hosts"),
				"[files.other-agency.example]:22 " + org.apache.sshd.common.config.keys.PublicKeyEntry
					.toString(this.server.hostKey.getPublic()));

		assertThatThrownBy(() -> source(knownHosts).pull(JANUARY, this.pulls)).isInstanceOf(DropPullException.class)
			.hasMessageStartingWith("sftp 127.0.0.1:" + this.server.port() + ": unknown host key: " + knownHosts
					+ " holds no key for this server (it offered ecdsa-sha2-nistp256 SHA256:");
		assertThat(this.pulls).doesNotExist();
	}

	@Test
	void aChangedHostKeyIsRefusedNamingTheHost() throws Exception {
		readyDrop();
		Path knownHosts = this.server.writeKnownHosts(this.tmp.resolve("known_hosts"),
				this.server.knownHostsLine(SftpTestServer.newKeyPair()));

		assertThatThrownBy(() -> source(knownHosts).pull(JANUARY, this.pulls)).isInstanceOf(DropPullException.class)
			.hasMessageStartingWith("sftp 127.0.0.1:" + this.server.port()
					+ ": CHANGED host key: the server offered ecdsa-sha2-nistp256 SHA256:")
			.hasMessageContaining("but " + knownHosts + " holds ecdsa-sha2-nistp256 SHA256:");
		assertThat(this.pulls).doesNotExist();
	}

	@Test
	void aConnectionCutMidDownloadLeavesNoDropAndNoTemporaryFolder() throws IOException {
		byte[] large = new byte[4 * 1024 * 1024];
		for (int i = 0; i < large.length; i++) {
			large[i] = (byte) ('a' + i % 26);
		}
		remoteFile("2026-01/ext_agency_events_police.csv", POLICE_EVENTS, NOW.minusSeconds(5));
		remoteFile("2026-01/ssd_person.csv", large, NOW.minusSeconds(5));
		remoteFile("2026-01/READY", new byte[0], NOW.minusSeconds(5));
		this.server.cutConnectionsAfter(512 * 1024);

		assertThatThrownBy(() -> source(knownHostsWithServerKey()).pull(JANUARY, this.pulls))
			.isInstanceOf(DropPullException.class)
			.hasMessageStartingWith("sftp 127.0.0.1:" + this.server.port() + " /drops/2026-01/ssd_person.csv: the pull "
					+ "failed (")
			.message()
			.doesNotContain(SftpTestServer.USER);
		assertThat(Folders.names(this.pulls)).isEmpty();
	}

	@Test
	void unsetOrEmptyCredentialVariablesAreNamedAndTheirValuesNeverShown() throws IOException {
		readyDrop();
		Path knownHosts = knownHostsWithServerKey();
		this.env.remove("DROPS_SFTP_USER");
		assertThatThrownBy(() -> source(knownHosts).pull(JANUARY, this.pulls)).isInstanceOf(DropPullException.class)
			.hasMessage("source.username-env: the environment variable DROPS_SFTP_USER is not set or is empty");

		this.env.put("DROPS_SFTP_USER", SftpTestServer.USER);
		this.env.put("DROPS_SFTP_KEY", " ");
		assertThatThrownBy(() -> source(knownHosts).hasDropFor(JANUARY)).isInstanceOf(DropPullException.class)
			.hasMessage("source.private-key-file-env: the environment variable DROPS_SFTP_KEY is not set or is empty");
		assertThat(this.pulls).doesNotExist();
	}

	@Test
	void aKeyTheServerDoesNotAcceptIsRefusedWithoutTheUserName() throws Exception {
		readyDrop();
		Path otherKey = new SftpTestServer(this.tmp.resolve("other")).privateKeyFile;
		this.env.put("DROPS_SFTP_KEY", otherKey.toString());

		assertThatThrownBy(() -> source(knownHostsWithServerKey()).pull(JANUARY, this.pulls))
			.isInstanceOf(DropPullException.class)
			.hasMessageStartingWith("sftp 127.0.0.1:" + this.server.port() + ": cannot sign in with the key named by "
					+ "DROPS_SFTP_KEY as the user named by DROPS_SFTP_USER (")
			.message()
			.doesNotContain(SftpTestServer.USER);
	}

	@Test
	void aRemoteFileNameThatCouldLeaveTheFolderOrHideInAMessageIsRefused() throws IOException {
		readyDrop();
		remoteFile("2026-01/ssd..person.csv", PERSONS, NOW);
		assertThatThrownBy(() -> source(knownHostsWithServerKey()).pull(JANUARY, this.pulls))
			.isInstanceOf(DropPullException.class)
			.hasMessage("sftp 127.0.0.1:" + this.server.port() + " /drops/2026-01: refused the file name "
					+ "'ssd..person.csv' (a name with '/', '\\', '..' or a control character)");

		Files.delete(this.server.root.resolve("drops/2026-01/ssd..person.csv"));
		remoteFile("2026-01/ssd_person\u001b[2J.csv", PERSONS, NOW);
		assertThatThrownBy(() -> source(knownHostsWithServerKey()).pull(JANUARY, this.pulls))
			.isInstanceOf(DropPullException.class)
			.hasMessageContaining("refused the file name 'ssd_person\\u001b[2J.csv'");
		assertThat(Folders.names(this.pulls)).isEmpty();
	}

	@Test
	void aServerThatStopsAnsweringFailsThePullAfterTheTimeOut() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			SourceDefinition.Sftp definition = new SourceDefinition.Sftp("127.0.0.1", silent.getLocalPort(),
					"DROPS_SFTP_USER", "DROPS_SFTP_KEY", knownHostsWithServerKey(), "/drops", Duration.ofMinutes(10));
			SourcesProperties impatient = new SourcesProperties(Duration.ofSeconds(2), Duration.ofSeconds(1),
					Duration.ofSeconds(1));
			SftpSource source = new SftpSource(definition, impatient, this.env::get, Clock.fixed(NOW, ZoneOffset.UTC));

			long start = System.nanoTime();
			assertThatThrownBy(() -> source.pull(JANUARY, this.pulls)).isInstanceOf(DropPullException.class)
				.hasMessageStartingWith("sftp 127.0.0.1:" + silent.getLocalPort() + ": cannot sign in with the key "
						+ "named by DROPS_SFTP_KEY as the user named by DROPS_SFTP_USER (");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
		assertThat(this.pulls).doesNotExist();
	}

	private SftpSource source(Path knownHosts) {
		return new SftpSource(this.server.source(knownHosts, Duration.ofMinutes(10)), SETTINGS,
				this.env::get, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private Path knownHostsWithServerKey() throws IOException {
		return this.server.writeKnownHosts(this.tmp.resolve("known_hosts"),
				"# the agency's drop server, recorded when the job was set up",
				this.server.knownHostsLine(this.server.hostKey));
	}

	private void readyDrop() throws IOException {
		remoteFile("2026-01/ssd_person.csv", PERSONS, NOW);
		remoteFile("2026-01/READY", new byte[0], NOW);
	}

	private void remoteFile(String name, byte[] bytes, Instant modified) throws IOException {
		Path file = this.server.root.resolve("drops").resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
		Files.setLastModifiedTime(file, FileTime.from(modified));
	}
}

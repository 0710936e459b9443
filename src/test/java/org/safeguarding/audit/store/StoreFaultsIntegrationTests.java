package org.safeguarding.audit.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.cli.CliAccess;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the embedded store does when another process has, or had, its data folder: a run killed
 * with {@code kill -9} leaves its server running, which the next run stops (saying so) before it
 * goes on; while another run is using the folder, a run is refused, naming that run's process.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreFaultsIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void theNextRunStopsTheServerAKilledRunLeftBehindSaysSoAndGoesOn(CapturedOutput output) throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		Process killed = HoldStore.start(dataDir);
		List<String> pidFile = Files.readAllLines(dataDir.resolve("postmaster.pid"));
		long orphan = Long.parseLong(pidFile.get(0).strip());
		int orphanPort = Integer.parseInt(pidFile.get(3).strip());
		killed.destroyForcibly(); // SIGKILL: nothing of the run's own is left to stop its server
		killed.waitFor(30, TimeUnit.SECONDS);
		assertThat(accepts(orphanPort)).as("the killed run's server is still there").isTrue();

		try (ConfigurableApplicationContext context = EmbeddedStoreIntegrationTests.start(dataDir, false)) {
			assertThat(context.getBean(JdbcClient.class).sql("select 1").query(Integer.class).single()).isEqualTo(1);
		}
		assertThat(accepts(orphanPort)).as("the killed run's server is stopped").isFalse();
		assertThat(output.getOut()).contains("Stopped the embedded PostgreSQL (pid " + orphan
				+ ") that an earlier run left running; going on");
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Test
	void aRunWhileAnotherUsesTheFolderIsRefusedNamingItsProcess() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		Process other = HoldStore.start(dataDir);
		try {
			var err = new ByteArrayOutputStream();
			int code;
			System.setProperty("audit.store.data-dir", dataDir.toString());
			try {
				code = CliAccess.run(new String[] { "run-audit", "--extract", TestDrops.workedExample(this.temp).toString(),
						"--period", "2026-10", "--out", this.temp.resolve("out").toString() },
						new PrintStream(err, true, StandardCharsets.UTF_8));
			}
			finally {
				System.clearProperty("audit.store.data-dir");
			}

			assertThat(code).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: another run is using this data folder (pid "
					+ other.pid() + "): " + dataDir + System.lineSeparator());
			assertThat(other.isAlive()).as("the other run goes on").isTrue();
		}
		finally {
			other.destroy(); // SIGTERM: its shutdown hook stops its server
			other.waitFor(60, TimeUnit.SECONDS);
		}
	}
}

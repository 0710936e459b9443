package org.safeguarding.audit.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.AuditToolLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The default tool wherever the application is started: the one shipped in its jar, unless a setting names a file. */
class RunPropertiesTests {

	@TempDir
	Path temp;

	@Test
	void unsetTheDefaultToolIsTheOneInTheApplicationNotAPathFromTheWorkingFolder() throws Exception {
		RunProperties properties = new RunProperties(null, 500, 2, 2);
		assertThat(properties.toolLocation()).isEqualTo("classpath:jobs/audit-tools/babies-under-one.yml");
		AuditTool shipped = AuditToolLoader.loadLocation(properties.toolLocation());
		AuditTool file = AuditToolLoader.load(Path.of("jobs/audit-tools/babies-under-one.yml"));
		assertThat(shipped.id()).isEqualTo("babies-under-one");
		assertThat(shipped.sha256()).as("the same bytes, so the same runs").isEqualTo(file.sha256());
	}

	@Test
	void aSettingNamingAFileIsThatFileAbsolute() throws Exception {
		Path tool = Files.copy(Path.of("jobs/audit-tools/babies-under-one.yml"), this.temp.resolve("tool.yml"));
		assertThat(new RunProperties(tool.toString(), 500, 2, 2).toolLocation()).isEqualTo(tool.toAbsolutePath().toString());
	}

	@Test
	void aSettingNamingNoFileOrAFolderIsAnErrorNamingTheSetting() {
		assertThatIllegalStateException().isThrownBy(() -> new RunProperties("/nope.yml", 500, 2, 2).toolLocation())
			.withMessage("setting audit.run.tool (AUDIT_RUN_TOOL) = '/nope.yml': no such file");
		assertThatIllegalStateException().isThrownBy(() -> new RunProperties(this.temp.toString(), 500, 2, 2).toolLocation())
			.withMessageEndingWith("no such file (it is a folder)");
	}
}

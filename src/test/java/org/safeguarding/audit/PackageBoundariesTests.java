package org.safeguarding.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain (reading drops, scoring, statistics) is plain Java that the run engine, the
 * reports, the command line and the served application use, never the other way round.
 */
class PackageBoundariesTests {

	private static final String BASE = "org.safeguarding.audit";

	private static final JavaClasses PRODUCT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	static final ArchRule DOMAIN_STANDS_ALONE = noClasses().that()
		.resideInAnyPackage(BASE + ".audit..", BASE + ".extract..", BASE + ".stats..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(BASE + ".run..", BASE + ".report..", BASE + ".cli..", BASE + ".bench..", BASE + ".web..",
				BASE + ".security..", BASE + ".board..", BASE + ".review..", BASE + ".jobs..", BASE + ".scale..", "org.springframework.web..",
				"org.springframework.security..", "jakarta.servlet..")
		.because("the domain packages are plain Java, used by the run engine, reports and web layer");

	@Test
	void domainDependsOnNoRunnerReportCommandLineBenchmarkOrWebCode() {
		DOMAIN_STANDS_ALONE.check(PRODUCT);
	}
}

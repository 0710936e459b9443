package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.generate.DropChecker.Reason;
import org.safeguarding.audit.generate.DropChecker.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.generate.ExtractGeneratorTests.generate;

class BadRowsTests {

	@TempDir
	Path dir;

	@Test
	void everyKindOfBadRowIsMixedInAndRejected() throws IOException {
		GeneratedDrop drop = generate(this.dir, 300, "2026-06", 21, 0.2);
		DropChecker checker = DropChecker.check(this.dir);
		Set<Reason> reasons = checker.rejections.stream().map(Rejection::reason).collect(Collectors.toSet());
		assertThat(reasons).containsAll(EnumSet.complementOf(EnumSet.of(Reason.UNKNOWN_ASSESSMENT)));
		assertThat(drop.badRowsPerKind().keySet()).containsExactlyInAnyOrder(BadRowKind.values());
		assertThat(checker.rejections).hasSize((int) drop.badRowsWritten());
		assertThat(drop.badRowsPerKind().values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(drop.badRowsWritten());
	}

	@Test
	void octobersUpgradeSpoilsHealthVisitingDatesAndEverySpoiltRowIsCountedAndRejected() throws IOException {
		GeneratedDrop drop = generate(this.dir.resolve("bad"), 300, "2026-10", 21, 0.01);
		DropChecker checker = DropChecker.check(this.dir.resolve("bad"));
		assertThat(checker.rejections).hasSize((int) drop.badRowsWritten());
		long spoilt = checker.rejections.stream()
			.filter(r -> r.file().equals("ext_agency_events_health_visiting.csv") && r.reason() == Reason.INVALID_DATE)
			.count();
		long healthVisiting = drop.dataRowsPerFile().get("ext_agency_events_health_visiting.csv");
		assertThat((double) spoilt / healthVisiting).isBetween(0.25, 0.35);
		assertThat(Files.readString(this.dir.resolve("bad").resolve("ext_agency_events_health_visiting.csv")))
			.containsPattern(",\\d{2}/\\d{2}/\\d{2},");
		generate(this.dir.resolve("clean"), 300, "2026-10", 21, 0);
		assertThat(DropChecker.check(this.dir.resolve("clean")).rejections).isEmpty();
	}

	@Test
	void aboutTheRateOfRowsIsBad() {
		GeneratedDrop drop = generate(this.dir, 1000, "2026-06", 21, 0.2);
		assertThat((double) drop.badRowsWritten() / drop.dataRows()).isBetween(0.17, 0.23);
	}

	@Test
	void theInvalidDatesAreTheOnesTheSpecNames() throws IOException {
		generate(this.dir, 300, "2026-06", 21, 0.2);
		StringBuilder all = new StringBuilder();
		for (String file : ExtractGeneratorTests.fileNames(this.dir)) {
			all.append(Files.readString(this.dir.resolve(file)));
		}
		assertThat(all).contains(",31/02/2026,", ",2026-13-01,", ",1/5/2026,");
	}

	@Test
	void badRowsLeaveTheGoodRowsLoadingAsInACleanDrop() throws IOException {
		GeneratedDrop clean = generate(this.dir.resolve("clean"), 300, "2026-06", 21, 0);
		generate(this.dir.resolve("bad"), 300, "2026-06", 21, 0.3);
		DropChecker checker = DropChecker.check(this.dir.resolve("bad"));
		Map<String, Long> loadedPerFile = checker.loaded.values().stream().flatMap((rows) -> rows.stream())
			.collect(Collectors.groupingBy(DropChecker.Loaded::file, Collectors.counting()));
		assertThat(loadedPerFile).isEqualTo(clean.dataRowsPerFile());
	}
}

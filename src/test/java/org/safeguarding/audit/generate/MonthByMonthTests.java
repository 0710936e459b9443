package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.generate.ExtractGeneratorTests.generate;

class MonthByMonthTests {

	@TempDir
	Path dir;

	@Test
	void aBabyKeepsItsIdAndHistoryInTheNextMonthsDrop() throws IOException {
		generate(this.dir.resolve("march"), 400, "2026-03", 9, 0);
		generate(this.dir.resolve("april"), 400, "2026-04", 9, 0);
		Set<String> marchBabies = babies(this.dir.resolve("march"));
		Set<String> aprilBabies = babies(this.dir.resolve("april"));
		Set<String> both = new HashSet<>(marchBabies);
		both.retainAll(aprilBabies);
		assertThat(both.size()).isGreaterThan(marchBabies.size() * 3 / 4);
		Set<String> aprilEvents = new HashSet<>(lines(this.dir.resolve("april"), "ext_agency_events_csc.csv"));
		List<String> marchEventsOfBoth = lines(this.dir.resolve("march"), "ext_agency_events_csc.csv").stream()
			.filter((line) -> both.contains(line.split(",")[1]))
			.toList();
		assertThat(marchEventsOfBoth).isNotEmpty();
		assertThat(aprilEvents).containsAll(marchEventsOfBoth);
		assertThat(aprilEvents.size()).isGreaterThan(marchEventsOfBoth.size());
	}

	@Test
	void practiceDiffersByTeamAndImprovesMonthByMonth() {
		World world = new World(1, 100);
		LocalDate june = LocalDate.of(2026, 6, 15);
		assertThat(world.chance("North", june, 0)).isGreaterThan(world.chance("Central", june, 0) + 0.3);
		assertThat(world.chance("", june, 0)).isLessThan(world.chance("South", june, 0));
		assertThat(world.chance("East", june, 0)).isGreaterThan(world.chance("East", june.minusMonths(1), 0))
			.isLessThan(world.chance("East", june.minusMonths(12), 0) + 0.2);
	}

	private static Set<String> babies(Path folder) throws IOException {
		Set<String> babies = new HashSet<>();
		for (String line : lines(folder, "ssd_cin_episodes.csv")) {
			babies.add(line.split(",")[1]);
		}
		return babies;
	}

	private static List<String> lines(Path folder, String file) throws IOException {
		List<String> lines = Files.readAllLines(folder.resolve(file));
		return lines.subList(1, lines.size());
	}
}

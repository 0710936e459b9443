package org.safeguarding.audit.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.extract.LoadDropTaskletTests.file;

/** The drop's files shared among the load's workers by size: largest first, to the lightest worker. */
class DropFilePartitionerTests {

	@Test
	void largestFileFirstToTheWorkerWithFewestBytes() {
		Drop drop = drop(file("ext_agency_events_csc.csv", 140), file("ext_agency_events_gp.csv", 3),
				file("ext_agency_events_health.csv", 30), file("ext_person_relationship.csv", 10),
				file("ssd_cin_episodes.csv", 5), file("ssd_person.csv", 8));

		Map<String, String> partitions = files(new DropFilePartitioner(drop).partition(2));

		// 140 | 30, 10, 8, 5, 3: the big file alone, everything else on the other worker.
		assertThat(partitions).containsExactly(Map.entry("partition0", "ext_agency_events_csc.csv"),
				Map.entry("partition1", "ext_agency_events_gp.csv/ext_agency_events_health.csv/"
						+ "ext_person_relationship.csv/ssd_cin_episodes.csv/ssd_person.csv"));
	}

	@Test
	void filesOfSimilarSizeAreSpreadEvenly() {
		Drop drop = drop(file("ext_agency_events_gp.csv", 7), file("ext_person_relationship.csv", 6),
				file("ssd_cin_episodes.csv", 5), file("ssd_cp_plans.csv", 4), file("ssd_person.csv", 3));

		Map<String, String> partitions = files(new DropFilePartitioner(drop).partition(2));

		// 7 → w0; 6 → w1; 5 → w1 (6 < 7); 4 → w0 (7 < 11); 3 → w0 (11 = 11, the first): 14 and 11 bytes.
		assertThat(partitions).containsExactly(
				Map.entry("partition0", "ext_agency_events_gp.csv/ssd_cp_plans.csv/ssd_person.csv"),
				Map.entry("partition1", "ext_person_relationship.csv/ssd_cin_episodes.csv"));
	}

	@Test
	void equalSizesGoInDropOrder() {
		Drop drop = drop(file("ext_agency_events_gp.csv", 5), file("ssd_cin_episodes.csv", 5),
				file("ssd_person.csv", 5));

		assertThat(files(new DropFilePartitioner(drop).partition(3))).containsExactly(
				Map.entry("partition0", "ext_agency_events_gp.csv"), Map.entry("partition1", "ssd_cin_episodes.csv"),
				Map.entry("partition2", "ssd_person.csv"));
	}

	@Test
	void oneWorkerLoadsTheWholeDropInDropOrder() {
		Drop drop = drop(file("ext_agency_events_gp.csv", 1), file("ssd_cin_episodes.csv", 50),
				file("ssd_person.csv", 9));

		assertThat(files(new DropFilePartitioner(drop).partition(1)))
			.containsExactly(Map.entry("partition0", "ext_agency_events_gp.csv/ssd_cin_episodes.csv/ssd_person.csv"));
	}

	@Test
	void fewerFilesThanWorkersGiveOneWorkerPerFile() {
		Drop drop = drop(file("ssd_cin_episodes.csv", 50), file("ssd_person.csv", 9));

		assertThat(files(new DropFilePartitioner(drop).partition(8))).containsExactly(
				Map.entry("partition0", "ssd_cin_episodes.csv"), Map.entry("partition1", "ssd_person.csv"));
	}

	@Test
	void emptyDropGivesOneWorkerWithNothingToLoad() {
		Map<String, ExecutionContext> partitions = new DropFilePartitioner(drop()).partition(2);

		assertThat(files(partitions)).containsExactly(Map.entry("partition0", ""));
		assertThat(DropFilePartitioner.filesOf(drop(), partitions.get("partition0"))).isEmpty();
	}

	@Test
	void sameDropSamePartitions() {
		Drop drop = drop(file("ext_agency_events_gp.csv", 7), file("ext_person_relationship.csv", 7),
				file("ssd_cin_episodes.csv", 2), file("ssd_person.csv", 12));

		assertThat(files(new DropFilePartitioner(drop).partition(3)))
			.isEqualTo(files(new DropFilePartitioner(drop).partition(3)));
	}

	@Test
	void workerReadsBackItsFilesInDropOrder() {
		Drop drop = drop(file("ext_agency_events_gp.csv", 1), file("ssd_cin_episodes.csv", 50),
				file("ssd_cp_plans.csv", 2), file("ssd_person.csv", 60));

		Map<String, ExecutionContext> partitions = new DropFilePartitioner(drop).partition(2);

		assertThat(DropFilePartitioner.filesOf(drop, partitions.get("partition0"))).extracting(DropFile::name)
			.containsExactly("ssd_person.csv");
		assertThat(DropFilePartitioner.filesOf(drop, partitions.get("partition1"))).extracting(DropFile::name)
			.containsExactly("ext_agency_events_gp.csv", "ssd_cin_episodes.csv", "ssd_cp_plans.csv");
	}

	private static Drop drop(DropFile... files) {
		return new Drop(Path.of("drop"), List.of(files), "f".repeat(64), List.of());
	}

	private static Map<String, String> files(Map<String, ExecutionContext> partitions) {
		return partitions.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getString(DropFilePartitioner.FILES_KEY),
					(a, b) -> a, java.util.LinkedHashMap::new));
	}
}

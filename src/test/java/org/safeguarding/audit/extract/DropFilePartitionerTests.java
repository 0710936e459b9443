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
		assertThat(DropFilePartitioner.piecesOf(drop(), partitions.get("partition0"))).isEmpty();
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

		assertThat(DropFilePartitioner.piecesOf(drop, partitions.get("partition0"))).extracting(FilePiece::file)
			.containsExactly("ssd_person.csv");
		assertThat(DropFilePartitioner.piecesOf(drop, partitions.get("partition1"))).extracting(FilePiece::file)
			.containsExactly("ext_agency_events_gp.csv", "ssd_cin_episodes.csv", "ssd_cp_plans.csv");
	}

	@Test
	void aFileBiggerThanHalfAWorkersShareIsCutIntoPiecesAtItsCuts() {
		// 1,000 bytes in all, 2 workers: pieces of at most 250 bytes where the file's cuts allow.
		DropFile events = new DropFile("ext_agency_events_csc.csv", Table.EXT_AGENCY_EVENTS, 600, "0".repeat(64), List.of(),
				List.of(), List.of(new DropFile.Cut(100, 11), new DropFile.Cut(210, 22), new DropFile.Cut(320, 33),
						new DropFile.Cut(430, 44), new DropFile.Cut(540, 55)));
		Drop drop = drop(events, file("ext_person_relationship.csv", 250), file("ssd_person.csv", 150));

		Map<String, String> partitions = files(new DropFilePartitioner(drop).partition(2));

		// 600 bytes in 3 pieces of >= 200: [0,210) [210,430) [430,end) = 210, 220, 170 bytes;
		// then 250 -> w0, 220 -> w1, 210 -> w1, 170 -> w0, 150 -> w0: 570 and 430 bytes.
		assertThat(partitions).containsExactly(
				Map.entry("partition0", "430:-1:44:ext_agency_events_csc.csv/ext_person_relationship.csv/ssd_person.csv"),
				Map.entry("partition1", "0:210:1:ext_agency_events_csc.csv/210:430:22:ext_agency_events_csc.csv"));
	}

	@Test
	void oneWorkerLoadsEveryFileWhole() {
		DropFile events = new DropFile("ext_agency_events_csc.csv", Table.EXT_AGENCY_EVENTS, 600, "0".repeat(64), List.of(),
				List.of(), List.of(new DropFile.Cut(100, 11), new DropFile.Cut(300, 33)));

		assertThat(files(new DropFilePartitioner(drop(events, file("ssd_person.csv", 50))).partition(1)))
			.containsExactly(Map.entry("partition0", "ext_agency_events_csc.csv/ssd_person.csv"));
	}

	@Test
	void piecesReadBackWhateverTheFileName() {
		FilePiece piece = new FilePiece("ext_agency_events_a:b.csv", 1234, FilePiece.END, 77);

		assertThat(FilePiece.decode(piece.encode())).isEqualTo(piece);
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

package org.safeguarding.audit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.safeguarding.audit.cli.CommandOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DropShapeTests {

	@TempDir
	Path temp;

	@Test
	void teamsAreGivenInTurnToTheEpisodesAndTheOtherFilesAreCopied() throws IOException {
		Path drop = drop();
		Path shaped = this.temp.resolve("drop-teams-2");
		DropShape.parse("teams=2").apply(drop, shaped);
		assertThat(Files.readAllLines(shaped.resolve("ssd_cin_episodes.csv"))).containsExactly(
				"cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team,cine_referral_source_code",
				"E1,P1,27/03/2025,,Team 00001,3E", "E2,P2,28/03/2025,,Team 00002,", "E3,P3,29/03/2025,01/04/2025,Team 00001,1A");
		assertThat(Files.readString(shaped.resolve("ssd_person.csv"))).isEqualTo(Files.readString(drop.resolve("ssd_person.csv")));
		assertThat(this.temp.resolve("drop-teams-2.partial")).doesNotExist();
	}

	@Test
	void rejectedRowsAreCopiesOfGpEventsWithAnImpossibleDate() throws IOException {
		Path shaped = this.temp.resolve("drop-rejected-3");
		DropShape.parse("rejected=3").apply(drop(), shaped);
		assertThat(Files.readAllLines(shaped.resolve("ext_agency_events_gp.csv"))).containsExactly(
				"evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason",
				"V1,P1,,GP,GP_NOTIFIED,07/04/2025,08/04/2025,,", "V2,P2,,GP,GP_NOTIFIED,07/04/2025,10/04/2025,COMPLETED,",
				"VR00000001,P1,,GP,GP_NOTIFIED,31/02/2026,08/04/2025,,",
				"VR00000002,P2,,GP,GP_NOTIFIED,31/02/2026,10/04/2025,COMPLETED,",
				"VR00000003,P1,,GP,GP_NOTIFIED,31/02/2026,08/04/2025,,");
	}

	@Test
	void extraColumnsAreNamedInThePlansHeaderAndEmptyInEveryRow() throws IOException {
		Path shaped = this.temp.resolve("drop-extra-columns-3");
		DropShape.parse("extra-columns=3").apply(drop(), shaped);
		assertThat(Files.readAllLines(shaped.resolve("ssd_cp_plans.csv"))).containsExactly(
				"cppl_cp_plan_id,cppl_person_id,cppl_referral_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date,cppl_cp_plan_initial_category,x1,x2,x3",
				"C1,P1,E1,2025-04-27,,NEG,,,");
	}

	@Test
	void aShapeNotKnownOrWithoutAPositiveAmountIsRefusedByName() {
		assertThatThrownBy(() -> DropShape.parse("colours=3")).isInstanceOf(CommandOptions.UsageException.class)
			.hasMessage("benchmark: --shape is teams=N, rejected=N or extra-columns=N (was 'colours=3')");
		assertThatThrownBy(() -> DropShape.parse("teams=0")).isInstanceOf(CommandOptions.UsageException.class)
			.hasMessage("benchmark: --shape teams=N takes a whole number of 1 or more (was 'teams=0')");
		assertThatThrownBy(() -> DropShape.parse("rejected")).isInstanceOf(CommandOptions.UsageException.class)
			.hasMessage("benchmark: --shape rejected=N takes a whole number of 1 or more (was 'rejected')");
		assertThatThrownBy(() -> DropShape.parse(" TEAMS ")).isInstanceOf(CommandOptions.UsageException.class)
			.hasMessage("benchmark: --shape teams=N takes a whole number of 1 or more (was ' TEAMS ')");
		assertThat(DropShape.parse("Teams = 7")).isEqualTo(new DropShape(DropShape.Kind.TEAMS, 7));
	}

	@Test
	void aDropWithoutTheFileToReshapeIsRefusedByNameAndLeavesNothing() throws IOException {
		Path drop = drop();
		Files.delete(drop.resolve("ssd_cp_plans.csv"));
		Path shaped = this.temp.resolve("drop-extra-columns-3");
		assertThatThrownBy(() -> DropShape.parse("extra-columns=3").apply(drop, shaped))
			.hasMessage("--shape extra-columns reshapes ssd_cp_plans.csv, which " + drop + " does not have");
		assertThat(shaped).doesNotExist();
		assertThat(this.temp.resolve("drop-extra-columns-3.partial")).doesNotExist();
	}

	@Test
	void anEmptyFileToReshapeIsRefusedByNameAndLeavesNothing() throws IOException {
		Path drop = drop();
		Files.writeString(drop.resolve("ssd_cin_episodes.csv"), "");
		Path shaped = this.temp.resolve("drop-teams-2");
		assertThatThrownBy(() -> DropShape.parse("teams=2").apply(drop, shaped))
			.hasMessage(drop.resolve("ssd_cin_episodes.csv") + " is empty: it has no header to reshape");
		assertThat(shaped).doesNotExist();
		assertThat(this.temp.resolve("drop-teams-2.partial")).doesNotExist();
	}

	private Path drop() throws IOException {
		Path drop = Files.createDirectories(this.temp.resolve("drop"));
		Files.write(drop.resolve("ssd_cin_episodes.csv"), List.of(
				"cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team,cine_referral_source_code",
				"E1,P1,27/03/2025,,East,3E", "E2,P2,28/03/2025,,West,", "E3,P3,29/03/2025,01/04/2025,East,1A"));
		Files.write(drop.resolve("ext_agency_events_gp.csv"), List.of(
				"evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason",
				"V1,P1,,GP,GP_NOTIFIED,07/04/2025,08/04/2025,,", "V2,P2,,GP,GP_NOTIFIED,07/04/2025,10/04/2025,COMPLETED,"));
		Files.write(drop.resolve("ssd_cp_plans.csv"), List.of(
				"cppl_cp_plan_id,cppl_person_id,cppl_referral_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date,cppl_cp_plan_initial_category",
				"C1,P1,E1,2025-04-27,,NEG"));
		Files.write(drop.resolve("ssd_person.csv"), List.of("pers_person_id,pers_sex", "P1,F"));
		return drop;
	}
}

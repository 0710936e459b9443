package org.safeguarding.audit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A wrong definition fails at load, before anything is scored, naming the file, criterion and field. */
class ToolDefinitionErrorsTests {

	@TempDir
	Path dir;

	private String file;

	@BeforeEach
	void name() {
		this.file = this.dir.resolve("x.yml").toString();
	}

	@Test
	void negativeWindow() {
		assertThat(fail(edit("GP_INFORMED", "withinDays: 7", "withinDays: -7")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: rule.withinDays must not be negative (was -7)");
	}

	@Test
	void unknownRuleKind() {
		assertThat(fail(edit("DA_RISK_ASSESSED", "kind: event-completed", "kind: event-complete")))
			.startsWith(this.file + ": criterion DA_RISK_ASSESSED: rule.kind is not a known rule kind"
					+ " (was event-complete; known: all-of-event-types-completed, bruising-response,");
	}

	@Test
	void unknownEventType() {
		assertThat(fail(edit("GP_INFORMED", "eventType: GP_NOTIFIED", "eventType: GP_NOTIFY")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: rule.eventType is not a known event type (was GP_NOTIFY)");
	}

	@Test
	void unknownEventTypeAmongLabelledTypes() {
		assertThat(fail(edit("SAFE_SLEEP", "SAFE_SLEEP_ADVICE:", "SAFE_SLEEP_ADVISE:"))).isEqualTo(
				this.file + ": criterion SAFE_SLEEP: rule.eventTypes.SAFE_SLEEP_ADVISE is not a known event type");
	}

	@Test
	void missingWeight() {
		assertThat(fail(edit("GP_INFORMED", "    weight: 1\n", "")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: weight is missing");
	}

	@Test
	void weightThatIsNotAWholePositiveNumber() {
		assertThat(fail(edit("GP_INFORMED", "weight: 1", "weight: 0")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: weight must be at least 1 (was 0)");
		assertThat(fail(edit("GP_INFORMED", "weight: 1", "weight: 1.5")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: weight must be a whole number (was 1.5)");
		assertThat(fail(edit("GP_INFORMED", "weight: 1", "weight: \"1\"")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: weight must be a whole number (was \"1\")");
	}

	@Test
	void limitingThatIsNotABoolean() {
		assertThat(fail(edit("GP_INFORMED", "limiting: false", "limiting: no way")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: limiting must be true or false (was \"no way\")");
	}

	@Test
	void duplicateCode() {
		assertThat(fail(edit("CHRONOLOGY_CURRENT", "code: CHRONOLOGY_CURRENT", "code: GP_INFORMED")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: code is used twice (criteria #4 and #5)");
	}

	@Test
	void missingCodeNamesTheCriterionByNumber() {
		assertThat(fail(edit("HOUSEHOLD_VERIFIED", "- code: HOUSEHOLD_VERIFIED\n    title:", "- title:")))
			.isEqualTo(this.file + ": criterion #3: code is missing");
	}

	@Test
	void unknownPlaceholderInAnEvidenceTemplate() {
		assertThat(fail(edit("GP_INFORMED", "MET: \"GP told {date}", "MET: \"GP told {dat}")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: evidence.MET uses unknown placeholder {dat}"
					+ " (known: auditDate, date, days, event, eventType, period, referral, withinDays)");
	}

	@Test
	void placeholderAnOutcomeDoesNotHave() {
		assertThat(fail(edit("GP_INFORMED", "NOT_MET: \"GP not told since", "NOT_MET: \"GP told {date}, not since")))
			.startsWith(this.file + ": criterion GP_INFORMED: evidence.NOT_MET uses unknown placeholder {date}");
	}

	@Test
	void unknownPlaceholderInAConditionSentence() {
		assertThat(fail(edit("GP_INFORMED", "otherwise: \"referred {days}", "otherwise: \"referred {age}")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: appliesWhen[1].otherwise uses unknown placeholder {age}"
					+ " (known: atLeast, auditDate, days, period, referral)");
	}

	@Test
	void strayBraceInATemplate() {
		assertThat(fail(edit("GP_INFORMED", "{date}, {days}", "{date, {days}"))).isEqualTo(this.file
				+ ": criterion GP_INFORMED: evidence.MET has a '{' or '}' that is not a {placeholder}");
	}

	@Test
	void missingEvidenceForAnOutcomeTheRuleGives() {
		assertThat(fail(edit("GP_INFORMED", "      PARTLY_MET: \"GP told", "      PARTLY: \"GP told")))
			.startsWith(this.file + ": criterion GP_INFORMED: evidence.PARTLY is not an outcome that rule kind"
					+ " first-completed-event-since-referral gives (it gives MET, PARTLY_MET, NOT_MET)");
		assertThat(fail(edit("GP_INFORMED", "      NOT_MET: \"GP not told since referral {referral}\"\n", "")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: evidence.NOT_MET is missing");
	}

	@Test
	void evidenceForAnOutcomeTheRuleNeverGives() {
		assertThat(fail(edit("DA_RISK_ASSESSED", "      NOT_MET:", "      PARTLY_MET: \"some\"\n      NOT_MET:")))
			.isEqualTo(this.file + ": criterion DA_RISK_ASSESSED: evidence.PARTLY_MET is not an outcome that rule kind"
					+ " event-completed gives (it gives MET, NOT_MET)");
	}

	@Test
	void unknownFieldsAreRefusedAtEveryLevel() {
		assertThat(fail(edit("GP_INFORMED", "    weight: 1\n", "    weight: 1\n    colour: red\n")))
			.startsWith(this.file + ": criterion GP_INFORMED: colour is not a known field here (known: code, title,");
		assertThat(fail(edit("GP_INFORMED", "      withinDays: 7\n", "      withinDays: 7\n      window: 3\n")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: rule.window is not a known field here"
					+ " (known: kind, eventType, withinDays)");
		assertThat(fail(edit("GP_INFORMED", "        atLeast: 7\n", "        atLeast: 7\n        atMost: 9\n")))
			.startsWith(this.file + ": criterion GP_INFORMED: appliesWhen[1].atMost is not a known field here");
		assertThat(fail(ToolFile.copyOfDefault().replace("wilsonZ:", "colour: red\nwilsonZ:")))
			.startsWith(this.file + ": colour is not a known field here");
		assertThat(fail(ToolFile.copyOfDefault().replace("  amber: 70\n", "  amber: 70\n  red: 0\n")))
			.isEqualTo(this.file + ": rag.red is not a known field here (known: green, amber)");
	}

	@Test
	void unknownCondition() {
		assertThat(fail(edit("PLAN_SHARED", "condition: cp-plan", "condition: has-cp-plan")))
			.startsWith(this.file + ": criterion PLAN_SHARED: appliesWhen[1].condition is not a known condition"
					+ " (was has-cp-plan; known: age-in-days, assessment-factor, born,");
	}

	@Test
	void ruleThatReliesOnAConditionTheCriterionDoesNotList() {
		assertThat(fail(edit("BRUISING_RESPONSE", "    appliesWhen:\n      - condition: born\n"
				+ "        otherwise: \"not born at the audit date\"\n", "")))
			.isEqualTo(this.file + ": criterion BRUISING_RESPONSE: rule.kind bruising-response needs the condition"
					+ " born in appliesWhen");
	}

	@Test
	void conditionThatReliesOnAnEarlierOne() {
		assertThat(fail(edit("DA_ENQUIRY_POSTNATAL", "      - condition: born\n"
				+ "        otherwise: \"not born at the audit date\"\n", "")))
			.isEqualTo(this.file + ": criterion DA_ENQUIRY_POSTNATAL: appliesWhen[1].condition age-in-days needs"
					+ " the condition born before it");
	}

	@Test
	void unknownGroupOfPeople() {
		assertThat(fail(edit("CRYING_ADVICE", "people: carers", "people: women")))
			.isEqualTo(this.file + ": criterion CRYING_ADVICE: rule.people must be one of [carers, men] (was women)");
	}

	@Test
	void percentageOverAHundred() {
		assertThat(fail(edit("RECORDS_CONTEMPORANEOUS", "partlyMetAtLeastPct: 80", "partlyMetAtLeastPct: 180")))
			.isEqualTo(this.file + ": criterion RECORDS_CONTEMPORANEOUS: rule.partlyMetAtLeastPct must be from 0 to 100"
					+ " (was 180)");
	}

	@Test
	void thresholdsOutOfOrderOrRange() {
		assertThat(fail(ToolFile.copyOfDefault().replace("good: 80", "good: 50")))
			.isEqualTo(this.file + ": grades.requiresImprovement must be from 0 to good (was 60)");
		assertThat(fail(ToolFile.copyOfDefault().replace("green: 90", "green: 101")))
			.isEqualTo(this.file + ": rag.green must be from 0 to 100 (was 101)");
		assertThat(fail(ToolFile.copyOfDefault().replace("wilsonZ: 1.959964", "wilsonZ: -1.96")))
			.isEqualTo(this.file + ": wilsonZ must be positive (was -1.96)");
		assertThat(fail(ToolFile.copyOfDefault().replace("wilsonZ: 1.959964", "wilsonZ: high")))
			.isEqualTo(this.file + ": wilsonZ must be a number (was \"high\")");
	}

	@Test
	void badYaml() {
		assertThat(fail(ToolFile.copyOfDefault().replace("title: Babies under one", "title: [Babies under one")))
			.startsWith(this.file + ": is not valid YAML: ")
			.contains("(line ");
	}

	@Test
	void fieldWrittenTwiceIsBadYaml() {
		assertThat(fail(edit("GP_INFORMED", "    weight: 1\n", "    weight: 1\n    weight: 4\n")))
			.isEqualTo(this.file + ": is not valid YAML: Duplicate Object property \"weight\" (line 114)");
	}

	@Test
	void emptyOrMissingFile() throws Exception {
		Files.writeString(this.dir.resolve("x.yml"), "# nothing yet\n");
		assertThat(fail(Path.of(this.file))).isEqualTo(this.file + ": is empty");
		assertThat(fail(this.dir.resolve("none.yml"))).startsWith(this.dir.resolve("none.yml") + ": cannot be read");
	}

	@Test
	void definitionThatIsNotAMapping() throws Exception {
		Files.writeString(this.dir.resolve("x.yml"), "- just\n- a list\n");
		assertThat(fail(Path.of(this.file))).isEqualTo(this.file + ": the definition must be a mapping of fields");
	}

	@Test
	void noCriteria() {
		String yaml = "id: t\nversion: 1\ntitle: T\ngrades: {good: 80, requiresImprovement: 60}\n"
				+ "rag: {green: 90, amber: 70}\nwilsonZ: 1.96\ncriteria: []\n";
		assertThat(fail(yaml)).isEqualTo(this.file + ": criteria must list at least one criterion");
	}

	@Test
	void whyThatIsGivenMustSaySomething() {
		assertThat(fail(ToolFile.copyOfDefault().withoutWhy("GP_INFORMED").inCriterion("GP_INFORMED", "    weight: 1\n",
				"    why: ''\n    weight: 1\n")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: why must be a non-empty text");
		assertThat(fail(ToolFile.copyOfDefault().withoutWhy("GP_INFORMED").inCriterion("GP_INFORMED", "    weight: 1\n",
				"    why: [a, list]\n    weight: 1\n")))
			.isEqualTo(this.file + ": criterion GP_INFORMED: why must be a non-empty text");
	}

	@Test
	void whyMayBeLeftOut() {
		Path path = ToolFile.copyOfDefault().withoutWhy("GP_INFORMED").writeTo(Path.of(this.file));
		AuditTool tool = AuditToolLoader.load(path);
		assertThat(tool.criterion("GP_INFORMED").orElseThrow().why()).isEmpty();
		assertThat(tool.criterion("SAFE_SLEEP").orElseThrow().why()).isPresent();
	}

	private ToolFile edit(String criterion, String from, String to) {
		return ToolFile.copyOfDefault().inCriterion(criterion, from, to);
	}

	private String fail(ToolFile tool) {
		return fail(tool.writeTo(Path.of(this.file)));
	}

	private String fail(String yaml) {
		try {
			return fail(Files.writeString(Path.of(this.file), yaml));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fail(Path path) {
		ToolDefinitionException ex = catchThrowableOfType(ToolDefinitionException.class,
				() -> AuditToolLoader.load(path));
		assertThat(ex).as("loading %s", path).isNotNull();
		return ex.getMessage();
	}
}

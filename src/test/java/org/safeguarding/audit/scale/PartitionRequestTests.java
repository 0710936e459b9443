package org.safeguarding.audit.scale;

import org.junit.jupiter.api.Test;

import org.springframework.batch.integration.partition.StepExecutionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartitionRequestTests {

	@Test
	void aRequestTravelsAsTheStepNameAndTheStepExecutionId() {
		PartitionRequest request = PartitionRequest.of(new StepExecutionRequest("scoreCaseRangeStep", 42L));
		assertThat(request.text()).isEqualTo("scoreCaseRangeStep 42");
		assertThat(request.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(21);
		assertThat(PartitionRequest.parse("scoreCaseRangeStep 42")).isEqualTo(request);
	}

	@Test
	void aMessageOfAnotherFormIsRefusedNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartitionRequest.parse("rm -rf 42"))
			.withMessage("not a partition request: 'rm -rf 42'");
		assertThatIllegalArgumentException().isThrownBy(() -> PartitionRequest.parse("loadFilesStep -1"))
			.withMessage("not a partition request: 'loadFilesStep -1'");
		assertThatIllegalArgumentException().isThrownBy(() -> PartitionRequest.parse(null))
			.withMessage("not a partition request: ''");
	}
}

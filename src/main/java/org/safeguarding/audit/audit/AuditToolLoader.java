package org.safeguarding.audit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.extract.Sha256;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and checks an audit-tool definition (YAML); anything wrong is a {@link ToolDefinitionException}. */
public final class AuditToolLoader {

	// A key written twice would otherwise silently keep the last value.
	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/** The prefix of a tool shipped in the application's jar. */
	public static final String CLASSPATH = "classpath:";

	private AuditToolLoader() {
	}

	/** Loads the definition at {@code file}; error messages name the file as given here. */
	public static AuditTool load(Path file) {
		String name = file.toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new ToolDefinitionException(name + ": cannot be read (" + ex + ")", ex);
		}
		return load(name, bytes);
	}

	/**
	 * Loads a definition from where a run names it: {@code classpath:jobs/audit-tools/x.yml} (the
	 * tools shipped in the application's jar, found wherever it is started) or a file path.
	 */
	public static AuditTool loadLocation(String location) {
		if (!location.startsWith(CLASSPATH)) {
			return load(Path.of(location));
		}
		String resource = location.substring(CLASSPATH.length());
		try (InputStream in = AuditToolLoader.class.getResourceAsStream("/" + resource)) {
			if (in == null || resource.contains("..")) {
				throw new ToolDefinitionException(location + ": is not in the application");
			}
			return load(resource, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new ToolDefinitionException(location + ": cannot be read (" + ex + ")", ex);
		}
	}

	/** Loads a definition's bytes; error messages name it {@code name}. */
	public static AuditTool load(String name, byte[] bytes) {
		JsonNode root;
		try {
			root = YAML.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw new ToolDefinitionException(name + ": is not valid YAML: " + ex.getOriginalMessage()
					+ ((ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ")" : ""), ex);
		}
		if (root == null || root.isMissingNode() || root.isNull()) {
			throw new ToolDefinitionException(name + ": is empty");
		}
		DefinitionNode tool = new DefinitionNode(root, name + ": ", "");
		String id = tool.text("id");
		String version = tool.text("version");
		String title = tool.text("title");
		DefinitionNode grades = tool.object("grades");
		BigDecimal good = grades.decimal("good");
		BigDecimal requiresImprovement = grades.decimal("requiresImprovement");
		ordered(grades, "requiresImprovement", requiresImprovement, "good", good);
		grades.refuseUnknownFields();
		DefinitionNode rag = tool.object("rag");
		BigDecimal green = rag.decimal("green");
		BigDecimal amber = rag.decimal("amber");
		ordered(rag, "amber", amber, "green", green);
		rag.refuseUnknownFields();
		BigDecimal z = tool.decimal("wilsonZ");
		if (z.signum() <= 0) {
			throw tool.error("wilsonZ", "must be positive (was " + z + ")");
		}
		List<Criterion> criteria = criteria(tool, name);
		tool.refuseUnknownFields();
		return new AuditTool(id, version, title, Sha256.of(bytes), good, requiresImprovement, green, amber,
				z.doubleValue(), criteria);
	}

	private static List<Criterion> criteria(DefinitionNode tool, String name) {
		List<DefinitionNode> nodes = tool.objects("criteria", false);
		if (nodes.isEmpty()) {
			throw tool.error("criteria", "must list at least one criterion");
		}
		List<Criterion> criteria = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		for (DefinitionNode node : nodes) {
			Criterion criterion = CriterionReader.read(node, name, criteria.size() + 1);
			Integer earlier = numbers.putIfAbsent(criterion.code(), criteria.size() + 1);
			if (earlier != null) {
				throw new ToolDefinitionException(name + ": criterion " + criterion.code()
						+ ": code is used twice (criteria #" + earlier + " and #" + (criteria.size() + 1) + ")");
			}
			criteria.add(criterion);
		}
		return criteria;
	}

	/** Percent thresholds: 0 ≤ lower ≤ upper ≤ 100. */
	private static void ordered(DefinitionNode node, String lowerField, BigDecimal lower, String upperField,
			BigDecimal upper) {
		BigDecimal hundred = BigDecimal.valueOf(100);
		if (upper.signum() < 0 || upper.compareTo(hundred) > 0) {
			throw node.error(upperField, "must be from 0 to 100 (was " + upper + ")");
		}
		if (lower.signum() < 0 || lower.compareTo(upper) > 0) {
			throw node.error(lowerField, "must be from 0 to " + upperField + " (was " + lower + ")");
		}
	}
}

package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every job of the jobs folder ({@code jobs/*.yml}, not its sub-folders), read and checked as a
 * whole on first use: one wrong file, or two jobs publishing into overlapping folders, refuses
 * them all with one line naming the file, the field and the value.
 */
@Component
public class JobDefinitions {

	private static final Logger log = LoggerFactory.getLogger(JobDefinitions.class);

	private final Path dir;

	private volatile Map<String, JobDefinition> jobs;

	public JobDefinitions(JobsProperties properties) {
		this.dir = properties.jobsFolder();
	}

	/** Every job, by id in file-name order; reads the folder the first time. */
	public List<JobDefinition> all() {
		return List.copyOf(loaded().values());
	}

	public Optional<JobDefinition> find(String id) {
		return Optional.ofNullable(loaded().get(id));
	}

	/** The folder the jobs are read from, as operators should look for it. */
	public Path folder() {
		return this.dir.toAbsolutePath().normalize();
	}

	private Map<String, JobDefinition> loaded() {
		Map<String, JobDefinition> loaded = this.jobs;
		if (loaded == null) {
			synchronized (this) {
				if (this.jobs == null) {
					this.jobs = read(this.dir);
				}
				loaded = this.jobs;
			}
		}
		return loaded;
	}

	static Map<String, JobDefinition> read(Path dir) {
		if (!Files.isDirectory(dir)) {
			log.warn("No jobs folder at {}: no job is scheduled (set AUDIT_JOBS_DIR)", dir.toAbsolutePath().normalize());
			return Map.of();
		}
		Map<String, JobDefinition> jobs = new LinkedHashMap<>();
		for (Path file : files(dir)) {
			String name = dir.resolve(file.getFileName()).toString();
			JobDefinition job = new JobFileReader(file, name).read();
			jobs.put(job.id(), job);
		}
		checkFolders(new ArrayList<>(jobs.values()), dir);
		return jobs;
	}

	private static List<Path> files(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the jobs folder " + dir, ex);
		}
	}

	/**
	 * Two jobs publishing into one folder would replace each other's runs; a job publishing into
	 * its own drops (or taking drops from inside what it publishes) would audit its own output.
	 */
	private static void checkFolders(List<JobDefinition> jobs, Path dir) {
		for (int i = 0; i < jobs.size(); i++) {
			JobDefinition job = jobs.get(i);
			if (job.source() instanceof SourceDefinition.Folder folder && overlap(job.out(), folder.path())) {
				throw new JobDefinitionException(name(dir, job) + ": publish.out '" + job.out()
						+ "' overlaps source.path '" + folder.path() + "': publish outside the drops' folder");
			}
			for (int j = 0; j < i; j++) {
				JobDefinition other = jobs.get(j);
				if (overlap(job.out(), other.out())) {
					throw new JobDefinitionException(name(dir, job) + ": publish.out '" + job.out() + "' overlaps "
							+ name(dir, other) + "'s publish.out '" + other.out() + "'");
				}
			}
		}
	}

	private static boolean overlap(Path a, Path b) {
		return a.startsWith(b) || b.startsWith(a);
	}

	private static String name(Path dir, JobDefinition job) {
		return dir.resolve(job.file().getFileName()).toString();
	}
}

package org.safeguarding.audit.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguarding.audit.jobs.DropNotReadyException;
import org.safeguarding.audit.jobs.DropState;
import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.jobs.SourceDefinition;
import org.safeguarding.audit.jobs.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * jobs.md: "a folder re-sent with other bytes is audited again". Every few minutes, each folder
 * job's periods that were run before are looked at: when a period's folder has changed since its
 * newest run read it (and is complete again: READY, or settled), a run is queued for it, asked for
 * by {@code re-sent drop}. A drop that was refused and is sent again corrected is audited so too.
 * A stopped run is an operator's decision and is not undone.
 */
@Component
class ResentDrops {

	static final String TRIGGER = "re-sent drop";

	static final Duration EVERY = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(ResentDrops.class);

	private final JobDefinitions jobs;

	private final Sources sources;

	private final Runs runs;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Instant lastLook = Instant.EPOCH;

	@Autowired
	ResentDrops(JobDefinitions jobs, Sources sources, Runs runs, JdbcClient jdbc) {
		this(jobs, sources, runs, jdbc, Clock.systemUTC());
	}

	ResentDrops(JobDefinitions jobs, Sources sources, Runs runs, JdbcClient jdbc, Clock clock) {
		this.jobs = jobs;
		this.sources = sources;
		this.runs = runs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Looks, at most every {@link #EVERY}; returns the runs queued. */
	List<Long> lookIfDue() {
		Instant now = this.clock.instant();
		if (Duration.between(this.lastLook, now).compareTo(EVERY) < 0) {
			return List.of();
		}
		this.lastLook = now;
		return look();
	}

	/** Queues a run for each period whose folder changed since its newest run read it. */
	List<Long> look() {
		List<Long> queued = new ArrayList<>();
		for (JobDefinition job : this.jobs.all()) {
			if (job.source() instanceof SourceDefinition.Folder) {
				for (Ran ran : newestRunPerPeriod(job.id())) {
					resend(job, ran).ifPresent(queued::add);
				}
			}
		}
		return queued;
	}

	private Optional<Long> resend(JobDefinition job, Ran ran) {
		Path folder = Path.of(ran.dropFolder());
		Optional<String> now = DropState.of(folder);
		if (now.isEmpty() || now.get().equals(ran.dropState()) || !Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try {
			this.sources.forJob(job).pull(YearMonth.parse(ran.period()), this.sources.pullsFor(job, YearMonth.parse(ran.period())));
		}
		catch (DropNotReadyException ex) {
			return Optional.empty();
		}
		Optional<Long> id = this.runs.queueFired(NewRun.forJob(job.id(), ran.period(), TRIGGER, job.tool().toString(),
				job.outFor(ran.period()).toString()));
		id.ifPresent(run -> log.info("Job {}: the drop for {} was sent again ({}); run {} queued", job.id(), ran.period(),
				folder, run));
		return id;
	}

	private List<Ran> newestRunPerPeriod(String job) {
		return this.jdbc.sql("""
				select distinct on (period) period, status, drop_folder, drop_state from run
				where job_id = :job and drop_state is not null
				order by period, id desc""")
			.param("job", job)
			.query(Ran.class)
			.list()
			.stream()
			.filter(ran -> !ran.status().equals("STOPPED") && !RunStatus.valueOf(ran.status()).active())
			.toList();
	}

	record Ran(String period, String status, String dropFolder, String dropState) {
	}
}

package org.safeguarding.audit.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Takes queued runs, at most {@code audit.runs.concurrent} at once on this instance, and carries
 * each out on a run thread of its own; queues the runs of the jobs' schedules as their fire times
 * come, and runs again a folder drop sent again; sends operators' stop requests to this instance's runs; and marks failed the runs of
 * instances that died. Started by {@code serve} (not by the one-off
 * commands, which carry out their own run directly); several instances may share one database,
 * each run being taken by exactly one of them.
 */
@Component
public class RunEngine implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RunEngine.class);

	private final Runs runs;

	private final RunLauncher launcher;

	private final RunRecovery recovery;

	private final EngineInstance instance;

	private final RunsProperties properties;

	private final ScheduledRuns schedules;

	private final ResentDrops resent;

	private final PublishLeftovers leftovers;

	private final Semaphore slots;

	private final Set<Long> stopsSent = ConcurrentHashMap.newKeySet();

	private final Object wake = new Object();

	private ThreadPoolTaskExecutor runThreads;

	private Thread dispatcher;

	private volatile boolean running;

	RunEngine(Runs runs, RunLauncher launcher, RunRecovery recovery, EngineInstance instance,
			RunsProperties properties, ScheduledRuns schedules, ResentDrops resent, PublishLeftovers leftovers) {
		this.leftovers = leftovers;
		this.schedules = schedules;
		this.resent = resent;
		this.runs = runs;
		this.launcher = launcher;
		this.recovery = recovery;
		this.instance = instance;
		this.properties = properties;
		this.slots = new Semaphore(properties.concurrent());
	}

	@Override
	public boolean isAutoStartup() {
		return false;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.instance.id();
		this.recovery.recoverOrphans();
		this.leftovers.remove();
		this.runThreads = new ThreadPoolTaskExecutor();
		this.runThreads.setCorePoolSize(this.properties.concurrent());
		this.runThreads.setMaxPoolSize(this.properties.concurrent());
		this.runThreads.setThreadNamePrefix("run-");
		this.runThreads.initialize();
		this.running = true;
		this.dispatcher = new Thread(this::dispatch, "run-engine");
		this.dispatcher.setDaemon(true);
		this.dispatcher.start();
	}

	/** Looks at the queue now rather than at the next poll: a run was just queued. */
	public void wakeUp() {
		synchronized (this.wake) {
			this.wake.notifyAll();
		}
	}

	/**
	 * Carries out every run that can be taken now, one at a time on the calling thread, until none
	 * is left ({@code serve --once}); returns how each ended.
	 */
	public List<RunLauncher.RunOutcome> drain() {
		this.recovery.recoverOrphans();
		List<RunLauncher.RunOutcome> outcomes = new ArrayList<>();
		Optional<Run> next;
		while ((next = this.runs.claim(this.instance.id())).isPresent()) {
			outcomes.add(this.launcher.execute(next.get()));
		}
		return outcomes;
	}

	private void dispatch() {
		while (this.running) {
			try {
				this.instance.keepAlive();
				this.recovery.recoverOrphans();
				this.schedules.tick(java.time.Instant.now(), false);
				this.resent.lookIfDue();
				sendStops();
				takeRuns();
			}
			catch (RuntimeException ex) {
				log.warn("The run engine could not read the queue: {}", RunFailures.oneLine(ex));
			}
			synchronized (this.wake) {
				try {
					this.wake.wait(this.properties.poll().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void takeRuns() {
		while (this.running && this.slots.tryAcquire()) {
			Optional<Run> run = this.runs.claim(this.instance.id());
			if (run.isEmpty()) {
				this.slots.release();
				return;
			}
			this.runThreads.execute(() -> carryOut(run.get()));
		}
	}

	private void carryOut(Run run) {
		try {
			this.launcher.execute(run);
		}
		catch (RuntimeException ex) {
			log.error("Run {} ended unexpectedly: {}", run.id(), RunFailures.oneLine(ex), ex);
			this.runs.finish(run.id(), RunStatus.FAILED, RunFailures.oneLine(ex), null, null);
		}
		finally {
			this.stopsSent.remove(run.id());
			this.slots.release();
			wakeUp();
		}
	}

	private void sendStops() {
		for (Run run : this.runs.stopRequested(this.instance.id())) {
			if (run.jobExecutionId() != null && this.stopsSent.add(run.id())) {
				this.recovery.stop(run);
			}
		}
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.dispatcher.interrupt();
		this.recovery.stopLocalRuns(this.instance.id());
		this.runThreads.setAwaitTerminationSeconds(60);
		this.runThreads.setWaitForTasksToCompleteOnShutdown(true);
		this.runThreads.shutdown();
		try {
			this.dispatcher.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}
}

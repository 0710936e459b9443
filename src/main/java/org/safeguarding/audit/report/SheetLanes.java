package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import net.sf.jasperreports.engine.JasperPrint;

import org.safeguarding.audit.report.QaWorkbook.Sheet;

/**
 * Fills the workbook's sheets on parallel lanes, one per core but the one the export needs (at
 * least one, at most {@value #MAX_LANES}): the export is a single thread and the longest path
 * of publishing. Sheets are shared out by size, largest first to the least loaded lane; each
 * lane fills its sheets one after another, in workbook order, so the export can write the first
 * sheets while the lanes fill the others.
 */
final class SheetLanes {

	static final int MAX_LANES = 4;

	private SheetLanes() {
	}

	/** Sheets being filled: each print completes when its lane has filled it. */
	record Filling(List<CompletableFuture<JasperPrint>> prints, ExecutorService pool) {

		/** Stops the lanes (a sheet being filled may still finish) and waits a little for them. */
		void stop() {
			pool.shutdownNow();
			try {
				pool.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Starts filling the sheets without waiting: the caller takes each print as it needs it. */
	static Filling start(List<Sheet> sheets, Function<Sheet, JasperPrint> fill) {
		List<List<Integer>> lanes = shareOut(sheets, lanes(Runtime.getRuntime().availableProcessors()));
		List<CompletableFuture<JasperPrint>> prints = sheets.stream().map(s -> new CompletableFuture<JasperPrint>())
			.toList();
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(lanes.size(), task -> {
			Thread thread = new Thread(task, "qa-workbook-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		for (List<Integer> mine : lanes) {
			pool.execute(() -> {
				try {
					for (int i : mine) {
						prints.get(i).complete(fill.apply(sheets.get(i)));
					}
				}
				catch (RuntimeException | Error ex) {
					mine.forEach(i -> prints.get(i).completeExceptionally(ex));
				}
			});
		}
		pool.shutdown();
		return new Filling(prints, pool);
	}

	/**
	 * Lanes for a machine of so many cores: all but the export's. On two cores one lane filled
	 * and exported the 100,000-baby workbook in 11.8-13.2 s against 12.1-15.2 s for two, which
	 * took the export's core from it while it waited for their sheets.
	 */
	static int lanes(int cores) {
		return Math.max(1, Math.min(MAX_LANES, cores - 1));
	}

	/** Waits for one sheet to be filled. */
	static JasperPrint await(Future<JasperPrint> print) {
		try {
			return print.get();
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("Cannot fill the QA findings workbook", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while filling the QA findings workbook", ex);
		}
	}

	/** Sheet indexes per lane: largest sheet first, each to the lane with the fewest rows so far. */
	static List<List<Integer>> shareOut(List<Sheet> sheets, int maxLanes) {
		int count = Math.max(1, Math.min(maxLanes, sheets.size()));
		List<List<Integer>> lanes = new ArrayList<>();
		long[] load = new long[count];
		for (int l = 0; l < count; l++) {
			lanes.add(new ArrayList<>());
		}
		List<Integer> bySize = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			bySize.add(i);
		}
		bySize.sort(Comparator.comparingLong((Integer i) -> sheets.get(i).size()).reversed());
		for (int i : bySize) {
			int least = 0;
			for (int l = 1; l < count; l++) {
				least = load[l] < load[least] ? l : least;
			}
			lanes.get(least).add(i);
			load[least] += Math.max(1, sheets.get(i).size());
		}
		for (List<Integer> lane : lanes) {
			lane.sort(null);
		}
		return lanes;
	}
}

package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

import net.sf.jasperreports.engine.JasperPrint;

import org.safeguarding.audit.report.QaWorkbook.Sheet;

/**
 * Fills the workbook's sheets on parallel lanes, one per core (at most {@value #MAX_LANES}):
 * filling is CPU work in Jasper while PostgreSQL is mostly idle. Sheets are shared out by size,
 * largest first to the least loaded lane; each lane fills its sheets one after another.
 */
final class SheetLanes {

	static final int MAX_LANES = 4;

	private SheetLanes() {
	}

	/** How one lane fills a sheet, and what it does when it has filled all of its sheets. */
	record Lane(Function<Sheet, JasperPrint> fill, Runnable done) {
	}

	/** The filled sheets, in the order given. */
	static List<JasperPrint> fill(List<Sheet> sheets, IntFunction<Lane> newLane) {
		List<List<Integer>> lanes = shareOut(sheets, Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
		JasperPrint[] prints = new JasperPrint[sheets.size()];
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(lanes.size(), task -> {
			Thread thread = new Thread(task, "qa-workbook-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int l = 0; l < lanes.size(); l++) {
				Lane lane = newLane.apply(l);
				List<Integer> mine = lanes.get(l);
				running.add(pool.submit(() -> {
					for (int i : mine) {
						prints[i] = lane.fill().apply(sheets.get(i));
					}
					lane.done().run();
				}));
			}
			for (Future<?> lane : running) {
				lane.get();
			}
			return Arrays.asList(prints);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("Cannot fill the QA findings workbook", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while filling the QA findings workbook", ex);
		}
		finally {
			pool.shutdownNow();
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

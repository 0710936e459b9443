package org.safeguarding.audit.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for published counts: counts from 1 to the threshold are hidden
 * (primary), and where a line of cells that adds up (a row with its total, or a column with a
 * total row) has exactly one hidden cell, its smallest non-zero visible cell is hidden too
 * (secondary), so the hidden count cannot be worked back from the total. Zero is never hidden.
 */
public final class Suppression {

	/** Counts from 1 to this are hidden unless told otherwise. */
	public static final int DEFAULT_THRESHOLD = 5;

	private final int threshold;

	/** @param threshold the largest count hidden; 0 turns suppression off */
	public Suppression(int threshold) {
		if (threshold < 0) {
			throw new IllegalArgumentException("suppression threshold must be >= 0, got " + threshold);
		}
		this.threshold = threshold;
	}

	public static Suppression off() {
		return new Suppression(0);
	}

	public boolean isOn() {
		return threshold > 0;
	}

	public int threshold() {
		return threshold;
	}

	/** Whether a count is hidden on its own account. */
	public boolean isPrimary(long count) {
		return count >= 1 && count <= threshold;
	}

	/**
	 * One additive line, e.g. {@code met, partly, notMet, applicable}: which cells to hide.
	 */
	public boolean[] row(long... cells) {
		return table(new long[][] { cells }, false)[0];
	}

	/**
	 * A table whose every row adds up (its components and their total are all cells of the row);
	 * when {@code lastRowIsTotal}, every column adds up too. Returns which cells to hide.
	 */
	public boolean[][] table(long[][] cells, boolean lastRowIsTotal) {
		boolean[][] hidden = new boolean[cells.length][];
		List<List<int[]>> lines = new ArrayList<>();
		for (int r = 0; r < cells.length; r++) {
			hidden[r] = new boolean[cells[r].length];
			List<int[]> row = new ArrayList<>();
			for (int c = 0; c < cells[r].length; c++) {
				hidden[r][c] = isPrimary(cells[r][c]);
				row.add(new int[] { r, c });
			}
			lines.add(row);
		}
		if (lastRowIsTotal && cells.length > 1) {
			for (int c = 0; c < cells[0].length; c++) {
				List<int[]> column = new ArrayList<>();
				for (int r = 0; r < cells.length; r++) {
					column.add(new int[] { r, c });
				}
				lines.add(column);
			}
		}
		boolean changed = isOn();
		while (changed) {
			changed = false;
			for (List<int[]> line : lines) {
				changed |= protect(cells, hidden, line);
			}
		}
		return hidden;
	}

	/** Hides the smallest non-zero visible cell of a line that has exactly one hidden cell. */
	private static boolean protect(long[][] cells, boolean[][] hidden, List<int[]> line) {
		int hiddenCount = 0;
		int[] smallest = null;
		for (int[] at : line) {
			if (hidden[at[0]][at[1]]) {
				hiddenCount++;
			}
			else if (cells[at[0]][at[1]] > 0
					&& (smallest == null || cells[at[0]][at[1]] < cells[smallest[0]][smallest[1]])) {
				smallest = at;
			}
		}
		if (hiddenCount != 1 || smallest == null) {
			return false;
		}
		hidden[smallest[0]][smallest[1]] = true;
		return true;
	}
}

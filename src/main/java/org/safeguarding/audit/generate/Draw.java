package org.safeguarding.audit.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Random draws from a stream seeded for one baby (or one baby's bad rows) alone. */
final class Draw {

	private final SplittableRandom random;

	Draw(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** A well-spread seed from several numbers (seed, baby index, stream...), order mattering. */
	static long mix(long... parts) {
		long h = 0x9E3779B97F4A7C15L;
		for (long part : parts) {
			h = scramble(h * 31 + scramble(part + 0x632BE59BD9B4E019L));
		}
		return h;
	}

	static long scramble(long z) {
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return z ^ (z >>> 33);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	double unit() {
		return this.random.nextDouble();
	}

	/** A whole number from {@code low} to {@code high}, both included. */
	int between(int low, int high) {
		return this.random.nextInt(low, high + 1);
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	@SafeVarargs
	final <T> T pick(T... values) {
		return values[this.random.nextInt(values.length)];
	}

	/** The position of one of the weights, drawn in proportion to them. */
	int weighted(int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}

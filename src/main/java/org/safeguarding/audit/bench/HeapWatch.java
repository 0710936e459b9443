package org.safeguarding.audit.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The benchmark's memory figure: the largest heap still in use just after a garbage collection,
 * i.e. what the run really holds, not the garbage waiting to be collected (which grows to any
 * -Xmx given). Summing each pool's own peak, as the first benchmark did, adds peaks reached at
 * different moments and can exceed -Xmx.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

	private final AtomicLong peakAfterGc = new AtomicLong();

	private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

	/** Collections also report non-heap pools (metaspace, code cache); only these count. */
	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	HeapWatch() {
		for (GarbageCollectorMXBean collector : this.collectors) {
			((NotificationEmitter) collector).addNotificationListener(this, null, null);
		}
	}

	/** Forgets what was seen so far (between benchmark sizes). */
	void reset() {
		this.peakAfterGc.set(0);
	}

	long peakAfterGcBytes() {
		return this.peakAfterGc.get();
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (this.heapPools.contains(pool.getKey())) {
				used += pool.getValue().getUsed();
			}
		}
		this.peakAfterGc.accumulateAndGet(used, Math::max);
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean collector : this.collectors) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// Nothing to remove.
			}
		}
	}
}

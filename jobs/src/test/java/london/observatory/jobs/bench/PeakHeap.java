package london.observatory.jobs.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap over a phase, two ways. {@link #bytes()}: the most heap ever in use, sampled every 5 ms (under a
 * fixed {@code -Xmx} this mostly shows how lazily the collector runs). {@link #liveBytes()}: the most
 * heap still in use right after a collection, i.e. the largest live set: what the phase really needs.
 */
final class PeakHeap {

    private static final AtomicLong used = new AtomicLong();
    private static final AtomicLong live = new AtomicLong();

    static {
        Thread sampler = new Thread(PeakHeap::sample, "peak-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    var info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    live.accumulateAndGet(after, Math::max);
                                }
                            },
                            null,
                            null);
        }
    }

    private PeakHeap() {}

    static void reset() {
        System.gc(); // so the phase does not inherit garbage left by the previous one
        used.set(0);
        live.set(0);
    }

    static long bytes() {
        return used.get();
    }

    /** Includes non-heap pools the collector reports (metaspace, code cache): it overstates a little. */
    static long liveBytes() {
        return live.get();
    }

    private static void sample() {
        while (true) {
            used.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}

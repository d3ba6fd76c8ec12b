package kz.civic.platform.demo;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs a service's demo load once its replicas of other services' data have settled: a daemon thread reads a
 * snapshot of the replicas every {@code pollInterval}; once the snapshot is {@code loadable} and has not changed for
 * {@code settle} (everything the other service sends has arrived, so the same source data gives the same demo), or
 * {@code maxWait} has passed with a loadable snapshot, it runs the load and stops. It also stops when {@code maxWait}
 * passes with too little, or after {@link #MAX_FAILURES} failed polls or loads. Start-up and readiness never wait
 * for it. The load itself stays the service's (one transaction, its own "already loaded" check and lock).
 *
 * @param <S> the snapshot (e.g. a record of counts); compared with {@code equals}
 */
public final class SettledReplicaLoad<S> {

    /** Reads the current snapshot of the replicas. */
    @FunctionalInterface
    public interface Probe<S> {
        S read() throws Exception;
    }

    public record Timing(Duration pollInterval, Duration settle, Duration maxWait) {
    }

    static final int MAX_FAILURES = 3;
    private static final Logger LOG = Logger.getLogger(SettledReplicaLoad.class);

    private final Timing timing;
    private final Probe<S> probe;
    private final BiPredicate<S, Duration> loadable;
    private final Consumer<S> load;
    private final String needs;
    private ScheduledExecutorService poller;
    private long startedAt;
    private S last;
    private long lastChangeAt;
    private int failures;

    /**
     * @param loadable whether a snapshot is enough to load, given how long the poller has waited
     * @param load     the load, given the snapshot it loads on
     * @param needs    what a loadable snapshot needs, for the log when it gives up
     */
    public SettledReplicaLoad(Timing timing, Probe<S> probe, BiPredicate<S, Duration> loadable, Consumer<S> load,
            String needs) {
        this.timing = timing;
        this.probe = probe;
        this.loadable = loadable;
        this.load = load;
        this.needs = needs;
    }

    /** Starts polling on a daemon thread of this name. */
    public synchronized void start(String threadName) {
        LOG.infof("Demo data: waiting for the replicas (%s; unchanged for %s)", needs, timing.settle());
        startedAt = System.nanoTime();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        long every = timing.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    /** Stops polling (at shutdown); a load in progress is interrupted and rolls back. */
    public synchronized void stop() throws InterruptedException {
        if (poller != null) {
            poller.shutdownNow();
            poller.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void poll() {
        try {
            long now = System.nanoTime();
            S snapshot = probe.read();
            if (!snapshot.equals(last)) {
                last = snapshot;
                lastChangeAt = now;
            }
            boolean settled = now - lastChangeAt >= timing.settle().toNanos();
            Duration waited = Duration.ofNanos(now - startedAt);
            boolean timedOut = waited.compareTo(timing.maxWait()) >= 0;
            if (loadable.test(snapshot, waited) && (settled || timedOut)) {
                if (!settled) {
                    LOG.warnf("Demo data: the replicas are still filling after %s; loading on what is there: %s",
                            timing.maxWait(), snapshot);
                }
                load.accept(snapshot);
                poller.shutdown();
            } else if (timedOut) {
                LOG.warnf("Demo data not loaded: after %s the replicas hold too little (%s; need %s). Is the registry's "
                        + "demo data enabled?", timing.maxWait(), snapshot, needs);
                poller.shutdown();
            }
        } catch (Exception e) {
            if (++failures >= MAX_FAILURES) {
                LOG.error("Demo data not loaded: " + failures + " attempts failed; giving up", e);
                poller.shutdown();
            } else {
                LOG.warn("Demo data: load failed, trying again at the next poll", e);
            }
        }
    }
}

package kz.civic.bench.runtime;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * An open-model load: request {@code i} is due at {@code start + i / rate} whatever happened to the earlier ones, and
 * its latency is counted from that due time (so a stalled server is not hidden by a stalled client: no coordinated
 * omission). At most {@code maxInFlight} requests are outstanding; a request due while all are busy is not sent and
 * counted as {@code dropped}.
 */
final class FixedRate {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private FixedRate() {
    }

    /** What a run did: latency histogram (microseconds), answers by status code, requests not sent. */
    record Result(Histogram latencyMicros, Map<Integer, Long> statuses, long failed, long dropped,
            List<HttpResponse<String>> answers) {

        long ok() {
            return statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * Sends {@code rate} requests a second for {@code duration}; {@code request} builds request {@code i}. With
     * {@code keepAnswers} the answers are kept (for their bodies), otherwise bodies are discarded. {@code during} runs
     * on the caller's thread every {@code sampleMs} while the load runs (e.g. to sample memory).
     */
    static Result run(double rate, Duration duration, IntFunction<HttpRequest> request, boolean keepAnswers,
            int maxInFlight, long sampleMs, Runnable during) {
        Histogram latency = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong failed = new AtomicLong();
        long dropped = 0;
        List<HttpResponse<String>> answers = new CopyOnWriteArrayList<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        int total = (int) Math.round(rate * duration.toNanos() / 1e9);
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long nextSample = start;
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                if (during != null && now >= nextSample) {
                    during.run();
                    nextSample = now + TimeUnit.MILLISECONDS.toNanos(sampleMs);
                    continue;
                }
                LockSupport.parkNanos(Math.min(due - now, TimeUnit.MILLISECONDS.toNanos(1)));
            }
            if (!inFlight.tryAcquire()) {
                dropped++;
                continue;
            }
            CompletableFuture<HttpResponse<String>> sent = HTTP.sendAsync(request.apply(i),
                    keepAnswers ? HttpResponse.BodyHandlers.ofString() : discardingAsString());
            sent.whenComplete((answer, error) -> {
                latency.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due)));
                if (error != null) {
                    failed.incrementAndGet();
                } else {
                    statuses.merge(answer.statusCode(), 1L, Long::sum);
                    if (keepAnswers) {
                        answers.add(answer);
                    }
                }
                inFlight.release();
            });
        }
        try {
            if (!inFlight.tryAcquire(maxInFlight, 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("requests still outstanding 60 s after the load ended");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Result(latency, Map.copyOf(statuses), failed.get(), dropped, List.copyOf(answers));
    }

    private static HttpResponse.BodyHandler<String> discardingAsString() {
        return info -> HttpResponse.BodySubscribers.replacing((String) null);
    }
}

package kz.civic.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Open-model load at a fixed rate: request i is due at {@code start + i / rate} whether or not earlier ones have
 * answered, and its latency is measured from that intended start (not from when it was sent), so a stalled server
 * shows up in the percentiles instead of slowing the client down (no coordinated omission). Requests wait for a
 * free connection of a bounded pool; that wait counts too.
 */
public final class FixedRate {

    /** One request: method, path, headers and body (null for none). */
    public record Request(HttpMethod method, String path, Map<String, String> headers, String body) {

        public static Request get(String path, Map<String, String> headers) {
            return new Request(HttpMethod.GET, path, headers, null);
        }
    }

    /**
     * Percentiles in milliseconds and counts of a run; {@code failures} counts the failed requests by kind: the HTTP
     * status (4xx/5xx), {@code transport} (no answer: connection refused or reset, 30 s timeout) or
     * {@code unanswered} (still open 10 s after the period).
     */
    public record Result(double rate, double seconds, long requests, long errors, Map<String, Long> failures, double p50,
            double p90, double p95, double p99, double p999, double max) {
    }

    private static final Vertx VERTX = Vertx.vertx();

    private FixedRate() {
    }

    /** Sends {@code next} at {@code rate}/s to 127.0.0.1:port: a warm-up (not recorded), then the measured period. */
    public static Result run(int port, double rate, Supplier<Request> next, double warmupSeconds, double seconds,
            int connections) {
        HttpClient client = VERTX.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)
                .setKeepAlive(true).setConnectTimeout(2000), new PoolOptions().setHttp1MaxSize(connections));
        try {
            phase(client, rate, next, warmupSeconds, new ConcurrentHistogram(3));
            Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
            Map<String, Long> failures = phase(client, rate, next, seconds, latencies);
            long errors = failures.values().stream().mapToLong(Long::longValue).sum();
            return new Result(rate, seconds, latencies.getTotalCount(), errors, failures,
                    ms(latencies.getValueAtPercentile(50)),
                    ms(latencies.getValueAtPercentile(90)), ms(latencies.getValueAtPercentile(95)),
                    ms(latencies.getValueAtPercentile(99)),
                    ms(latencies.getValueAtPercentile(99.9)), ms(latencies.getMaxValue()));
        } finally {
            client.close();
        }
    }

    /** Returns the failed requests by kind (see {@link Result}). */
    private static Map<String, Long> phase(HttpClient client, double rate, Supplier<Request> next, double seconds,
            Histogram latencies) {
        Map<String, Long> failures = new ConcurrentSkipListMap<>();
        AtomicLong outstanding = new AtomicLong();
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long count = (long) (seconds * rate);
        for (long i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Request r = next.get();
            RequestOptions options = new RequestOptions().setMethod(r.method()).setURI(r.path()).setTimeout(30_000);
            r.headers().forEach(options::putHeader);
            outstanding.incrementAndGet();
            client.request(options)
                    .compose(req -> r.body() == null ? req.send() : req.send(Buffer.buffer(r.body())))
                    .compose(resp -> resp.body().map(body -> resp.statusCode()))
                    .onComplete(ar -> {
                        latencies.recordValue(Math.min(System.nanoTime() - intended, latencies.getHighestTrackableValue()));
                        if (ar.failed() || ar.result() >= 400) {
                            failures.merge(ar.failed() ? "transport" : Integer.toString(ar.result()), 1L, Long::sum);
                        }
                        outstanding.decrementAndGet();
                    });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        if (outstanding.get() > 0) {
            failures.put("unanswered", outstanding.get());
        }
        return failures;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}

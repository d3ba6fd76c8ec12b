package kz.civic.reliability.drill;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.civic.e2e.StackIT;
import kz.civic.e2e.StackIT.Answer;

/**
 * Writes through the gateway as a careful government client does: every POST carries an
 * {@code Idempotency-Key} (and {@code If-Match} where the operation needs it), and an attempt whose outcome is
 * unknown (timeout, connection refused, 5xx, 429, a request with the same key still in flight) is retried with
 * the same key and body until an answer is final or the client gives up. Failed attempts are counted by kind.
 */
final class DrillClient {

    /** A final answer; {@code ambiguous} when an earlier attempt may have taken effect without us seeing it. */
    record Outcome(Answer answer, boolean ambiguous) {

        int status() {
            return answer == null ? -1 : answer.status();
        }

        String etag() {
            return answer.raw().headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: "
                    + answer.body()));
        }

        String id() {
            return answer.body().get("id").asText();
        }
    }

    private final String gateway;
    private final Duration giveUpAfter;
    private final Map<String, AtomicInteger> failedAttempts = new ConcurrentHashMap<>();

    DrillClient(String gateway, Duration giveUpAfter) {
        this.gateway = gateway;
        this.giveUpAfter = giveUpAfter;
    }

    /** Failed attempts (retried) by kind, e.g. {@code io} or {@code 502}. */
    Map<String, Integer> failedAttempts() {
        Map<String, Integer> m = new TreeMap<>();
        failedAttempts.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    Outcome post(String path, String token, String body, String idempotencyKey, String ifMatch) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        boolean ambiguous = false;
        long backoffMs = 200;
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", idempotencyKey)
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            String failure;
            Answer answer = null;
            try {
                answer = StackIT.send(request);
                failure = retryable(answer);
            } catch (UncheckedIOException e) {
                failure = "io";
            }
            if (failure == null) {
                return new Outcome(answer, ambiguous);
            }
            failedAttempts.computeIfAbsent(failure, k -> new AtomicInteger()).incrementAndGet();
            // a 409 in-flight or 429 was certainly not applied; anything else may have been
            ambiguous |= !failure.equals("429") && !failure.equals("409-in-flight");
            if (System.nanoTime() > deadline) {
                return new Outcome(null, true);
            }
            sleep(backoffMs);
            backoffMs = Math.min(backoffMs * 2, 2000);
        }
    }

    /** A GET retried like a POST (reads are safe). */
    Answer get(String path) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        while (true) {
            try {
                Answer answer = StackIT.send(HttpRequest.newBuilder(URI.create(gateway + path)).GET());
                if (answer.status() < 500) {
                    return answer;
                }
            } catch (UncheckedIOException e) {
                // retried
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GET " + path + " did not answer within " + giveUpAfter);
            }
            sleep(500);
        }
    }

    /** The kind of failure to retry, or null when the answer is final. */
    private static String retryable(Answer answer) {
        int status = answer.status();
        if (status >= 500 || status == 429) {
            return Integer.toString(status);
        }
        if (status == 409 && answer.body() != null && answer.body().path("type").asText().endsWith("idempotency-in-flight")) {
            return "409-in-flight";
        }
        return null;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

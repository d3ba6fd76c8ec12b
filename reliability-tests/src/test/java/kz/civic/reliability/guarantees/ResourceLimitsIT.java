package kz.civic.reliability.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kz.civic.e2e.MatrixFixtures;
import kz.civic.e2e.MatrixFixtures.Call;
import kz.civic.e2e.MatrixFixtures.Reply;
import kz.civic.e2e.StackIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 item 6 against the running stack: oversized bodies, too many requests, page sizes above the maximum and
 * slow clients.
 *
 * <p>Quotas and the idle timeout are checked on a second gateway ({@link SmallGateway}) in front of the same
 * services, started with small quotas (5 requests a minute per client) and a 2 s idle timeout: the stack's own
 * gateway runs with this module's raised quotas (pom.xml), which the other classes need.
 */
class ResourceLimitsIT extends StackIT {

    private static final int QUOTA = 5;
    private static final int SLOW_CLIENTS = 200;
    private static final int MAX_BODY = 1024 * 1024;
    private static SmallGateway small;
    private static MatrixFixtures f;

    @BeforeAll
    static void startSmallGateway() {
        f = Fixtures.get();
        small = SmallGateway.start(Map.of(
                "GATEWAY_RATE_LIMIT_ANONYMOUS", Integer.toString(QUOTA),
                "GATEWAY_RATE_LIMIT_AUTHENTICATED", Integer.toString(QUOTA),
                "GATEWAY_IDLE_TIMEOUT", "2s"));
    }

    @AfterAll
    static void stopSmallGateway() {
        if (small != null) {
            small.close();
        }
    }

    // ---- 413

    /**
     * A body above 1 MiB (quarkus.http.limits.max-body-size of the gateway and of every service) is refused with
     * 413 problem+json, announced by Content-Length (refused before the body is sent) or sent chunked, at the gateway
     * and directly at each service; nothing is written.
     */
    @Test
    void oversizedBodiesAre413ProblemJsonAtTheGatewayAndAtEachService() {
        Map<String, Integer> targets = new LinkedHashMap<>();
        targets.put("gateway /api/v1/government-bodies", stackPort(stack.gatewayUrl()));
        targets.put("registry-service /api/v1/government-bodies", options.registryPort());
        targets.put("forum-service /api/v1/forums", options.forumPort());
        targets.put("procurement-service /api/v1/funding-plans", options.procurementPort());
        String admin = token("admin");
        long bodiesBefore = Db.count("registry", "SELECT count(*) FROM government_body");
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> target : targets.entrySet()) {
            String path = target.getKey().substring(target.getKey().indexOf(' ') + 1);
            for (boolean chunked : List.of(false, true)) {
                RawAnswer answer = oversized(target.getValue(), path, admin, chunked);
                String what = target.getKey() + (chunked ? " chunked" : " Content-Length");
                checked.add(what);
                if (answer.status() != 413 || !answer.contentType().startsWith("application/problem+json")
                        || answer.json().path("status").asInt() != 413) {
                    wrong.add(what + " → " + answer);
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> "oversized bodies not refused with 413 problem+json:\n  "
                + String.join("\n  ", wrong));
        assertEquals(bodiesBefore, Db.count("registry", "SELECT count(*) FROM government_body"), "nothing written");
        System.out.printf("%nResource limits/413: %d oversized requests (2 MiB; %s) → 413 problem+json%n", checked.size(),
                checked);
    }

    // ---- 429

    /**
     * Past its quota a client gets 429 problem+json with Retry-After, RateLimit and RateLimit-Policy, and the request
     * is not forwarded (the sixth write creates nothing); another client is unaffected.
     */
    @Test
    void tooManyRequestsAre429WithRateLimitHeadersAndNotForwarded() {
        String client = tokens.mint("limits-" + UUID.randomUUID(), "admin", Map.of(), Duration.ofMinutes(10));
        List<String> bins = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Reply last = null;
        for (int i = 0; i <= QUOTA; i++) {
            String bin = MatrixFixtures.bin();
            bins.add(bin);
            last = small(Call.of("POST", "/api/v1/government-bodies", client, Fixtures.governmentBody(bin, "Квота " + i)));
            statuses.merge(last.status(), 1, Integer::sum);
            assertTrue(last.headers().firstValue("RateLimit").isPresent(), "RateLimit on " + last);
            assertTrue(last.headers().firstValue("RateLimit-Policy").isPresent(), "RateLimit-Policy on " + last);
            if (i < QUOTA) {
                assertEquals(201, last.status(), "within the quota: " + last);
            }
        }
        Reply refused = last;
        assertEquals(429, refused.status(), () -> "past the quota: " + refused);
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(429, refused.json().path("status").asInt());
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0, "Retry-After");
        assertEquals(0, Db.count("registry", "SELECT count(*) FROM government_body WHERE bin = ?", bins.get(QUOTA)),
                "the refused write was not forwarded");

        Map<Integer, Integer> anonymous = new TreeMap<>();
        for (int i = 0; i <= QUOTA; i++) {
            anonymous.merge(small(Call.of("GET", "/api/v1/reference/regions", null, null)).status(), 1, Integer::sum);
        }
        assertEquals(Map.of(200, QUOTA, 429, 1), anonymous, "anonymous callers by address");
        Reply other = small(Call.of("GET", "/api/v1/reference/regions", fresh(), null));
        assertEquals(200, other.status(), "another client is not affected");
        System.out.printf("Resource limits/429: quota %d a minute on a second gateway; one client's writes → %s, "
                + "anonymous reads → %s, Retry-After %s s; the refused write was not forwarded%n", QUOTA, statuses,
                anonymous, refused.headers().firstValue("Retry-After").orElse("?"));
    }

    // ---- page sizes

    /**
     * Every list operation of the merged /openapi document (a query parameter {@code limit} or {@code size}) with
     * the documented maximum + 1 and with 1,000,000: 400 problem+json, or 200 with at most the maximum
     * of items. Path parameters are the fixtures' real objects, so the limit is what is judged.
     */
    @Test
    void pageSizesAboveTheMaximumAreRefusedOrClampedOnEveryListOperation() {
        f.contract();
        Reply openapi = f.send(Call.of("GET", "/openapi", null, null));
        assertEquals(200, openapi.status());
        String admin = token("admin");
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.json().path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            JsonNode limit = pageSize(get);
            if (limit == null) {
                continue;
            }
            operations++;
            long max = limit.path("schema").path("maximum").asLong(0);
            if (max <= 0) {
                wrong.add(path.getKey() + ": " + limit.path("name").asText() + " documents no maximum");
                continue;
            }
            for (long size : List.of(max + 1, 1_000_000L)) {
                String url = f.fill(path.getKey()) + "?" + limit.path("name").asText() + "=" + size;
                Reply r = f.send(Call.of("GET", url, admin, null));
                outcomes.merge(r.status() == 200 ? "200 (clamped)" : Integer.toString(r.status()), 1, Integer::sum);
                boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                boolean clamped = r.status() == 200 && r.json() != null && r.json().path("items").size() <= max;
                if (!(r.status() == 400 && problem) && !clamped) {
                    wrong.add(url + " → " + r);
                }
            }
        }
        System.out.printf("Resource limits/page size: %d list operations × 2 sizes above the maximum → %s%n", operations,
                outcomes);
        wrong.forEach(w -> System.out.println("  WRONG " + w));
        assertTrue(operations >= 30, "list operations found in /openapi: " + operations);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " list operations took a page size above the maximum:\n  "
                + String.join("\n  ", wrong));
    }

    private static JsonNode pageSize(JsonNode operation) {
        for (JsonNode p : operation.path("parameters")) {
            String name = p.path("name").asText().toLowerCase(Locale.ROOT);
            if ("query".equals(p.path("in").asText()) && (name.equals("limit") || name.equals("size"))) {
                return p;
            }
        }
        return null;
    }

    // ---- slow clients

    /**
     * 200 slowloris connections to the (second) gateway, half sending a request's headers a byte at a time, half a
     * body a byte at a time: while they trickle, a normal request is answered (bounded wait, the status asserted);
     * once they stop, the gateway closes every one of them by its idle timeout (GATEWAY_IDLE_TIMEOUT, 2 s here).
     */
    @Test
    void slowClientsDoNotExhaustTheGatewayAndAreClosedByTheIdleTimeout() throws Exception {
        List<Socket> slow = new ArrayList<>();
        List<byte[]> requests = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", small.port), 2000);
                slow.add(s);
                String request = i % 2 == 0
                        ? "GET /api/v1/reference/regions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(100) + "\r\n\r\n"
                        : "POST /api/v1/government-bodies HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 5000\r\n\r\n{\"bin\": \"" + "1".repeat(4000);
                byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
                requests.add(bytes);
                if (i % 2 == 1) { // the headers at once, the body slowly
                    int headers = request.indexOf("\r\n\r\n") + 4;
                    s.getOutputStream().write(bytes, 0, headers);
                    requests.set(i, java.util.Arrays.copyOfRange(bytes, headers, bytes.length));
                }
            }
            // trickle one byte per connection every 500 ms (under the idle timeout) for 4 s
            Reply normal = null;
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < slow.size(); i++) {
                    try {
                        OutputStream out = slow.get(i).getOutputStream();
                        out.write(requests.get(i)[round]);
                        out.flush();
                    } catch (IOException e) {
                        // closed by the gateway already: counted below
                    }
                }
                if (round == 4) {
                    normal = send(small.url(), Call.of("GET", "/api/v1/reference/regions", fresh(), null));
                }
                Thread.sleep(500); // the slow client's pace
            }
            Reply answered = normal;
            assertEquals(200, answered.status(), () -> "a normal request during the slow clients: " + answered);

            // the slow clients stop: every connection must be closed by the gateway, not by us
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int closed = 0;
            List<String> open = new ArrayList<>();
            for (Socket s : slow) {
                if (closedByPeer(s, deadline)) {
                    closed++;
                } else {
                    open.add(s.getLocalSocketAddress().toString());
                }
            }
            assertTrue(open.isEmpty(), () -> open.size() + " slow connections still open 20 s after they stopped");
            System.out.printf("Resource limits/slow clients: %d slowloris connections (headers or body a byte every "
                    + "500 ms); a normal request meanwhile → %d; all %d closed by the gateway's idle timeout after they "
                    + "stopped%n", SLOW_CLIENTS, answered.status(), closed);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    /** Reads until the peer closes (end of stream or reset): true; false when the deadline passes first. */
    private static boolean closedByPeer(Socket s, long deadline) {
        try {
            InputStream in = s.getInputStream();
            while (true) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return false;
                }
                s.setSoTimeout((int) left);
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the peer
        }
    }

    // ---- helpers

    private static String fresh() {
        return tokens.mint("limits-" + UUID.randomUUID(), "analyst", Map.of(), Duration.ofMinutes(10));
    }

    private static Reply small(Call call) {
        return send(small.url(), call);
    }

    private static Reply send(String base, Call call) {
        return new MatrixFixtures(base, tokens).send(call);
    }

    private static int stackPort(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    record RawAnswer(int status, String contentType, JsonNode json, String raw) {
    }

    /**
     * A 2 MiB JSON body on a raw socket. With {@code Content-Length} only the headers are sent: the server must
     * answer from them alone. Chunked, chunks are sent until the server stops taking them.
     */
    private static RawAnswer oversized(int port, String path, String token, boolean chunked) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + 2 * MAX_BODY + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (chunked) {
                // one JSON document, {"bin": "xxx…"}, in 64 KiB chunks: only its size is wrong
                byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    out.write("9\r\n{\"bin\": \"\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (int sent = 0; sent < 2 * MAX_BODY; sent += 0x10000) {
                        out.write(chunk);
                    }
                    out.write("2\r\n\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading the body: its answer is what counts
                }
            }
            return read(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " on port " + port, e);
        }
    }

    /** One HTTP/1.1 response: status line, headers and a Content-Length or chunked body. */
    private static RawAnswer read(InputStream in) throws IOException {
        String headers = line(in);
        int status = Integer.parseInt(headers.split(" ")[1]);
        String contentType = "";
        int length = -1;
        boolean chunked = false;
        StringBuilder raw = new StringBuilder(headers);
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            raw.append('\n').append(h);
            String name = h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(h.indexOf(':') + 1).trim();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                default -> {
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length > 0) {
            body.write(in.readNBytes(length));
        }
        String text = body.toString(StandardCharsets.UTF_8);
        JsonNode json = contentType.contains("json") && !text.isBlank() ? JSON.readTree(text) : null;
        assertFalse(text.length() > 10_000, "an error answer of " + text.length() + " chars");
        return new RawAnswer(status, contentType, json, raw + "\n\n" + text);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}

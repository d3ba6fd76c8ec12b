package kz.civic.reliability.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kz.civic.e2e.MatrixFixtures;
import kz.civic.e2e.StackIT;
import kz.civic.reliability.fuzz.ApiDocument.Operation;
import kz.civic.stack.LocalStack;
import kz.civic.stack.Tokens;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Hostile input generated from the merged OpenAPI document the gateway serves (issue 7 item 4, docs/reliability.md
 * "Hostile input"): for every operation, {@code fuzz.tries} requests (default 25; the full run is
 * {@code -Dfuzz.tries=1000}) with valid, boundary and invalid parameters, headers and bodies, sent through the gateway
 * by every role, anonymous callers and broken tokens. Every answer must be below 500; every 4xx must be
 * {@code application/problem+json} with type, title and the same status; every answer must match the document for
 * its operation and status; and a rejected request (4xx) must leave all three databases as they were.
 *
 * <p>Operations are fuzzed one after another ({@code tries} each), so the databases are compared around each
 * rejected write and around each operation's run of reads. A failure is shrunk by jqwik to a small request;
 * {@code -Dfuzz.collect=true} instead records every kind of failure and reports them all at the end (for hunting).
 */
class OpenApiFuzzIT extends StackIT {

    static final int TRIES = Integer.getInteger("fuzz.tries", 25);
    static final boolean COLLECT = Boolean.getBoolean("fuzz.collect");
    /** HTTP/1.1 as most clients speak it (Java's default h2c upgrade would turn a refused request into GOAWAY). */
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * Validator findings that only say a request left its operation's path ("." or ".." or an empty segment): the
     * gateway normalises the path and the answer is for another path, maybe of no operation at all.
     */
    static final Set<String> LEFT_PATH = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed",
            "validation.response.path.missing", "validation.response.operation.notAllowed");

    static ApiDocument document;
    static OpenApiInteractionValidator validator;
    static Map<Operation, Arbitrary<FuzzRequest>> arbitraries;
    static Map<String, String> callerTokens;
    static DatabaseSnapshots databases;
    static final Stats stats = new Stats();
    static final AtomicInteger generated = new AtomicInteger();
    static long startedAt;

    // database comparison state (see check())
    static Map<String, String> baseline;
    static boolean dirty = true;
    static Operation lastOperation;
    static final List<FuzzRequest> readsSinceBaseline = new ArrayList<>();

    @BeforeContainer
    static void setUp() throws Exception {
        startStack();
        MatrixFixtures fixtures = new MatrixFixtures(stack.gatewayUrl(), tokens);
        fixtures.create(StackIT::token);
        fixtures.contract();

        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        document = new ApiDocument(JSON.readTree(openapi.body()));
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(openapi.body()).build();

        callerTokens = callers(fixtures, tokens);
        World world = new World();
        String admin = token("admin");
        world.harvest(document.operations, path -> {
            Answer a = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + admin).GET());
            return a.status() == 200 && a.body() != null ? new World.Reply(a.body(), a.raw().headers().firstValue("ETag"))
                    : null;
        });
        System.out.printf("fuzz: %d operations, %d tries each; known: %s%n", document.operations.size(), TRIES, world);

        RequestArbitraries requests = new RequestArbitraries(world, new SchemaValues(document, world.ids()),
                List.copyOf(callerTokens.keySet()));
        arbitraries = new LinkedHashMap<>();
        document.operations.forEach(op -> arbitraries.put(op, requests.of(op)));
        databases = new DatabaseSnapshots(stack.postgres(), LocalStack.DATABASES, stack.kafka().bootstrapServers());
        startedAt = System.nanoTime();
    }

    /** Who calls: every role (bound to the fixtures' NGO, body, seat), nobody, and tokens that must not verify. */
    private static Map<String, String> callers(MatrixFixtures fixtures, Tokens tokens) {
        Map<String, String> c = new LinkedHashMap<>();
        for (String role : List.of("admin", "registrar", "ngo", "forum-secretariat", "agency", "procurement-officer",
                "commission-member", "analyst")) {
            c.put(role, fixtures.token(role));
        }
        c.put("anonymous", null);
        c.put("ngo of no NGO", tokens.mint("fuzz-ngo-unbound", "ngo", Map.of(), Duration.ofHours(3)));
        c.put("unknown role", tokens.mint("fuzz-nobody", "superuser", Map.of(), Duration.ofHours(3)));
        c.put("expired", tokens.mint("fuzz-expired", "admin", Map.of(), Duration.ofHours(-1)));
        c.put("wrong audience", tokens.mint("fuzz-aud", "admin", Map.of("aud", "someone-else"), Duration.ofHours(3)));
        c.put("garbage token", "not.a.jwt");
        return c;
    }

    /** Runs {@code fuzz.tries} tries for each operation of the document. */
    static final class TriesPerOperation implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(TRIES * document.operations.size());
            return property.execute();
        }

        @Override
        public int aroundPropertyProximity() {
            return -100; // outermost: the tries must be set before the property starts
        }
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        // operation after operation, TRIES each (jqwik shrinks the request, never the operation)
        return Arbitraries.create(() -> document.operations.get(Math.min(generated.getAndIncrement() / TRIES,
                document.operations.size() - 1))).flatMap(op -> arbitraries.get(op));
    }

    @AddLifecycleHook(TriesPerOperation.class)
    @Property(generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE, afterFailure = AfterFailureMode.RANDOM_SEED,
            shrinking = ShrinkingMode.BOUNDED)
    void everyAnswerIsDocumentedAndNoRejectedRequestWrites(@ForAll("requests") FuzzRequest request) {
        Operation op = request.operation();
        List<String> problems = new ArrayList<>();
        if (op != lastOperation || op.writes()) {
            settle(problems);
        }
        lastOperation = op;

        Reply answer;
        try {
            answer = send(request);
        } catch (AssertionError e) {
            stats.report(request, 0, "", List.of(e.getMessage()));
            return;
        }
        int status = answer.status();
        stats.count(op, status);
        String type = answer.headers().firstValue("Content-Type").orElse("");

        if (status >= 500) {
            problems.add("5xx");
        }
        if (status >= 400 && status < 500) {
            problems.addAll(problemDetails(status, type, answer.body()));
        }
        problems.addAll(schema(request, answer, type));

        if (op.writes()) {
            if (status < 400) {
                dirty = true;
                stats.acceptedWrites++;
            } else {
                Map<String, String> after = databases.take();
                if (!after.equals(baseline)) {
                    problems.add("rejected request wrote: " + DatabaseSnapshots.difference(baseline, after));
                    baseline = after;
                } else {
                    stats.rejectedWritesVerified++;
                }
            }
        } else {
            readsSinceBaseline.add(request);
        }
        stats.report(request, status, answer.body(), problems);
    }

    /** Before a write or a new operation: compares after the reads since the baseline, or takes a fresh baseline. */
    private static void settle(List<String> problems) {
        if (dirty) {
            baseline = databases.awaitQuiet(Duration.ofSeconds(60));
            dirty = false;
        } else if (!readsSinceBaseline.isEmpty()) {
            Map<String, String> now = databases.take();
            if (!now.equals(baseline)) {
                problems.add("reads of " + lastOperation + " wrote: " + DatabaseSnapshots.difference(baseline, now));
                baseline = now;
            }
        }
        readsSinceBaseline.clear();
    }

    /** An answer: status, headers, body. */
    record Reply(int status, HttpHeaders headers, String body) {
    }

    private static Reply send(FuzzRequest r) {
        String token = callerTokens.get(r.token());
        Map<String, String> headers = new LinkedHashMap<>(r.headers());
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (r.contentType() != null) {
            headers.put("Content-Type", r.contentType());
        }
        if (r.body() != null && r.body().length > RequestArbitraries.BODY_LIMIT) {
            return declareOnly(r, headers);
        }
        HttpRequest.BodyPublisher body = r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + r.pathAndQuery()))
                .timeout(Duration.ofSeconds(30)).method(r.operation().method(), body);
        headers.forEach(b::header);
        try {
            HttpResponse<String> answer = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(answer.statusCode(), answer.headers(), answer.body());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + r + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An oversized body is declared (Content-Length over 1 MiB) and the answer read before any of it is sent: the
     * gateway refuses on the declared length. (Sending it would race the gateway's close against the upload, and
     * Java 17's HttpClient hangs on Expect: 100-continue answered with a final status, JDK-8286171.)
     */
    private static Reply declareOnly(FuzzRequest r, Map<String, String> headers) {
        URI gateway = URI.create(stack.gatewayUrl());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(r.operation().method() + " " + r.pathAndQuery() + " HTTP/1.1\r\nHost: "
                    + gateway.getHost() + ":" + gateway.getPort() + "\r\nContent-Length: " + r.body().length + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                answerHeaders.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(answerHeaders.getOrDefault("Content-Length", List.of("0")).get(0));
            char[] body = new char[length];
            int read = 0;
            for (int n; read < length && (n = in.read(body, read, length - read)) > 0;) {
                read += n;
            }
            return new Reply(Integer.parseInt(statusLine.split(" ")[1]), HttpHeaders.of(answerHeaders, (a, b) -> true),
                    new String(body, 0, read));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("no answer to " + r + ": " + e, e);
        }
    }

    /** RFC 9457: problem+json with type, title and the answer's own status. */
    private static List<String> problemDetails(int status, String type, String body) {
        List<String> p = new ArrayList<>();
        if (!type.startsWith("application/problem+json")) {
            p.add("4xx not problem+json (" + type + ")");
            return p;
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (!json.path("type").isTextual() || !json.path("title").isTextual() || json.path("status").asInt() != status) {
                p.add("4xx problem without type/title/status " + status);
            }
        } catch (IOException e) {
            p.add("4xx problem body is not JSON");
        }
        return p;
    }

    /** The answer against the document's response for this operation and status (headers, media type, body schema). */
    private static List<String> schema(FuzzRequest request, Reply answer, String type) {
        Operation op = request.operation();
        boolean left = request.leavesItsPath();
        String path = left ? request.resolvedPath() : op.templatePath();
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        if (!type.isEmpty()) {
            response.withContentType(type);
        }
        answer.headers().map().forEach(response::withHeader);
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(op.method()), response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(left && LEFT_PATH.contains(m.getKey())))
                .map(m -> "schema " + m.getKey() + ": " + m.getMessage()).toList();
    }

    @AfterContainer
    static void summary() {
        if (databases == null) {
            return;
        }
        List<String> last = new ArrayList<>();
        settle(last);
        last.forEach(p -> stats.report(null, 0, "", List.of(p)));
        databases.close();
        System.out.println(stats.summary((System.nanoTime() - startedAt) / 1e9));
        if (COLLECT && !stats.failures.isEmpty()) {
            throw new AssertionError(stats.failures.size() + " kinds of failure:\n" + String.join("\n\n", stats.failures.values()));
        }
        int least = stats.perOperation.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        if (stats.perOperation.size() < document.operations.size() || least < TRIES) {
            throw new AssertionError("not every operation was fuzzed " + TRIES + " times: " + stats.perOperation);
        }
    }

    /** Counts and, unless collecting, the first failure (which jqwik then shrinks). */
    static final class Stats {
        final Map<String, Integer> perOperation = new TreeMap<>();
        final Map<Integer, Integer> perStatus = new TreeMap<>();
        final Map<String, String> failures = new LinkedHashMap<>();
        final Map<String, Integer> failureCounts = new TreeMap<>();
        int total;
        int acceptedWrites;
        int rejectedWritesVerified;
        int fiveHundreds;
        int schemaViolations;

        void count(Operation op, int status) {
            total++;
            perOperation.merge(op.id(), 1, Integer::sum);
            perStatus.merge(status, 1, Integer::sum);
            if (status >= 500) {
                fiveHundreds++;
            }
        }

        void report(FuzzRequest request, int status, String body, List<String> problems) {
            if (problems.isEmpty()) {
                return;
            }
            if (problems.stream().anyMatch(p -> p.startsWith("schema"))) {
                schemaViolations++;
            }
            String message = request + "\n  -> " + status + " " + abbreviate(body) + "\n  problems: " + problems;
            if (!COLLECT) {
                throw new AssertionError(message);
            }
            String key = (request == null ? "" : request.operation().id() + " ") + status + " "
                    + problems.stream().map(p -> p.replaceAll("\\d+", "#")).collect(Collectors.joining("; "));
            failures.putIfAbsent(key, message);
            failureCounts.merge(key, 1, Integer::sum);
        }

        String summary(double seconds) {
            Map<String, Integer> classes = new TreeMap<>();
            perStatus.forEach((s, n) -> classes.merge(s / 100 + "xx", n, Integer::sum));
            int least = perOperation.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            return String.format("""
                    fuzz summary: %d operations, %d requests (at least %d per operation) in %.0f s
                      by status class: %s
                      by status: %s
                      5xx: %d, schema violations: %d, failing requests: %d
                      writes accepted: %d, rejected non-GET requests verified to have written nothing: %d%s""",
                    perOperation.size(), total, least, seconds, classes, perStatus, fiveHundreds, schemaViolations,
                    failureCounts.values().stream().mapToInt(Integer::intValue).sum(), acceptedWrites, rejectedWritesVerified,
                    failureCounts.isEmpty() ? "" : "\n  failures by kind: " + failureCounts);
        }

        private static String abbreviate(String s) {
            return s == null ? "" : s.length() > 500 ? s.substring(0, 500) + "…" : s;
        }
    }
}

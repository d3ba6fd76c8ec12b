package kz.civic.infra.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.authentication.AuthenticationScheme;
import io.restassured.authentication.OAuth2Scheme;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The same value is written the same way by a write and by the read of what it wrote (issue 16 item 10): for every
 * {@code /api/} answer a service's tests receive through REST Assured that is a 201 with a {@code Location}, or a 200
 * to a PUT or PATCH (or to a POST on a path that also has a GET), this filter GETs the resource with the request's
 * {@code Authorization} (a header or REST Assured's {@code auth().oauth2(…)}) and {@code Accept-Language} and requires every property of the write's JSON answer, at every
 * nesting level, in the read with the identical JSON text: instants with the same digits and offset, numbers with
 * the same scale ({@code 4000000} is not {@code 4000000.00}), arrays with the same elements (in any order: sets).
 * Properties the read adds are allowed.
 *
 * <p>Not checked: answers that are not JSON objects, idempotent replays ({@code Idempotency-Replayed}: the first
 * answer, repeated, may be older than the resource), reads that do not answer 200 JSON, and reads of another
 * resource (both carry an {@code id} and they differ). The read goes through the JDK's HTTP client, not REST
 * Assured, so no filter, logging or request counting of a test sees it; it changes nothing on the server.
 *
 * <p>Mode by the system property {@code civic.write-read-consistency} (set in a service's surefire configuration):
 * {@code enforce} fails the request's test with the differences; anything else appends them to
 * {@code target/write-read-violations.txt}.
 */
public final class WriteReadConsistency implements Filter {

    static final String PROPERTY = "civic.write-read-consistency";
    private static final Set<String> FORWARDED = Set.of("authorization", "accept-language");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Boolean enforce;

    /** The mode of the system property. */
    public WriteReadConsistency() {
        this(null);
    }

    /** A fixed mode ({@code true}: fail), for the filter's own test. */
    public WriteReadConsistency(Boolean enforce) {
        this.enforce = enforce;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!uri.getPath().startsWith("/api/") || !Set.of("POST", "PUT", "PATCH").contains(method)) {
            return response;
        }
        URI read = readOf(method, uri, response);
        if (read == null || "true".equalsIgnoreCase(response.header("Idempotency-Replayed"))) {
            return response;
        }
        JsonNode written = json(response.contentType(), response.asByteArray());
        if (written == null || !written.isObject()) {
            return response;
        }
        HttpRequest.Builder get = HttpRequest.newBuilder(read).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", "application/json");
        request.getHeaders().asList().stream().filter(h -> FORWARDED.contains(h.getName().toLowerCase(Locale.ROOT)))
                .forEach(h -> get.header(h.getName(), h.getValue()));
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            bearer(request.getAuthenticationScheme()).ifPresent(token -> get.header("Authorization", "Bearer " + token));
        }
        HttpResponse<byte[]> answer;
        try {
            answer = HTTP.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (answer.statusCode() != 200) {
            return response;
        }
        JsonNode stored = json(answer.headers().firstValue("Content-Type").orElse(null), answer.body());
        if (stored == null || !stored.isObject()
                || written.has("id") && stored.has("id") && !written.get("id").equals(stored.get("id"))) {
            return response;
        }
        List<String> differences = differences(written, stored);
        if (!differences.isEmpty()) {
            report(method + " " + uri.getPath() + " -> " + response.statusCode() + " differs from GET " + read.getPath()
                    + ": " + String.join("; ", differences));
        }
        return response;
    }

    /** The token of {@code auth().oauth2(…)}: REST Assured adds its header after the filters, so it is not there. */
    private static Optional<String> bearer(AuthenticationScheme scheme) {
        if (scheme instanceof OAuth2Scheme oauth2) {
            return Optional.ofNullable(oauth2.getAccessToken());
        }
        if (scheme instanceof PreemptiveOAuth2HeaderScheme preemptive) {
            return Optional.ofNullable(preemptive.getAccessToken());
        }
        return Optional.empty();
    }

    /** Where the written resource is read, or null when this answer is not checked. */
    private static URI readOf(String method, URI uri, Response response) {
        int status = response.statusCode();
        String location = response.header("Location");
        if (status == 201 && location != null && !location.isBlank()) {
            return uri.resolve(location);
        }
        if (status != 200) {
            return null;
        }
        URI self = uri.resolve(uri.getRawPath());
        if ("PUT".equals(method) || "PATCH".equals(method)) {
            return self;
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        return ResponseSchemas.documentOf(base).hasGet(uri.getPath()) ? self : null;
    }

    private static JsonNode json(String contentType, byte[] body) {
        if (contentType == null || body == null || body.length == 0
                || !contentType.split(";")[0].strip().toLowerCase(Locale.ROOT).endsWith("json")) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private void report(String message) {
        AnswerChecks.report(enforce != null ? enforce : AnswerChecks.enforced(PROPERTY),
                "the write answer and the read of the same resource differ", "write-read-violations.txt", message);
    }

    /** Every member of {@code written} that {@code stored} lacks or writes differently, by JSON path. */
    static List<String> differences(JsonNode written, JsonNode stored) {
        List<String> found = new ArrayList<>();
        compare("", written, stored, found);
        return found;
    }

    private static void compare(String path, JsonNode written, JsonNode stored, List<String> found) {
        if (written.isObject()) {
            if (!stored.isObject()) {
                found.add(where(path) + ": written " + written + ", read " + stored);
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = written.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String member = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode other = stored.get(field.getKey());
                if (other == null) {
                    found.add(member + ": written " + field.getValue() + ", absent from the read");
                } else {
                    compare(member, field.getValue(), other, found);
                }
            }
        } else if (written.isArray()) {
            if (!stored.isArray() || stored.size() != written.size()) {
                found.add(where(path) + ": written " + written + ", read " + stored);
                return;
            }
            List<String> inOrder = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                compare(path + "[" + i + "]", written.get(i), stored.get(i), inOrder);
            }
            if (!inOrder.isEmpty() && !sameElements(written, stored)) {
                found.addAll(inOrder);
            }
        } else if (!text(written).equals(text(stored))) {
            found.add(where(path) + ": written " + written + ", read " + stored);
        }
    }

    /** A set written in another order: every element of one equals one of the other, as text. */
    private static boolean sameElements(JsonNode written, JsonNode stored) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        written.forEach(n -> left.add(n.toString()));
        stored.forEach(n -> right.add(n.toString()));
        left.sort(null);
        right.sort(null);
        return left.equals(right);
    }

    /** A scalar as it was written: its JSON type and text (so {@code 1} differs from {@code 1.000} and {@code "1"}). */
    private static String text(JsonNode scalar) {
        return scalar.getNodeType() + " " + scalar.toString();
    }

    private static String where(String path) {
        return path.isEmpty() ? "the body" : path;
    }
}

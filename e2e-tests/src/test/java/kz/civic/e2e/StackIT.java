package kz.civic.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kz.civic.infra.FreePorts;
import kz.civic.stack.LocalStack;
import kz.civic.stack.StackOptions;
import kz.civic.stack.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Starts the packaged stack once per test JVM (on random loopback ports, fresh data) for the e2e tests; the
 * reliability-tests module reuses it through this module's test-jar.
 */
public abstract class StackIT {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    public static LocalStack stack;
    /** The stack's data directory; component logs are in {@code logs/<component>.log}. */
    public static Path dataDir;
    public static Tokens tokens;
    /** The stack's ports (the services' own, for tests that bypass the gateway). */
    public static StackOptions options;

    @BeforeAll
    public static void startStack() throws IOException {
        if (stack != null) {
            return;
        }
        Path root = Path.of("..").toAbsolutePath().normalize();
        dataDir = Files.createTempDirectory("civic-e2e");
        int kafka = FreePorts.pick();
        options = new StackOptions(root, dataDir, true, false, FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick(), kafka, FreePorts.pick());
        stack = LocalStack.start(options, System.out);
        tokens = new Tokens(stack.signingKey());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stack.close()));
    }

    @AfterAll
    public static void keepRunningForOtherClasses() {
        // the stack is stopped by the shutdown hook after the last test class
    }

    public static String token(String role) {
        return tokens.mint("e2e-" + role, role, Map.of(), Duration.ofHours(1));
    }

    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    }

    public static Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).GET());
    }

    public static Answer post(String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    /** A POST with {@code If-Match} (transitions): JSON body unless empty. */
    public static Answer withIfMatch(String path, String token, String etag, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        return send(b);
    }

    /** The answer, after asserting its status (the step names what was being done). */
    public static Answer expect(int status, Answer answer, String step) {
        org.junit.jupiter.api.Assertions.assertEquals(status, answer.status(), () -> step + ": " + answer.body());
        return answer;
    }

    public static String etag(Answer answer) {
        return answer.raw().headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + answer.body()));
    }

    public static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Answer(r.statusCode(), body, r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

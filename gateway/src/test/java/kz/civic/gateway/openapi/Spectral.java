package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import kz.civic.infra.testing.NodeTools;
import org.junit.jupiter.api.Assumptions;

/**
 * Spectral ({@code @stoplight/spectral-cli} from npm), installed once into {@code target/spectral},
 * run on a document with the repository's ruleset ({@code gateway/spectral/.spectral.yaml}).
 */
final class Spectral {

    static final String VERSION = "6.16.3";
    static final Path RULESET = Path.of("spectral/.spectral.yaml").toAbsolutePath();
    /** The project's NL GOV checks beyond the official ruleset ({@code gateway/spectral/nlgov.spectral.yaml}). */
    static final Path NLGOV = Path.of("spectral/nlgov.spectral.yaml").toAbsolutePath();
    /** The official NL GOV API Design Rules linter ruleset of Logius, vendored ({@code gateway/spectral/logius}). */
    static final Path LOGIUS = Path.of("spectral/logius/linter.yaml").toAbsolutePath();
    private static final Path HOME = Path.of("target/spectral").toAbsolutePath();
    private static final Path EXECUTABLE = HOME.resolve("node_modules/.bin/spectral");

    /** One result; {@code path} is dotted ({@code paths./api/v1/ngos.post.responses.400}). */
    record Finding(String code, int severity, String path, String message) {

        boolean error() {
            return severity == 0;
        }

        @Override
        public String toString() {
            return code + " " + path + " — " + message;
        }
    }

    private Spectral() {
    }

    /** Installs Spectral unless it is there; a machine without npm skips the calling test. */
    static void install() throws IOException, InterruptedException {
        if (Files.isExecutable(EXECUTABLE)) {
            return;
        }
        Assumptions.assumeTrue(NodeTools.npmAvailable(), "npm is not installed: the Spectral lint of the OpenAPI "
                + "documents is skipped (install Node.js 18+ with npm to run it)");
        NodeTools.install(HOME, "@stoplight/spectral-cli@" + VERSION, "spectral");
    }

    /** Lints {@code document} (a file or a URL) with the repository's ruleset. */
    static List<Finding> lint(String document) throws IOException, InterruptedException {
        return lint(document, RULESET);
    }

    /** Lints {@code document} (a file or a URL) with {@code ruleset}. */
    static List<Finding> lint(String document, Path ruleset) throws IOException, InterruptedException {
        install();
        Path output = Files.createTempFile(HOME, "results", ".json");
        try {
            run(List.of(EXECUTABLE.toString(), "lint", "--quiet", "--ruleset", ruleset.toString(), "--format", "json",
                    "--output", output.toString(), "--fail-severity", "error", document), 5, "spectral lint");
            JsonNode results = new ObjectMapper().readTree(Files.readString(output, StandardCharsets.UTF_8));
            List<Finding> findings = new ArrayList<>();
            results.forEach(result -> findings.add(new Finding(result.path("code").asText(),
                    result.path("severity").asInt(), StreamSupport.stream(result.path("path").spliterator(), false)
                            .map(JsonNode::asText).collect(Collectors.joining(".")),
                    result.path("message").asText())));
            return findings;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Runs a command; Spectral exits 1 on errors, more on failures (its output is kept for those). */
    private static void run(List<String> command, int minutes, String what) throws IOException, InterruptedException {
        NodeTools.Run run = NodeTools.run(command, HOME, Map.of(), Duration.ofMinutes(minutes));
        if (run.exitCode() > 1) {
            throw new IllegalStateException(what + " failed (" + run.exitCode() + "): " + run.output());
        }
    }
}

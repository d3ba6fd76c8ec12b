package kz.civic.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;

/**
 * Spectral ({@code @stoplight/spectral-cli} from npm), installed once into {@code target/spectral},
 * run on a document with the repository's ruleset ({@code gateway/spectral/.spectral.yaml}).
 */
final class Spectral {

    static final String VERSION = "6.16.3";
    static final Path RULESET = Path.of("spectral/.spectral.yaml").toAbsolutePath();
    /** The NL GOV API Design Rules checks ({@code gateway/spectral/nlgov.spectral.yaml}). */
    static final Path NLGOV = Path.of("spectral/nlgov.spectral.yaml").toAbsolutePath();
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
    static synchronized void install() throws IOException, InterruptedException {
        if (Files.isExecutable(EXECUTABLE)) {
            return;
        }
        Assumptions.assumeTrue(onPath("npm"), "npm is not installed: the Spectral lint of the OpenAPI documents is "
                + "skipped (install Node.js 18+ with npm to run it)");
        Files.createDirectories(HOME);
        run(List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--loglevel=error",
                "--prefer-offline", "@stoplight/spectral-cli@" + VERSION), 10, "npm install of Spectral");
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("npm installed no " + EXECUTABLE);
        }
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

    /** Runs a command; its exit code is not judged (Spectral exits 1 on errors), its output is kept for failures. */
    private static void run(List<String> command, int minutes, String what) throws IOException, InterruptedException {
        Path log = Files.createTempFile("spectral", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " took over " + minutes + " minutes");
            }
            if (process.exitValue() > 1) {
                throw new IllegalStateException(what + " failed (" + process.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}

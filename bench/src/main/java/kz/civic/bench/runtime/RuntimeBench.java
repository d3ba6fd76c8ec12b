package kz.civic.bench.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.FileUtils;

/**
 * Issue 8 items 3 and 4: event latency (commit → consumer effect at a fixed write rate) and start-up time and memory
 * of each service, written to a JSON file (format: bench/README.md, "Runtime figures") and a Markdown fragment next
 * to it ({@code runtime.md}). Starts its own PostgreSQL and Kafka in {@code bench/target/runtime-data}; needs the
 * four services packaged ({@code target/quarkus-app/quarkus-run.jar}).
 */
public final class RuntimeBench {

    private RuntimeBench() {
    }

    public static void main(String[] args) {
        // The embedded Kafka broker logs every configuration at INFO (slf4j-simple); only problems matter here.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Map<String, Object> result = run(options);
        String fragment = RuntimeMarkdown.render(result);
        result.put("markdown", fragment);
        write(options.output(), result);
        Path markdown = options.output().resolveSibling(options.output().getFileName().toString()
                .replaceFirst("\\.json$", "") + ".md");
        write(markdown, fragment);
        System.out.println("runtime figures: " + options.output() + ", " + markdown);
    }

    static Map<String, Object> run(RuntimeOptions options) {
        Path data = options.repoRoot().resolve("bench/target/runtime-data");
        wipe(data);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("format", "civic-bench-runtime/1");
        result.put("label", options.label());
        result.put("startedAt", Instant.now().toString());
        result.put("machine", Machine.describe());
        result.put("loadAverageAtStart", Figures.loadAverage());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("jvmFlags", options.jvmFlags());
        settings.put("appCds", options.appCds());
        settings.put("demoData", false);
        settings.put("quick", options.quick());
        settings.put("measuredStarts", options.starts());
        settings.put("pollIntervalMs", ServiceUnderTest.POLL_MS);
        settings.put("memoryLoadRate", options.loadRate());
        settings.put("memoryLoadSeconds", options.loadDuration().toSeconds());
        result.put("settings", settings);
        try (Infra infra = new Infra(data)) {
            StartupBench startup = new StartupBench(options, infra);
            List<Map<String, Object>> startups = new ArrayList<>();
            if (options.startup()) {
                for (String service : Infra.BACKENDS) {
                    if (options.services().contains(service)) {
                        startups.add(startup.measure(service));
                    }
                }
            }
            boolean gateway = options.startup() && options.services().contains("gateway");
            List<ServiceUnderTest> backends = new ArrayList<>();
            try {
                for (String service : gateway || options.events() ? Infra.BACKENDS : List.<String>of()) {
                    backends.add(startup.start(service, "backend"));
                }
                for (ServiceUnderTest b : backends) {
                    b.awaitFirstRequest(StartupBench.ENDPOINTS.get(b.name), Duration.ofSeconds(180));
                }
                if (gateway) {
                    startups.add(startup.measure("gateway"));
                }
                if (options.startup()) {
                    result.put("startup", startups);
                }
                if (options.events()) {
                    result.put("eventLatency", new EventLatencyBench(options, infra, backends.get(0).url("")).measure());
                }
            } finally {
                backends.forEach(ServiceUnderTest::close);
            }
        }
        result.put("loadAverageAtEnd", Figures.loadAverage());
        result.put("finishedAt", Instant.now().toString());
        return result;
    }

    private static void write(Path file, Object content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (content instanceof String text) {
                Files.writeString(file, text);
            } else {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A fresh, empty data directory (commons-io comes with zonky's embedded PostgreSQL). */
    private static void wipe(Path dir) {
        try {
            FileUtils.deleteDirectory(dir.toFile());
            Files.createDirectories(dir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dir, e);
        }
    }
}

package kz.civic.bench.runtime;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Start-up time and memory of one service: a first start (on an empty database it runs the Flyway migrations; not
 * in the medians), then {@code starts} measured starts. Each start: time to the first 200 of a real endpoint and of
 * {@code /q/health/ready}; RSS right after the first request; then a fixed-rate load on the endpoint with RSS
 * sampled every 250 ms (the maximum is "under load").
 */
final class StartupBench {

    /** The real endpoint polled for the first successful request and then loaded: a DB-backed public list. */
    static final Map<String, String> ENDPOINTS = Map.of(
            "registry-service", "/api/v1/ngos?limit=20",
            "forum-service", "/api/v1/recommendations?limit=20",
            "procurement-service", "/api/v1/calls?limit=20",
            "gateway", "/api/v1/ngos?limit=20");
    static final double READY_TARGET_MS = 3000;
    static final double RSS_TARGET_MB = 350;

    private final RuntimeOptions options;
    private final Infra infra;
    private final Path repoRoot;

    StartupBench(RuntimeOptions options, Infra infra) {
        this.options = options;
        this.infra = infra;
        this.repoRoot = options.repoRoot();
    }

    ServiceUnderTest start(String service, String label) {
        Path jar = repoRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = infra.dataDir.resolve("logs").resolve(service + "-" + label + ".log");
        List<String> flags = new ArrayList<>(options.jvmFlags());
        Path archive = jar.resolveSibling("app-cds.jsa");
        if (options.appCds() && Files.isRegularFile(archive)) {
            flags.add("-XX:SharedArchiveFile=" + archive.getFileName()); // relative to the jar's directory
        }
        if (options.jfrDir() != null) {
            flags.add("-XX:StartFlightRecording=settings=profile,filename="
                    + options.jfrDir().resolve(service + "-" + label + ".jfr"));
        }
        return ServiceUnderTest.start(service, jar, flags, infra.ports.get(service), infra.env(service), log);
    }

    Map<String, Object> measure(String service) {
        System.out.printf("startup: %s (%d measured starts after a first one)%n", service, options.starts());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("service", service);
        result.put("endpoint", ENDPOINTS.get(service));
        result.put("appCdsArchive", options.appCds() && Files.isRegularFile(
                repoRoot.resolve(service).resolve("target/quarkus-app/app-cds.jsa")));
        result.put("firstStart", once(service, "first"));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 1; i <= options.starts(); i++) {
            runs.add(once(service, "run" + i));
        }
        result.put("runs", runs);
        Map<String, Object> median = new LinkedHashMap<>();
        for (String key : List.of("firstRequestMs", "readyMs", "quarkusStartedInMs", "rssAfterFirstRequestMb",
                "rssUnderLoadMb", "peakRssMb")) {
            median.put(key, Figures.median(runs.stream().map(r -> (Double) r.get(key)).toList()));
        }
        result.put("median", median);
        double readyAt = Math.max((Double) median.get("firstRequestMs"), (Double) median.get("readyMs"));
        result.put("readyTargetMet", readyAt <= READY_TARGET_MS);
        result.put("rssTargetMet", (Double) median.get("rssAfterFirstRequestMb") <= RSS_TARGET_MB);
        System.out.printf("startup: %s median first request %.0f ms, ready %.0f ms, RSS %.0f MB after the first "
                + "request, %.0f MB under load%n", service, median.get("firstRequestMs"), median.get("readyMs"),
                median.get("rssAfterFirstRequestMb"), median.get("rssUnderLoadMb"));
        return result;
    }

    private Map<String, Object> once(String service, String label) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("loadAverage", Figures.loadAverage());
        try (ServiceUnderTest s = start(service, label)) {
            ServiceUnderTest.Startup startup = s.awaitFirstRequest(ENDPOINTS.get(service), Duration.ofSeconds(180));
            double rssAfterFirst = s.rssMb();
            run.put("firstRequestMs", Figures.round(startup.firstRequestMs()));
            run.put("readyMs", Figures.round(startup.readyMs()));
            run.put("quarkusStartedInMs", startup.quarkusStartedInMs());
            run.put("rssAfterFirstRequestMb", Figures.round(rssAfterFirst));
            double[] maxRss = { rssAfterFirst };
            URI uri = URI.create(s.url(ENDPOINTS.get(service)));
            IntFunction<HttpRequest> get = i -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
            FixedRate.Result load = FixedRate.run(options.loadRate(), options.loadDuration(), get, false, 256,
                    250, () -> maxRss[0] = Math.max(maxRss[0], s.rssMb()));
            maxRss[0] = Math.max(maxRss[0], s.rssMb());
            run.put("rssUnderLoadMb", Figures.round(maxRss[0]));
            run.put("peakRssMb", Figures.round(s.peakRssMb()));
            Map<String, Object> loadFigures = new LinkedHashMap<>();
            loadFigures.put("rate", options.loadRate());
            loadFigures.put("seconds", options.loadDuration().toSeconds());
            loadFigures.put("statuses", load.statuses());
            loadFigures.put("failed", load.failed());
            loadFigures.put("dropped", load.dropped());
            loadFigures.put("latency", Figures.percentilesMs(load.latencyMicros()));
            run.put("load", loadFigures);
            System.out.printf("  %s %s: first request %.0f ms, ready %.0f ms (Quarkus: %.0f ms), RSS %.0f MB, under "
                    + "load %.0f MB%n", service, label, startup.firstRequestMs(), startup.readyMs(),
                    startup.quarkusStartedInMs(), rssAfterFirst, maxRss[0]);
        }
        return run;
    }
}

package kz.civic.bench.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Command line of {@link RuntimeBench}: {@code [<repo root> <output json>] [--quick] [--only startup|events]
 * [--starts N] [--jvm-flags "-Xmx256m ..."] [--event-rate R] [--event-seconds S] [--label TEXT] [--jfr [DIR]] [--appcds]
 * [--services a,b]}.
 * Without the two paths: {@code -Dbench.root} (default {@code .}) and {@code bench/target/results/runtime.json}.
 * With {@code --jfr} every service process records a JFR profile to {@code DIR/<service>-<start>.jfr} (default: {@code jfr/} next to the output); with
 * {@code --appcds} each service whose build made {@code target/quarkus-app/app-cds.jsa} runs with
 * {@code -XX:SharedArchiveFile} (see bench/README.md, "Runtime figures"); {@code --services} limits the start-up
 * measurements to those services.
 */
record RuntimeOptions(Path repoRoot, Path output, boolean quick, String only, int starts, List<String> jvmFlags,
        double loadRate, Duration loadDuration, double eventRate, Duration eventDuration, Duration eventWarmup,
        String label, Path jfrDir, boolean appCds, List<String> services) {

    /** The heap limit local-stack's ServiceProcess (./run, the e2e tests) gives every service. */
    static final String DEFAULT_JVM_FLAGS = "-Xmx256m";

    static RuntimeOptions parse(String[] args) {
        List<String> all = Arrays.asList(args);
        Path root;
        Path output;
        List<String> rest;
        if (all.size() >= 2 && !all.get(0).startsWith("--") && !all.get(1).startsWith("--")) {
            root = Path.of(all.get(0));
            output = Path.of(all.get(1));
            rest = all.subList(2, all.size());
        } else {
            // As bench/run calls it: -Dbench.root, bench/run's own options (unknown ones such as --scale are ignored)
            root = Path.of(System.getProperty("bench.root", "."));
            output = root.resolve("bench/target/results/runtime.json");
            rest = all;
        }
        boolean quick = rest.contains("--quick");
        String only = value(rest, "--only", "all");
        if (!List.of("all", "startup", "events").contains(only)) {
            throw new IllegalArgumentException("--only takes startup or events, not " + only);
        }
        Path jfr = null;
        if (rest.contains("--jfr")) {
            int i = rest.indexOf("--jfr");
            jfr = i + 1 < rest.size() && !rest.get(i + 1).startsWith("--") ? Path.of(rest.get(i + 1))
                    : output.resolveSibling("jfr");
        }
        return new RuntimeOptions(root.toAbsolutePath().normalize(), output.toAbsolutePath(), quick, only,
                Integer.parseInt(value(rest, "--starts", quick ? "1" : "3")),
                List.of(value(rest, "--jvm-flags", DEFAULT_JVM_FLAGS).trim().split("\\s+")),
                200, Duration.ofSeconds(quick ? 3 : 10),
                Double.parseDouble(value(rest, "--event-rate", "100")),
                Duration.ofSeconds(Long.parseLong(value(rest, "--event-seconds", quick ? "15" : "60"))),
                Duration.ofSeconds(quick ? 3 : 10), value(rest, "--label", ""),
                jfr == null ? null : jfr.toAbsolutePath(), rest.contains("--appcds"),
                List.of(value(rest, "--services", String.join(",", Infra.SERVICES)).split(",")));
    }

    private static String value(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    boolean startup() {
        return !only.equals("events");
    }

    boolean events() {
        return !only.equals("startup");
    }
}

package kz.civic.bench.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Command line of {@link RuntimeBench}: {@code <repo root> <output json> [--quick] [--only startup|events]
 * [--starts N] [--jvm-flags "-Xmx256m ..."] [--event-rate R] [--event-seconds S] [--label TEXT] [--jfr DIR] [--appcds]}.
 * With {@code --jfr} every service process records a JFR profile to {@code DIR/<service>-<start>.jfr}; with
 * {@code --appcds} a service whose build made {@code target/quarkus-app/app-cds.jsa} runs with
 * {@code -XX:SharedArchiveFile} (see bench/README.md, "Runtime figures").
 */
record RuntimeOptions(Path repoRoot, Path output, boolean quick, String only, int starts, List<String> jvmFlags,
        double loadRate, Duration loadDuration, double eventRate, Duration eventDuration, Duration eventWarmup,
        String label, Path jfrDir, boolean appCds) {

    /** The heap limit local-stack's ServiceProcess (./run, the e2e tests) gives every service. */
    static final String DEFAULT_JVM_FLAGS = "-Xmx256m";

    static RuntimeOptions parse(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RuntimeBench <repo root> <output json> [--quick] "
                    + "[--only startup|events] [--starts N] [--jvm-flags \"...\"] [--event-rate R] [--event-seconds S] "
                    + "[--label TEXT] [--jfr DIR] [--appcds]");
        }
        List<String> rest = Arrays.asList(args).subList(2, args.length);
        boolean quick = rest.contains("--quick");
        String only = value(rest, "--only", "all");
        if (!List.of("all", "startup", "events").contains(only)) {
            throw new IllegalArgumentException("--only takes startup or events, not " + only);
        }
        return new RuntimeOptions(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]).toAbsolutePath(),
                quick, only, Integer.parseInt(value(rest, "--starts", quick ? "1" : "3")),
                List.of(value(rest, "--jvm-flags", DEFAULT_JVM_FLAGS).trim().split("\\s+")),
                200, Duration.ofSeconds(quick ? 3 : 10),
                Double.parseDouble(value(rest, "--event-rate", "100")),
                Duration.ofSeconds(Long.parseLong(value(rest, "--event-seconds", quick ? "15" : "60"))),
                Duration.ofSeconds(quick ? 3 : 10), value(rest, "--label", ""),
                rest.contains("--jfr") ? Path.of(value(rest, "--jfr", null)).toAbsolutePath() : null,
                rest.contains("--appcds"));
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

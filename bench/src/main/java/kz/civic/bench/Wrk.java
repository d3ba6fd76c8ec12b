package kz.civic.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (closed model, maximum throughput) on the load core and reads its summary. */
final class Wrk {

    /**
     * Requests per second and the requests that failed (non-2xx/3xx answers and socket errors); {@code errorKinds}
     * says which, e.g. "non-2xx 3, read 13" (empty when none failed).
     */
    record Run(double rps, long requests, long errors, String errorKinds) {
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /**
     * {@code wrk -t1 -c connections -d seconds} against {@code url}; {@code script} (a Lua file) and {@code env}
     * drive workload.lua, {@code headers} are added as {@code -H}.
     */
    static Run run(String url, double seconds, int connections, Path script, Map<String, String> env,
            Map<String, String> headers) {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", Bench.LOAD_CPU, "wrk", "-t1",
                "-c" + connections, "-d" + Math.max(1, Math.round(seconds)) + "s", "--timeout", "10s"));
        headers.forEach((k, v) -> command.addAll(List.of("-H", k + ": " + v)));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        String out = Shell.run(command, env);
        Matcher rps = RPS.matcher(out);
        if (!rps.find()) {
            throw new IllegalStateException("wrk gave no Requests/sec:\n" + out);
        }
        long errors = 0;
        List<String> kinds = new ArrayList<>();
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find() && Long.parseLong(non2xx.group(1)) > 0) {
            errors += Long.parseLong(non2xx.group(1));
            kinds.add("non-2xx " + non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            String[] names = {"connect", "read", "write", "timeout"};
            for (int g = 1; g <= 4; g++) {
                long n = Long.parseLong(socket.group(g));
                errors += n;
                if (n > 0) {
                    kinds.add(names[g - 1] + " " + n);
                }
            }
        }
        Matcher total = TOTAL.matcher(out);
        return new Run(Double.parseDouble(rps.group(1)), total.find() ? Long.parseLong(total.group(1)) : 0, errors,
                String.join(", ", kinds));
    }
}

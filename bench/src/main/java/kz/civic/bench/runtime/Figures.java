package kz.civic.bench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Small helpers that turn measurements into the JSON figures of runtime.json. */
final class Figures {

    private Figures() {
    }

    /** count, p50, p90, p99, p99.9, max of a histogram recorded in microseconds, as milliseconds. */
    static Map<String, Object> percentilesMs(Histogram micros) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", micros.getTotalCount());
        m.put("p50Ms", ms(micros.getValueAtPercentile(50)));
        m.put("p90Ms", ms(micros.getValueAtPercentile(90)));
        m.put("p99Ms", ms(micros.getValueAtPercentile(99)));
        m.put("p999Ms", ms(micros.getValueAtPercentile(99.9)));
        m.put("maxMs", ms(micros.getMaxValue()));
        return m;
    }

    private static double ms(long micros) {
        return round(micros / 1000.0);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return round(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg} (what {@code uptime} prints). */
    static List<Double> loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Arrays.stream(parts, 0, 3).map(Double::valueOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kz.civic.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.search.SearchKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search benchmark on the full demo register (not part of the normal build; run with
 * {@code ./mvnw -B -pl registry-service test -Dtest=DemoSearchBenchmark -Dgroups=bench -DexcludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}). One client, sequential requests over HTTP: warm-up, then
 * 2,000 selective text queries (rare name fragments, Cyrillic and Latin), broad text queries and
 * filter-only pages. Writes p50/p95/p99/max per query type, the machine and the query plans to
 * {@code benchmarks/search-<date>.md}.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_demo"))
class DemoSearchBenchmark {

    static final List<String> SELECTIVE_CYRILLIC = List.of("Шырак", "хельсинк", "Келешек", "Невада", "Кадир-касиет",
            "Аман-саулык", "Жастар жетіс", "Еразамат", "стоматолог", "Хартия за права", "интеллектуального труда", "Әріптес");
    static final List<String> SELECTIVE_LATIN = List.of("shyraq", "helsinki", "keleshek", "nevada", "kadir-kasiyet",
            "aman-sauilyk", "zhastar zhetikteri", "yerazamat", "dentists", "charter for human", "intellectual labor", "ariptes");
    static final List<String> BROAD = List.of("центр", "фонд", "association", "bolashak", "қоры", "союз");
    static final List<String> FILTERS = List.of("region=KZ-35&status=ACTIVE", "sphere=PROTECTION_OF_RIGHTS",
            "sort=name", "legalForm=PUBLIC_FOUNDATION&region=KZ-75", "registeredFrom=2022-01-01&sort=registration-date");

    @TestHTTPResource("/api/v1/ngos")
    URL ngos;
    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < 100; i++) {
            get("q=" + enc(SELECTIVE_LATIN.get(i % SELECTIVE_LATIN.size())));
            get("q=" + enc(BROAD.get(i % BROAD.size())));
            get(FILTERS.get(i % FILTERS.size()));
        }
        Map<String, long[]> results = new LinkedHashMap<>();
        results.put("selective, Cyrillic (`q` = rare name fragment)", run(1_000, i -> "q=" + enc(SELECTIVE_CYRILLIC.get(i % 12))));
        results.put("selective, Latin (`q` = rare name fragment)", run(1_000, i -> "q=" + enc(SELECTIVE_LATIN.get(i % 12))));
        results.put("broad text (`q` = common word, first page of 50)", run(100, i -> "q=" + enc(BROAD.get(i % BROAD.size()))));
        results.put("filters only (first page of 50)", run(100, i -> FILTERS.get(i % FILTERS.size())));
        write(results, loadAverage);
    }

    private long[] run(int count, java.util.function.IntFunction<String> query) throws Exception {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            get(query.apply(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private void get(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ngos + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private void write(Map<String, long[]> results, double loadAverage) throws Exception {
        StringBuilder md = new StringBuilder();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        md.append("# Search benchmark, ").append(today).append("\n\n");
        md.append("`GET /api/v1/ngos` on the demo register (").append(DemoDataGenerator.TOTAL)
                .append(" NGOs, loaded by `DemoDataLoader`), one client, sequential requests over HTTP on loopback, after ")
                .append("300 warm-up requests. Produced by `DemoSearchBenchmark` (see the README for the command).\n\n");
        md.append("| query type | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        results.forEach((type, n) -> md.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", type, n.length,
                ms(n, 0.50), ms(n, 0.95), ms(n, 0.99), n[n.length - 1] / 1e6)));
        md.append("\nSelective fragments: ").append(String.join(", ", SELECTIVE_CYRILLIC)).append(" / ")
                .append(String.join(", ", SELECTIVE_LATIN)).append(".\nBroad: ").append(String.join(", ", BROAD))
                .append(".\nFilters: `").append(String.join("`, `", FILTERS)).append("`.\n\n");
        md.append("## Machine\n\n");
        md.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        md.append("- memory: ").append(memory()).append("\n");
        md.append(String.format("- load average at the start: %.1f (the machine is shared with other builds)%n", loadAverage));
        md.append("- Java ").append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(' ').append(System.getProperty("os.arch")).append("\n");
        md.append("- ").append(single("SELECT version()")).append(" (embedded, local-infra), database LC_CTYPE ")
                .append(single("SELECT datctype FROM pg_database WHERE datname = current_database()")).append("\n\n");
        md.append("## Plans (EXPLAIN ANALYZE of the SQL the search runs)\n\n");
        explain(md, "selective, Latin `shyraq`", "shyraq");
        explain(md, "selective, Cyrillic `Шырак`", "Шырак");
        explain(md, "broad, `центр`", "центр");
        explainSql(md, "eager collection load after a page of the broad query (Hibernate FetchMode.SUBSELECT)",
                "EXPLAIN (ANALYZE, BUFFERS) SELECT p.* FROM ngo_person p WHERE p.ngo_id IN (SELECT n.id FROM ngo n "
                        + "WHERE n.search_key LIKE '%qentr%')");
        explainSql(md, "eager collection load after a filter-only page (no WHERE: every NGO's people)",
                "EXPLAIN (ANALYZE, BUFFERS) SELECT p.* FROM ngo_person p WHERE p.ngo_id IN (SELECT n.id FROM ngo n)");
        Path out = Path.of("benchmarks", "search-" + today + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
    }

    private void explain(StringBuilder md, String title, String q) throws SQLException {
        String sql = "EXPLAIN (ANALYZE, BUFFERS) SELECT n.* FROM ngo n WHERE n.search_key LIKE ? "
                + "ORDER BY n.id FETCH FIRST 51 ROWS ONLY";
        md.append("### ").append(title).append("\n\n```\n");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "%" + SearchKey.of(q) + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    md.append(rs.getString(1)).append('\n');
                }
            }
        }
        md.append("```\n\n");
    }

    private void explainSql(StringBuilder md, String title, String sql) throws SQLException {
        md.append("### ").append(title).append("\n\n```\n").append(sql.substring(sql.indexOf("SELECT"))).append("\n\n");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                md.append(rs.getString(1)).append('\n');
            }
        }
        md.append("```\n\n");
    }

    private String single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String cpu() throws IOException {
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info)) {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memory() throws IOException {
        Path info = Path.of("/proc/meminfo");
        if (Files.exists(info)) {
            List<String> lines = new ArrayList<>(Files.readAllLines(info));
            return lines.get(0).replaceAll("\\s+", " ");
        }
        return "unknown";
    }
}

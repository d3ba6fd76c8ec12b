package kz.civic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import kz.civic.bench.FixedRate.Request;
import kz.civic.bench.Workload.WrkSpec;

/** The workloads of issue 8 item 2 on a running stack, with the ids, cursors and tokens they need. */
final class Workloads {

    /** How long the requests still in flight after a run get to finish before the next run's list is taken. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    /** The list filter and page size: page 1,000 must exist at 23k NGOs (bench/README.md). */
    static final String LIST_FILTER = "status=ACTIVE&limit=10";
    /** A name of one demo organisation (a few matches) and a word in thousands of names. */
    static final String SELECTIVE = "экологических организаций";
    static final String BROAD = "фонд";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * Run number of the create workload; its BINs start with {@link #binPrefix}, which no data set BIN has (those
     * are entity type 4 with attribute 0–2, or 5–6 for MillionNgos' copies); distinguishes every wrk and fixed-rate
     * run of one benchmark (see workload.lua).
     */
    private static final AtomicInteger BIN_RUN = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 360));

    private final RunningStack stack;
    private final Path work;
    private final String registrar;
    private final String analyst;
    final Map<String, Object> facts = new LinkedHashMap<>();

    Workloads(RunningStack stack, Path work) {
        this.stack = stack;
        this.work = work;
        this.registrar = stack.token("registrar");
        this.analyst = stack.token("analyst");
    }

    /** The workloads; {@code withProcurement} adds the OCDS export (its data does not change with the NGO scale). */
    List<Workload> all(boolean withProcurement) throws Exception {
        List<String> ids = sampleIds();
        Path idFile = write("ids.txt", ids);
        String page1000 = page(1000);
        facts.put("listFilter", LIST_FILTER);
        facts.put("page1000Cursor", page1000);
        facts.put("selectiveTerm", SELECTIVE);
        facts.put("selectiveMatches", matches(SELECTIVE));
        facts.put("broadTerm", BROAD);
        facts.put("broadMatches", matches(BROAD));
        String selective = "/api/v1/ngos?q=" + URLEncoder.encode(SELECTIVE, StandardCharsets.UTF_8);
        String broad = "/api/v1/ngos?q=" + URLEncoder.encode(BROAD, StandardCharsets.UTF_8);
        String list = "/api/v1/ngos?" + LIST_FILTER;
        Map<String, String> analystAuth = Map.of("Authorization", "Bearer " + analyst);

        List<Workload> w = new ArrayList<>();
        w.add(fixed("reference", "GET /api/v1/reference/regions/KZ-75 (the trivial endpoint: one small JSON)",
                "/api/v1/reference/regions/KZ-75", Map.of(), true));
        w.add(new Workload("get-by-id", "GET /api/v1/ngos/{id}, 1,000 random NGOs in turn", "registry", true, true,
                () -> new WrkSpec("/", Map.of(), Map.of("BENCH_MODE", "ids", "BENCH_IDS", idFile.toString(),
                        "BENCH_PATH", "/api/v1/ngos/%s")),
                () -> cycle(ids, id -> Request.get("/api/v1/ngos/" + id, Map.of()))));
        w.add(fixed("list-page-1", "GET /api/v1/ngos?" + LIST_FILTER + " (first page)", list, Map.of(), true));
        w.add(fixed("list-page-1000", "the same list, page 1,000 (the cursor of 999 pages followed)",
                list + "&cursor=" + page1000, Map.of(), true));
        w.add(fixed("search-selective", "GET /api/v1/ngos?q=" + SELECTIVE, selective, Map.of(), true));
        w.add(fixed("search-broad", "GET /api/v1/ngos?q=" + BROAD, broad, Map.of(), true));
        w.add(new Workload("create", "POST /api/v1/ngos (registrar; a new BIN each time; outbox event)", "registry", true, true,
                () -> new WrkSpec("/", Map.of(), Map.of("BENCH_MODE", "create", "BENCH_TOKEN", registrar,
                        "BENCH_BIN_PREFIX", binPrefix(BIN_RUN.getAndIncrement()))),
                this::creates));
        w.add(new Workload("transition", "POST /api/v1/ngos/{id}/status-changes ACTIVE⇄INACTIVE (If-Match: *; outbox)",
                "registry", true, true,
                () -> new WrkSpec("/", Map.of(), Map.of("BENCH_MODE", "transition", "BENCH_TOKEN", registrar,
                        "BENCH_IDS", write("active.txt", activeIds()).toString())),
                this::transitions));
        w.add(fixed("statistics", "GET /api/v1/ngos/statistics?by=region (analyst; aggregate over the register)",
                "/api/v1/ngos/statistics?by=region", analystAuth, true));
        if (withProcurement) {
            Workload ocds = fixed("ocds-export", "GET /api/v1/open-data/ocds/releases?limit=50 (procurement, OCDS 1.1)",
                    "/api/v1/open-data/ocds/releases?limit=50", Map.of(), true);
            w.add(new Workload(ocds.name(), ocds.description(), "procurement", true, true, ocds.wrk(), ocds.requests()));
        }
        return w;
    }

    /** Quarkus' own health endpoint: plain JSON with no database, on the service only (the gateway routes /api). */
    static Workload health() {
        return fixed("health-live", "GET /q/health/live (Quarkus, no database; direct only)", "/q/health/live",
                Map.of(), false, false);
    }

    private static Workload fixed(String name, String description, String path, Map<String, String> headers,
            boolean dbBacked) {
        return fixed(name, description, path, headers, dbBacked, true);
    }

    private static Workload fixed(String name, String description, String path, Map<String, String> headers,
            boolean dbBacked, boolean viaGateway) {
        return new Workload(name, description, "registry", dbBacked, viaGateway, () -> WrkSpec.fixed(path, headers),
                () -> () -> Request.get(path, headers));
    }

    private Supplier<Request> creates() {
        String prefix = binPrefix(BIN_RUN.getAndIncrement());
        AtomicLong n = new AtomicLong();
        Map<String, String> headers = Map.of("Authorization", "Bearer " + registrar, "Content-Type", "application/json");
        return () -> {
            String bin;
            do {
                String first11 = prefix + "9" + String.format("%04d", n.incrementAndGet() % 10_000);
                int check = kzCheckDigit(first11);
                bin = check < 0 ? null : first11 + check;
            } while (bin == null);
            String body = """
                    {"bin":"%s","names":{"ru":"Бенчмарк %s","kk":"Бенчмарк %s"},"legalForm":"PUBLIC_ASSOCIATION",\
                    "regionCode":"KZ-75","registrationDate":"2020-01-15","spheres":["SUPPORT_FOR_VULNERABLE_GROUPS"]}"""
                    .formatted(bin, bin, bin);
            return new Request(HttpMethod.POST, "/api/v1/ngos", headers, body);
        };
    }

    private Supplier<Request> transitions() {
        List<String> ids = activeIds();
        Map<String, Boolean> toggled = new HashMap<>();
        Map<String, String> headers = Map.of("Authorization", "Bearer " + registrar, "Content-Type", "application/json",
                "If-Match", "*");
        return cycle(ids, id -> {
            boolean deactivate = toggled.merge(id, true, (a, b) -> !a);
            String to = deactivate ? "INACTIVE" : "ACTIVE";
            return new Request(HttpMethod.POST, "/api/v1/ngos/" + id + "/status-changes", headers,
                    "{\"to\":\"" + to + "\",\"reason\":\"benchmark\"}");
        });
    }

    private static <T> Supplier<Request> cycle(List<T> items, java.util.function.Function<T, Request> request) {
        AtomicInteger i = new AtomicInteger();
        return () -> request.apply(items.get(Math.floorMod(i.getAndIncrement(), items.size())));
    }

    /** Kazakhstan BIN check digit (platform's CheckDigit.of), -1 when none makes the number valid. */
    static int kzCheckDigit(String first11) {
        int sum = weighted(first11, 1) % 11;
        if (sum == 10) {
            sum = weighted(first11, 3) % 11;
        }
        return sum == 10 ? -1 : sum;
    }

    private static int weighted(String digits, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * ((firstWeight - 1 + i) % 11 + 1);
        }
        return sum;
    }

    /** Follows nextCursor from the first page to page {@code n} of the list; returns the cursor that opens it. */
    private String page(int n) {
        String cursor = null;
        for (int page = 1; page < n; page++) {
            String path = "/api/v1/ngos?" + LIST_FILTER + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode body = getJson(stack.registry, path);
            cursor = body.path("nextCursor").asText(null);
            if (cursor == null) {
                throw new IllegalStateException("the list " + LIST_FILTER + " has only " + page + " pages");
            }
        }
        return cursor;
    }

    static JsonNode getJson(int port, String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " gave " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** 1,000 NGOs spread over the register (the same ones every run at the same scale). */
    private List<String> sampleIds() {
        return ids("SELECT id FROM ngo ORDER BY md5(id::text) LIMIT 1000");
    }

    /**
     * NGOs that are ACTIVE now (earlier transition runs leave some INACTIVE). Taken after a pause: the last requests
     * of the run before (up to one per connection) are still being answered when wrk or the fixed-rate client
     * returns, and an NGO they deactivate after the list was taken would be sent INACTIVE again (a 409).
     */
    private List<String> activeIds() {
        try {
            Thread.sleep(SETTLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return ids("SELECT id FROM ngo WHERE status = 'ACTIVE' ORDER BY md5(id::text || version) LIMIT 5000");
    }

    /** NGOs whose search key holds the term's key (registry folds q with platform SearchKey; bench does not depend on it). */
    private long matches(String term) throws SQLException {
        String key = Map.of(SELECTIVE, "ekologiceskik organizaqi", BROAD, "fond").get(term);
        try (Connection c = stack.jdbc("registry"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM ngo WHERE search_key LIKE '%" + key + "%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> ids(String sql) {
        List<String> ids = new ArrayList<>();
        try (Connection c = stack.jdbc("registry"); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return ids;
    }

    private Path write(String name, List<String> lines) {
        try {
            Files.createDirectories(work);
            return Files.write(work.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first six digits of a run's BINs: YYMM a month of 1990–2019 (not after the bodies' registration date,
     * 2020-01-15), entity type 4 and attribute 3 (peasant farm or joint enterprise), which no data set BIN has, so a
     * benchmark BIN never collides with the data. A thread digit and a 4-digit counter follow, then the check digit.
     */
    static String binPrefix(int run) {
        int month = run % 360;
        return String.format("%02d%02d43", (1990 + month / 12) % 100, month % 12 + 1);
    }

}

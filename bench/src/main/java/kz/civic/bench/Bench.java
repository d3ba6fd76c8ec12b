package kz.civic.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.infra.FreePorts;

/**
 * The benchmark of issue 8 (run by bench/run, described in bench/README.md): ceilings, then every workload directly
 * against its service and through the gateway, at each scale; writes bench/target/results/bench.json.
 *
 * <pre>java kz.civic.bench.Bench [--quick] [--scale 23k|1m|both] [--jfr] [--prepare]</pre>
 */
public final class Bench {

    /** The load generators (wrk, pgbench, this JVM) run on core 0, everything measured on core 1. */
    static final String LOAD_CPU = "0";
    static final String SYSTEM_CPU = "1";
    /** Connections of wrk, of the fixed-rate client's pool and pgbench clients: equal concurrency everywhere. */
    static final int CONNECTIONS = 16;
    /** Requests/s the fixed-rate client sends without becoming the bottleneck itself on its core. */
    static final double FIXED_RATE_LIMIT = 5000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** Durations in seconds: wrk warm-up and each of its three measured runs; fixed-rate warm-up and run. */
    private record Durations(double warmup, double run, double fixedWarmup, double fixed) {
    }

    private final Path root;
    private final Path target;
    private final Path results;
    private final Durations d;
    private final boolean jfr;

    private Bench(Path root, boolean quick, boolean jfr) {
        this.root = root;
        this.target = root.resolve("bench/target");
        this.results = target.resolve("results");
        this.d = quick ? new Durations(1, 1, 0.5, 2) : new Durations(3, 5, 2, 10);
        this.jfr = jfr;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        boolean quick = a.contains("--quick");
        int i = a.indexOf("--scale");
        String scale = i >= 0 && i + 1 < a.size() ? a.get(i + 1) : quick ? "23k" : "both";
        List<String> scales = switch (scale) {
            case "23k" -> List.of("23k");
            case "1m" -> List.of("1m");
            case "both" -> List.of("23k", "1m");
            default -> throw new IllegalArgumentException("--scale 23k|1m|both, not " + scale);
        };
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Bench bench = new Bench(root, quick, a.contains("--jfr"));
        if (a.contains("--prepare")) {
            // only make the data sets (they are made once and reused by every later run)
            for (String s : scales) {
                Bench.log("%s: data set ready in %s", s, s.equals("23k") ? bench.base23k() : bench.base1m());
            }
        } else {
            bench.run(scales, quick);
        }
        System.exit(0);
    }

    private void run(List<String> scales, boolean quick) throws Exception {
        Files.createDirectories(results);
        ObjectNode out = JSON.createObjectNode();
        ObjectNode machine = out.putObject("machine");
        machine.put("startedAt", Instant.now().toString());
        machine.put("quick", quick);
        machine.put("commit", Shell.quietly("git", "-C", root.toString(), "rev-parse", "--short", "HEAD"));
        machine.put("lscpu", Shell.quietly("lscpu"));
        machine.put("memory", Shell.quietly("free", "-m"));
        machine.put("kernel", Shell.quietly("uname", "-sr"));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("uptimeBefore", Shell.quietly("uptime"));
        machine.put("nginx", Shell.quietly("/usr/sbin/nginx", "-v"));
        machine.put("wrk", Shell.quietly("sh", "-c", "wrk -v 2>&1 | head -1"));
        machine.put("pgbench", Shell.quietly("pgbench", "--version"));
        out.set("durations", JSON.valueToTree(d));
        out.put("connections", CONNECTIONS);
        ObjectNode byScale = out.putObject("scales");
        for (String scale : scales) {
            byScale.set(scale, scale(scale, out));
            write(out);
        }
        machine.put("uptimeAfter", Shell.quietly("uptime"));
        machine.put("finishedAt", Instant.now().toString());
        write(out);
        System.out.println("results: " + results.resolve("bench.json"));
    }

    private void write(ObjectNode out) throws IOException {
        JSON.writeValue(results.resolve("bench.json").toFile(), out);
    }

    /** One scale: a fresh copy of its data set, the stack on it, C_pg, (the first time) C_http and C_proxy, workloads. */
    private ObjectNode scale(String scale, ObjectNode out) throws Exception {
        Path base = scale.equals("23k") ? base23k() : base1m();
        Path run = target.resolve("data/run-" + scale);
        log("%s: copying the data set %s", scale, base);
        Shell.run("rm", "-rf", run.toString());
        Shell.run("cp", "-a", base.toString(), run.toString());
        ObjectNode s = JSON.createObjectNode();
        log("%s: starting the stack", scale);
        try (RunningStack stack = RunningStack.start(root, run, false, results.resolve("logs/stack-" + scale + ".log"))) {
            stack.pin(SYSTEM_CPU);
            s.put("ngos", count(stack, "SELECT count(*) FROM ngo"));
            s.put("uptimeAtStart", Shell.quietly("uptime"));
            if (jfr) {
                stack.servicePids().forEach((name, pid) -> Shell.quietly("jcmd", pid.toString(), "JFR.start", "name=bench",
                        "settings=profile"));
            }
            ObjectNode ceilings = s.putObject("ceilings");
            if (!out.has("ceilings")) {
                ObjectNode shared = out.putObject("ceilings");
                httpCeilings(stack, shared);
            }
            ceilings.set("C_pg", pgCeiling(stack));
            Workloads workloads = new Workloads(stack, target.resolve("work"));
            ArrayNode measured = s.putArray("workloads");
            List<Workload> all = new ArrayList<>();
            all.add(Workloads.health());
            all.addAll(workloads.all(scale.equals("23k")));
            s.set("facts", JSON.valueToTree(workloads.facts));
            Map<String, Double> rates = new java.util.HashMap<>();
            for (Workload w : all) {
                // page 1,000's p99 is compared with page 1's (issue 8 item 7): at the same rate
                ObjectNode m = measure(stack, w, w.name().equals("list-page-1000") ? rates.get("list-page-1") : null);
                rates.put(w.name(), m.get("rate").asDouble());
                measured.add(m);
                s.put("uptimeAtEnd", Shell.quietly("uptime"));
                write(out);
            }
            if (jfr) {
                Files.createDirectories(results.resolve("jfr"));
                stack.servicePids().forEach((name, pid) -> Shell.quietly("jcmd", pid.toString(), "JFR.dump", "name=bench",
                        "filename=" + results.resolve("jfr/" + scale + "-" + name + ".jfr")));
            }
            s.put("uptimeAtEnd", Shell.quietly("uptime"));
        }
        return s;
    }

    /**
     * Maximum throughput (wrk) directly and through the gateway, then latency at half the lower maximum (at most
     * {@code maxRate} when given), both ways.
     */
    private ObjectNode measure(RunningStack stack, Workload w, Double maxRate) {
        int direct = w.backend().equals("procurement") ? stack.procurement : stack.registry;
        boolean viaGateway = w.viaGateway();
        log("workload %s: %s", w.name(), w.description());
        ObjectNode node = JSON.createObjectNode();
        node.put("name", w.name());
        node.put("description", w.description());
        node.put("backend", w.backend());
        node.put("dbBacked", w.dbBacked());
        ObjectNode directNode = node.putObject("direct");
        ObjectNode gatewayNode = viaGateway ? node.putObject("gateway") : null;
        List<Integer> ports = viaGateway ? List.of(direct, stack.gateway) : List.of(direct);
        List<ObjectNode> maxima = max(ports, w);
        directNode.set("max", maxima.get(0));
        double rate = maxima.stream().mapToDouble(m -> m.get("median").asDouble()).min().orElseThrow() / 2;
        if (viaGateway) {
            gatewayNode.set("max", maxima.get(1));
        }
        rate = Math.max(1, Math.min(maxRate == null ? FIXED_RATE_LIMIT : maxRate, Math.min(FIXED_RATE_LIMIT, Math.floor(rate))));
        node.put("rate", rate);
        directNode.set("latency", JSON.valueToTree(FixedRate.run(direct, rate, w.requests().get(), d.fixedWarmup(),
                d.fixed(), CONNECTIONS)));
        if (gatewayNode != null) {
            gatewayNode.set("latency", JSON.valueToTree(FixedRate.run(stack.gateway, rate, w.requests().get(),
                    d.fixedWarmup(), d.fixed(), CONNECTIONS)));
        }
        log("  %s", node);
        return node;
    }

    /**
     * wrk against each port: a warm-up each, then three measured runs each, interleaved (direct, gateway, direct, ...)
     * so that a change in the machine's background load hits both alike; per port the median of its requests/s.
     */
    private List<ObjectNode> max(List<Integer> ports, Workload w) {
        ports.forEach(port -> wrk(port, w.wrk().get(), d.warmup()));
        List<List<Wrk.Run>> runs = ports.stream().map(p -> (List<Wrk.Run>) new ArrayList<Wrk.Run>()).toList();
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < ports.size(); i++) {
                runs.get(i).add(wrk(ports.get(i), w.wrk().get(), d.run()));
            }
        }
        return runs.stream().map(rs -> {
            ObjectNode n = summary(rs.stream().map(Wrk.Run::rps).toList(), rs.stream().mapToLong(Wrk.Run::requests).sum(),
                    rs.stream().mapToLong(Wrk.Run::errors).sum());
            ArrayNode kinds = n.putArray("errorKinds"); // per run: which requests failed
            rs.forEach(run -> kinds.add(run.errorKinds()));
            return n;
        }).toList();
    }

    private Wrk.Run wrk(int port, Workload.WrkSpec spec, double seconds) {
        boolean lua = spec.luaEnv() != null;
        return Wrk.run("http://127.0.0.1:" + port + spec.path(), seconds, CONNECTIONS,
                lua ? target.resolve("classes/bench/workload.lua") : null, lua ? spec.luaEnv() : Map.of(), spec.headers());
    }

    private static ObjectNode summary(List<Double> runs, long requests, long errors) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode values = n.putArray("runs");
        runs.forEach(values::add);
        n.put("median", median(runs));
        n.put("requests", requests);
        n.put("errors", errors);
        return n;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * C_http: a bare Vert.x server answering the trivial endpoint's exact JSON; C_proxy: Debian's nginx (one worker,
     * keep-alive upstream, no access log) in front of it. Both on the system core, like the stack.
     */
    private void httpCeilings(RunningStack stack, ObjectNode ceilings) throws Exception {
        Path work = Files.createDirectories(target.resolve("work"));
        Path body = work.resolve("reference-body.json");
        Files.writeString(body, Workloads.getJson(stack.registry, "/api/v1/reference/regions/KZ-75").toString());
        int bare = FreePorts.pick();
        int proxy = FreePorts.pick();
        Files.createDirectories(work.resolve("nginx/logs"));
        Path conf = work.resolve("nginx/nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    upstream bare { server 127.0.0.1:%2$d; keepalive 32; }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://bare;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                        }
                    }
                }
                """.formatted(work.resolve("nginx"), bare, proxy));
        Process bareServer = new ProcessBuilder("taskset", "-c", SYSTEM_CPU,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), BareServer.class.getName(), Integer.toString(bare), body.toString())
                .redirectErrorStream(true).redirectOutput(results.resolve("logs/bare-server.log").toFile()).start();
        Process nginx = null;
        try {
            awaitPort(bare);
            nginx = new ProcessBuilder("taskset", "-c", SYSTEM_CPU, "/usr/sbin/nginx", "-p", work.resolve("nginx").toString(),
                    "-c", conf.toString(), "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(results.resolve("logs/nginx.log").toFile()).start();
            awaitPort(proxy);
            Workload trivial = new Workload("C", "", "registry", false, false,
                    () -> Workload.WrkSpec.fixed("/api/v1/reference/regions/KZ-75", Map.of()),
                    () -> () -> FixedRate.Request.get("/api/v1/reference/regions/KZ-75", Map.of()));
            log("ceilings C_http (bare Vert.x) and C_proxy (nginx in front of it)");
            ObjectNode http = ceilings.putObject("C_http");
            http.put("what", "bare Vert.x " + io.vertx.core.Vertx.class.getPackage().getImplementationVersion()
                    + " server, one event loop on the system core, the trivial endpoint's JSON");
            ObjectNode viaNginx = ceilings.putObject("C_proxy");
            viaNginx.put("what", "Debian nginx, 1 worker, keep-alive upstream, no access log, in front of C_http");
            List<ObjectNode> maxima = max(List.of(bare, proxy), trivial);
            http.set("max", maxima.get(0));
            viaNginx.set("max", maxima.get(1));
            // the fixed-rate client (one core, Java) cannot send much more; the ceilings' latency is a reference only
            double rate = Math.min(FIXED_RATE_LIMIT, Math.floor(viaNginx.get("max").get("median").asDouble() / 2));
            http.set("latency", JSON.valueToTree(FixedRate.run(bare, rate, trivial.requests().get(), d.fixedWarmup(),
                    d.fixed(), CONNECTIONS)));
            viaNginx.set("latency", JSON.valueToTree(FixedRate.run(proxy, rate, trivial.requests().get(),
                    d.fixedWarmup(), d.fixed(), CONNECTIONS)));
            http.put("rate", rate);
            viaNginx.put("rate", rate);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
            bareServer.destroy();
            bareServer.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * C_pg: pgbench on the load core, {@link #CONNECTIONS} clients, prepared statements, each transaction one
     * primary-key SELECT of a whole row from bench_ngo, a copy of this scale's ngo table keyed by row number.
     */
    private ObjectNode pgCeiling(RunningStack stack) throws Exception {
        long rows;
        try (Connection c = stack.jdbc("registry"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_ngo");
            s.execute("CREATE TABLE bench_ngo AS SELECT row_number() OVER (ORDER BY id) AS n, * FROM ngo");
            s.execute("ALTER TABLE bench_ngo ADD PRIMARY KEY (n)");
            s.execute("VACUUM ANALYZE bench_ngo");
            rows = count(s, "SELECT count(*) FROM bench_ngo");
        }
        Path script = target.resolve("work/pgbench-select.sql");
        Files.writeString(script, "\\set n random(1, " + rows + ")\nSELECT * FROM bench_ngo WHERE n = :n;\n");
        log("ceiling C_pg: pgbench, %d rows", rows);
        List<Double> runs = new ArrayList<>();
        for (int r = 0; r <= 3; r++) {
            double seconds = r == 0 ? d.warmup() : d.run();
            String out = Shell.run(List.of("taskset", "-c", LOAD_CPU, "pgbench", "-h", "127.0.0.1", "-p",
                    Integer.toString(stack.postgres), "-U", "postgres", "-n", "-M", "prepared", "-c",
                    Integer.toString(CONNECTIONS), "-j", "1", "-T", Long.toString(Math.max(1, Math.round(seconds))), "-f",
                    script.toString(), "registry"), Map.of("PGPASSWORD", "postgres"));
            Matcher tps = PGBENCH_TPS.matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench gave no tps:\n" + out);
            }
            if (r > 0) {
                runs.add(Double.parseDouble(tps.group(1)));
            }
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("what", "pgbench -M prepared -c " + CONNECTIONS + " -j 1: SELECT * FROM bench_ngo WHERE n = :n ("
                + rows + " rows shaped like ngo)");
        n.set("max", summary(runs, 0, 0));
        return n;
    }

    /** The demo data set, loaded once by a stack started fresh (bench/target/data/base-23k, reused after). */
    private Path base23k() throws Exception {
        Path base = target.resolve("data/base-23k");
        if (Files.exists(base.resolve("complete"))) {
            return base;
        }
        Path tmp = target.resolve("data/base-23k.tmp");
        log("23k: loading the demo data into %s (once; takes minutes)", base);
        try (RunningStack stack = RunningStack.start(root, tmp, true, results.resolve("logs/stack-load.log"))) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
            while (!demoLoaded(stack)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("forum and procurement demo data not loaded within 20 min");
                }
                Thread.sleep(5000);
            }
        }
        Shell.run("rm", "-rf", base.toString());
        Files.move(tmp, base);
        Files.writeString(base.resolve("complete"), Instant.now().toString());
        return base;
    }

    private static boolean demoLoaded(RunningStack stack) {
        try {
            return Workloads.getJson(stack.procurement, "/api/v1/open-data/ocds/releases?limit=1").path("releases").size() > 0
                    && Workloads.getJson(stack.forum, "/api/v1/recommendations?limit=1").path("items").size() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The demo data set grown to 1M NGOs (MillionNgos), made once from base-23k with PostgreSQL alone. */
    private Path base1m() throws Exception {
        Path base = target.resolve("data/base-1m");
        if (Files.exists(base.resolve("complete"))) {
            return base;
        }
        Path from = base23k();
        Path tmp = target.resolve("data/base-1m.tmp");
        Shell.run("rm", "-rf", tmp.toString());
        Shell.run("cp", "-a", from.toString(), tmp.toString());
        log("1m: generating 1M NGOs in %s (once; takes minutes)", tmp);
        long t0 = System.nanoTime();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(FreePorts.pick(), tmp.resolve("postgres"));
                Connection c = java.sql.DriverManager.getConnection(pg.jdbcUrl("registry"), EmbeddedPostgresServer.USER,
                        EmbeddedPostgresServer.PASSWORD)) {
            long n = MillionNgos.grow(c, 1_000_000);
            log("1m: %d NGOs after %.0f s", n, (System.nanoTime() - t0) / 1e9);
        }
        Shell.run("rm", "-rf", base.toString());
        Files.move(tmp, base);
        Files.writeString(base.resolve("complete"), Instant.now().toString());
        return base;
    }

    private static long count(RunningStack stack, String sql) throws SQLException {
        try (Connection c = stack.jdbc("registry"); Statement s = c.createStatement()) {
            return count(s, sql);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nothing listens on " + port);
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}

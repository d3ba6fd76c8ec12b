package kz.civic.reliability.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kz.civic.e2e.MatrixFixtures;
import kz.civic.infra.FreePorts;
import kz.civic.reliability.drill.DrillClient.Outcome;
import kz.civic.stack.LocalStack;
import kz.civic.stack.StackOptions;
import kz.civic.stack.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The fault drill (issue 7 item 1, docs/reliability.md "Fault drill"): a stack of its own, started as {@code ./run}
 * starts it, takes writes at a fixed rate through the gateway while its parts are killed (SIGKILL) and brought back
 * one at a time (registry-service, forum-service, the Kafka broker, PostgreSQL, the gateway) and one service is
 * paused (SIGSTOP/SIGCONT). Then it drains and {@link DrillChecks} compares what the clients were told with every
 * database. {@code -Ddrill.seconds=N} repeats the faults until N seconds have passed (default: one round).
 */
class FaultDrillIT {

    private static final Duration DRILL = Duration.ofSeconds(Long.getLong("drill.seconds", 0));
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(180);
    private static final String REGISTRAR = "drill-registrar";

    /** What the clients were told, per aggregate; read by {@link DrillChecks}. */
    static final class Ledger {
        /** NGO id → expected status and transitions; {@code uncertain} when a write's outcome stayed unknown. */
        final Map<String, NgoWrite> ngos = new ConcurrentHashMap<>();
        final Map<String, RecommendationWrite> recommendations = new ConcurrentHashMap<>();
        /** Application id → NGO id. */
        final Map<String, String> applications = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        final AtomicInteger gaveUp = new AtomicInteger();

        void ack(String kind) {
            acknowledged.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        int acknowledgedTotal() {
            return acknowledged.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    static final class NgoWrite {
        final String id;
        volatile String status = "REGISTERED";
        volatile String etag;
        volatile int transitions;
        volatile boolean reported;
        volatile boolean uncertain;

        NgoWrite(String id, String etag) {
            this.id = id;
            this.etag = etag;
        }
    }

    static final class RecommendationWrite {
        final String id;
        final String marker;
        final String etag;
        volatile String status = "DRAFT";
        volatile boolean uncertain;

        RecommendationWrite(String id, String marker, String etag) {
            this.id = id;
            this.marker = marker;
            this.etag = etag;
        }
    }

    private LocalStack stack;
    private Tokens tokens;
    private DrillClient client;
    private final Ledger ledger = new Ledger();
    private final Map<String, AtomicInteger> faults = new TreeMap<>();
    private volatile boolean writing = true;
    private String bodyId;
    private String forumId;
    private String authorNgo;
    private String callId;

    @Test
    void everyAcknowledgedWriteSurvivesCrashesWithExactlyOneEffect() throws Exception {
        Path data = Files.createTempDirectory("civic-drill");
        StackOptions options = new StackOptions(Path.of("..").toAbsolutePath().normalize(), data, true, false,
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick());
        Thread cleanup = new Thread(this::closeStack, "drill-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            stack = LocalStack.start(options, System.out);
            tokens = new Tokens(stack.signingKey());
            client = new DrillClient(stack.gatewayUrl(), Duration.ofSeconds(90));
            setUp();
            drill();
        } finally {
            closeStack();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    private void drill() throws Exception {
        ConcurrentLinkedQueue<NgoWrite> reported = new ConcurrentLinkedQueue<>();
        List<Thread> writers = List.of(
                writer("registry-writer", 700, new RegistryWriter(reported)::step),
                writer("forum-writer", 1500, new ForumWriter()::step),
                writer("procurement-writer", 1500, new ProcurementWriter(reported)::step));
        writers.forEach(Thread::start);
        long started = System.nanoTime();
        DrillClient.sleep(10_000);
        do {
            for (String service : List.of("registry-service", "forum-service")) {
                crash(service, () -> stack.service(service).kill(), () -> stack.service(service).start());
            }
            crash("kafka", () -> stack.kafka().kill(), () -> stack.kafka().start());
            crash("postgres", () -> stack.postgres().kill(), () -> stack.postgres().restart());
            crash("gateway", () -> stack.service("gateway").kill(), () -> stack.service("gateway").start());
            pause("procurement-service");
        } while (System.nanoTime() - started < DRILL.toNanos());
        DrillClient.sleep(5_000);
        writing = false;
        for (Thread w : writers) {
            w.join(Duration.ofSeconds(120).toMillis());
        }
        double drillSeconds = (System.nanoTime() - started) / 1e9;

        DrillChecks checks = new DrillChecks(stack, ledger, callId);
        long drainStart = System.nanoTime();
        boolean drained = checks.awaitDrained(DRAIN_TIMEOUT);
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        DrillChecks.Result result = checks.verify();

        System.out.printf("%n=== fault drill: %.0f s of writes and faults, drained in %.1f s%n", drillSeconds, drainSeconds);
        System.out.println("writes acknowledged: " + ledger.acknowledgedTotal() + " " + counts(ledger.acknowledged));
        System.out.println("faults injected:     " + faults.values().stream().mapToInt(AtomicInteger::get).sum() + " "
                + counts(faults));
        System.out.println("retried attempts:    " + client.failedAttempts());
        System.out.println("writes given up:     " + ledger.gaveUp.get() + " (outcome unknown, not counted as acknowledged)");
        System.out.println("effects checked:     " + result.checked());
        System.out.println("lost = " + result.lost().size() + ", duplicate effects = " + result.duplicates().size()
                + ", wrong state = " + result.wrong().size() + ", unexpected answers = " + ledger.unexpected.size());
        result.lost().forEach(l -> System.out.println("  LOST " + l));
        result.duplicates().forEach(d -> System.out.println("  DUPLICATE " + d));
        result.wrong().forEach(w -> System.out.println("  WRONG " + w));
        ledger.unexpected.forEach(u -> System.out.println("  UNEXPECTED " + u));

        assertTrue(drained, "outbox backlog and consumer lag did not return to zero within " + DRAIN_TIMEOUT
                + ": " + checks.backlog());
        assertTrue(ledger.acknowledgedTotal() > 50, "too few writes to prove anything: " + ledger.acknowledged);
        assertEquals(List.of(), result.lost(), "lost");
        assertEquals(List.of(), result.duplicates(), "duplicate effects");
        assertEquals(List.of(), result.wrong(), "wrong state");
        assertEquals(List.of(), ledger.unexpected, "unexpected answers");
    }

    // ---- faults

    private void crash(String what, Runnable kill, Runnable bringBack) {
        long t0 = System.nanoTime();
        kill.run();
        DrillClient.sleep(2_000); // down long enough for writers to notice
        bringBack.run();
        awaitHealthy();
        faults.computeIfAbsent("SIGKILL " + what, k -> new AtomicInteger()).incrementAndGet();
        System.out.printf("drill: SIGKILL %s, back and healthy after %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
        DrillClient.sleep(5_000);
    }

    private void pause(String service) throws IOException, InterruptedException {
        long pid = stack.service(service).pid();
        signal("STOP", pid);
        try {
            DrillClient.sleep(5_000);
        } finally {
            signal("CONT", pid);
        }
        awaitHealthy();
        faults.computeIfAbsent("SIGSTOP " + service, k -> new AtomicInteger()).incrementAndGet();
        System.out.println("drill: SIGSTOP " + service + " for 5 s, then SIGCONT");
        DrillClient.sleep(5_000);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        int rc = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        assertEquals(0, rc, "kill -" + signal + " " + pid);
    }

    /** Every service answers ready (its database and Kafka reachable), and the gateway routes. */
    private void awaitHealthy() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!DrillChecks.allReady(stack)) {
            assertTrue(System.nanoTime() < deadline, "the stack did not become ready again");
            DrillClient.sleep(500);
        }
    }

    // ---- writers

    private Thread writer(String name, long periodMs, Runnable step) {
        Thread t = new Thread(() -> {
            long next = System.nanoTime();
            while (writing) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    ledger.unexpected.add(name + ": " + e);
                }
                next += periodMs * 1_000_000L;
                long wait = (next - System.nanoTime()) / 1_000_000L;
                if (wait > 0) {
                    DrillClient.sleep(wait);
                } else {
                    next = System.nanoTime(); // fell behind during an outage: no burst afterwards
                }
            }
        }, name);
        t.setDaemon(true);
        return t;
    }

    /** Registers NGOs, activates them and files their report, one write per step. */
    private final class RegistryWriter {
        private final ConcurrentLinkedQueue<NgoWrite> reported;
        private final List<NgoWrite> toActivate = new ArrayList<>();
        private final List<NgoWrite> toReport = new ArrayList<>();

        RegistryWriter(ConcurrentLinkedQueue<NgoWrite> reported) {
            this.reported = reported;
        }

        void step() {
            if (!toActivate.isEmpty()) {
                NgoWrite ngo = toActivate.remove(0);
                if (transition(ngo, "ACTIVE")) {
                    toReport.add(ngo);
                }
            } else if (!toReport.isEmpty()) {
                NgoWrite ngo = toReport.remove(0);
                Outcome o = client.post("/api/v1/ngos/" + ngo.id + "/reports", token(REGISTRAR, "registrar"),
                        "{\"year\": " + MatrixFixtures.REPORT_YEAR + ", \"content\": " + MatrixFixtures.reportContent() + "}",
                        UUID.randomUUID().toString(), null);
                if (expect(o, 201, "report of " + ngo.id)) {
                    ngo.reported = true;
                    ledger.ack("ngo report filed");
                    reported.add(ngo);
                } else {
                    ngo.uncertain = true;
                }
            } else {
                String bin = MatrixFixtures.bin();
                Outcome o = client.post("/api/v1/ngos", token(REGISTRAR, "registrar"),
                        MatrixFixtures.ngoBody(bin, "Учения " + bin, "KZ-75", "Руководитель " + bin, MatrixFixtures.iin(),
                                "Учредитель " + bin, MatrixFixtures.iin()), UUID.randomUUID().toString(), null);
                if (expect(o, 201, "registration of " + bin)) {
                    NgoWrite ngo = new NgoWrite(o.id(), o.etag());
                    ledger.ngos.put(ngo.id, ngo);
                    ledger.ack("ngo registered");
                    toActivate.add(ngo);
                }
            }
        }
    }

    /** Drafts recommendations and submits them, one write per step. */
    private final class ForumWriter {
        private RecommendationWrite draft;

        void step() {
            String secretariat = token("drill-secretariat", "forum-secretariat");
            if (draft != null) {
                RecommendationWrite r = draft;
                draft = null;
                String path = "/api/v1/recommendations/" + r.id;
                Outcome o = client.post(path + "/status-changes", secretariat,
                        "{\"to\":\"SUBMITTED\",\"reason\":\"agreed at the drill\"}", UUID.randomUUID().toString(), r.etag);
                if (resolved(o, path, "SUBMITTED", "submission of " + r.id)) {
                    r.status = "SUBMITTED";
                    ledger.ack("recommendation submitted");
                } else {
                    r.uncertain = true;
                }
                return;
            }
            String marker = "drill " + UUID.randomUUID();
            Outcome o = client.post("/api/v1/recommendations", secretariat, recommendationBody(marker),
                    UUID.randomUUID().toString(), null);
            if (expect(o, 201, "recommendation " + marker)) {
                draft = new RecommendationWrite(o.id(), marker, o.etag());
                ledger.recommendations.put(draft.id, draft);
                ledger.ack("recommendation drafted");
            }
        }
    }

    /** Applies to the open call for NGOs whose report is filed; suspends every third applicant afterwards. */
    private final class ProcurementWriter {
        private final ConcurrentLinkedQueue<NgoWrite> reported;
        private int applied;

        ProcurementWriter(ConcurrentLinkedQueue<NgoWrite> reported) {
            this.reported = reported;
        }

        void step() {
            NgoWrite ngo = reported.poll();
            if (ngo == null) {
                return;
            }
            String key = UUID.randomUUID().toString();
            String token = tokens.mint("drill-ngo-" + ngo.id, "ngo", Map.of("ngoId", ngo.id), Duration.ofHours(2));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            Outcome o;
            // 422 (not eligible) until procurement's replica has the NGO ACTIVE with its report: a replica catching up
            while ((o = client.post("/api/v1/applications", token, MatrixFixtures.applicationBody(callId, ngo.id), key, null))
                    .status() == 422 && System.nanoTime() < deadline && writing) {
                DrillClient.sleep(2_000);
            }
            if (o.status() == 422) {
                ledger.gaveUp.incrementAndGet();
                return;
            }
            if (!expect(o, 201, "application of " + ngo.id)) {
                return;
            }
            ledger.applications.put(o.id(), ngo.id);
            ledger.ack("application submitted");
            if (++applied % 3 == 0) {
                ngo.etag = client.get("/api/v1/ngos/" + ngo.id).raw().headers().firstValue("ETag").orElseThrow();
                transition(ngo, "SUSPENDED");
            }
        }
    }

    /** A status change of an NGO with If-Match; true when it is known to have happened. */
    private boolean transition(NgoWrite ngo, String to) {
        String path = "/api/v1/ngos/" + ngo.id;
        Outcome o = client.post(path + "/status-changes", token(REGISTRAR, "registrar"),
                "{\"to\":\"" + to + "\",\"reason\":\"fault drill\"}", UUID.randomUUID().toString(), ngo.etag);
        if (resolved(o, path, to, to + " of " + ngo.id)) {
            ngo.status = to;
            ngo.transitions++;
            ngo.etag = o.status() == 200 ? o.etag() : client.get(path).raw().headers().firstValue("ETag").orElseThrow();
            ledger.ack("ngo status changed");
            return true;
        }
        ngo.uncertain = true;
        return false;
    }

    /**
     * A status change's outcome: 200, or 412 after an ambiguous attempt when a read shows the target status (our
     * earlier attempt took effect; nobody else writes these aggregates).
     */
    private boolean resolved(Outcome o, String path, String to, String what) {
        if (o.status() == 412 && o.ambiguous() && to.equals(client.get(path).body().path("status").asText())) {
            return true;
        }
        return expect(o, 200, what);
    }

    /** True for the expected status; otherwise records a give-up or an unexpected answer. */
    private boolean expect(Outcome o, int status, String what) {
        if (o.status() == status) {
            return true;
        }
        if (o.answer() == null) {
            ledger.gaveUp.incrementAndGet();
        } else {
            ledger.unexpected.add(what + ": " + o.status() + " " + o.answer().body());
        }
        return false;
    }

    // ---- set-up

    private String token(String subject, String role) {
        return tokens.mint(subject, role, Map.of(), Duration.ofHours(2));
    }

    /** A ministry, an active author NGO, a forum edition and an open grant call, before any fault. */
    private void setUp() {
        bodyId = created(client.post("/api/v1/government-bodies", token("drill-admin", "admin"), """
                {"bin": "%s", "names": {"ru": "Министерство учений"}, "level": "CENTRAL", "kind": "MINISTRY"}"""
                .formatted(MatrixFixtures.bin()), UUID.randomUUID().toString(), null), "government body");
        String bin = MatrixFixtures.bin();
        Outcome ngo = client.post("/api/v1/ngos", token(REGISTRAR, "registrar"), MatrixFixtures.ngoBody(bin,
                "Автор учений", "KZ-75", "Руководитель", MatrixFixtures.iin(), "Учредитель", MatrixFixtures.iin()),
                UUID.randomUUID().toString(), null);
        authorNgo = created(ngo, "author NGO");
        assertEquals(200, client.post("/api/v1/ngos/" + authorNgo + "/status-changes", token(REGISTRAR, "registrar"),
                "{\"to\":\"ACTIVE\",\"reason\":\"set-up\"}", UUID.randomUUID().toString(), ngo.etag()).status());
        String secretariat = token("drill-secretariat", "forum-secretariat");
        forumId = created(client.post("/api/v1/forums", secretariat,
                MatrixFixtures.editionBody(MatrixFixtures.editionNumber(), "Учения"), UUID.randomUUID().toString(), null), "forum");
        String officer = token("drill-officer", "procurement-officer");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String plan = null;
        while (plan == null) { // 422 until procurement's replica has the ministry
            Outcome o = client.post("/api/v1/funding-plans", officer, """
                    {"year": %d, "instrument": "STATE_GRANT", "level": "CENTRAL", "customerId": "%s",
                     "budget": {"amount": "900000000.00", "currency": "KZT"}, "title": {"ru": "Гранты учений"}}"""
                    .formatted(MatrixFixtures.TODAY.getYear(), bodyId), UUID.randomUUID().toString(), null);
            if (o.status() == 201) {
                plan = o.id();
            } else {
                assertTrue(o.status() == 422 && System.nanoTime() < deadline, "funding plan: " + o.status());
                DrillClient.sleep(500);
            }
        }
        assertEquals(200, client.post("/api/v1/funding-plans/" + plan + "/approval", officer, null,
                UUID.randomUUID().toString(), "\"0\"").status());
        Outcome call = client.post("/api/v1/calls", officer, """
                {"planId": "%s", "title": {"ru": "Учения"}, "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"],
                 "regionCode": "KZ-75", "amount": {"amount": "800000000.00", "currency": "KZT"}, "grantBand": "SHORT_TERM",
                 "durationMonths": 9, "applicationWindow": {"opensOn": "%s", "closesOn": "%s"},
                 "criteria": [{"code": "RELEVANCE", "name": {"ru": "Актуальность"}, "weight": 100}], "recommendationIds": []}"""
                .formatted(plan, MatrixFixtures.TODAY, MatrixFixtures.TODAY.plusDays(21)), UUID.randomUUID().toString(), null);
        callId = created(call, "call");
        String etag = call.etag();
        for (String to : List.of("ANNOUNCED", "OPEN")) {
            Outcome moved = client.post("/api/v1/calls/" + callId + "/status-changes", officer,
                    "{\"to\":\"" + to + "\",\"reason\":\"drill\"}", UUID.randomUUID().toString(), etag);
            assertEquals(200, moved.status(), () -> "call " + to + ": " + moved.answer().body());
            etag = moved.etag();
        }
        // forum's replicas must know the author and the ministry before the forum writer starts
        deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (client.post("/api/v1/recommendations", secretariat, recommendationBody("drill set-up"),
                "drill-set-up", null).status() != 201) {
            assertTrue(System.nanoTime() < deadline, "forum's replicas did not catch up");
            DrillClient.sleep(500);
        }
    }

    private String recommendationBody(String marker) {
        return """
                {"text": {"ru": "Учения отказоустойчивости", "en": "%s"}, "sourceType": "REPUBLICAN_FORUM",
                 "sourceId": "%s", "authorNgoIds": ["%s"], "addressees": [{"type": "CENTRAL_AGENCY", "governmentBodyId": "%s"}],
                 "spheres": ["PROTECTION_OF_RIGHTS"], "regionCode": "KZ-75", "sdgGoals": [16], "priority": "HIGH"}"""
                .formatted(marker, forumId, authorNgo, bodyId);
    }

    private static String created(Outcome o, String what) {
        assertEquals(201, o.status(), () -> what + ": " + (o.answer() == null ? "no answer" : o.answer().body()));
        return o.id();
    }

    private static String counts(Map<String, AtomicInteger> counts) {
        Map<String, Integer> m = new TreeMap<>();
        counts.forEach((k, v) -> m.put(k, v.get()));
        return m.toString();
    }

    private synchronized void closeStack() {
        writing = false;
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}

package kz.civic.reliability.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import kz.civic.e2e.MatrixFixtures;
import kz.civic.e2e.MatrixFixtures.Call;
import kz.civic.e2e.MatrixFixtures.Reply;
import kz.civic.e2e.StackIT;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 item 3 against the running stack, through the gateway: many clients at once on one aggregate. The
 * services' own suites prove the same rules in one JVM (see docs/reliability.md "Concurrency"); this proves them
 * across gateway, HTTP pools and the real database under contention.
 */
class ConcurrencyIT extends StackIT {

    private static final int CLIENTS = 24;
    private static ExecutorService pool;
    private static MatrixFixtures f;

    @BeforeAll
    static void clients() {
        pool = Executors.newFixedThreadPool(CLIENTS);
        f = Fixtures.get();
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /**
     * 24 clients, 6 attempts each, rename one government body: each reads the ETag, then PUTs with If-Match. A
     * version has at most one winner; everyone else gets 412 problem+json; the body's final version is its first
     * plus the number of winners, and the registry emitted one updated event per winner.
     */
    @Test
    void updatesWithTheSameIfMatchHaveExactlyOneWinnerPerVersion() throws Exception {
        String admin = token("admin");
        String bin = MatrixFixtures.bin();
        String id = f.expect(201, Call.of("POST", "/api/v1/government-bodies", admin, Fixtures.governmentBody(bin, "Комитет гонок"))).id();
        String path = "/api/v1/government-bodies/" + id;
        long first = version(f.currentEtag(path));
        List<Attempt> attempts = race(CLIENTS, client -> () -> {
            List<Attempt> mine = new ArrayList<>();
            for (int attempt = 0; attempt < 6; attempt++) {
                String etag = f.currentEtag(path);
                Reply r = f.send(Call.of("PUT", path, admin, Fixtures.governmentBody(bin, "Комитет гонок " + client + "-" + attempt),
                        "If-Match", etag));
                mine.add(new Attempt(etag, r));
            }
            return mine;
        });
        Map<Integer, Integer> statuses = statuses(attempts.stream().map(Attempt::reply).toList());
        Set<String> winningVersions = new HashSet<>();
        int winners = 0;
        for (Attempt a : attempts) {
            Reply r = a.reply();
            if (r.status() == 200) {
                winners++;
                assertTrue(winningVersions.add(a.ifMatch()), () -> "two winners with If-Match " + a.ifMatch());
            } else {
                assertEquals(412, r.status(), () -> "a loser got " + r.status() + " " + r.json());
                assertProblem(r);
            }
        }
        assertTrue(statuses.getOrDefault(412, 0) > 0, "the clients did contend: " + statuses);
        assertEquals(first + winners, version(f.currentEtag(path)), "final version = first + winners");
        long events = Db.count("registry", "SELECT count(*) FROM outbox_event WHERE record_key = ? AND event_type = "
                + "'kz.civic.registry.government-body.updated.v1'", id);
        assertEquals(winners, events, "one updated event per winner");
        System.out.printf("%nConcurrency/If-Match: %d clients × 6 PUTs on one body → %s; winners %d, versions %d → %d, "
                + "updated events %d%n", CLIENTS, statuses, winners, first, first + winners, events);
    }

    /**
     * Eight eligible NGOs apply to a call of 3,000,000 KZT; 24 clients award 1,000,000 KZT each at once (three per
     * application): exactly three awards, the rest 409 problem+json (budget-exceeded or already-awarded), and the
     * call's awards never sum above its budget.
     */
    @Test
    void concurrentAwardsNeverExceedTheCallBudget() throws Exception {
        String officer = token("procurement-officer");
        List<String> ngos = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ngos.add(Fixtures.eligibleNgo("Объединение бюджета " + i));
        }
        String call = Fixtures.openCall("3000000.00", "[]");
        List<String> applications = new ArrayList<>();
        for (String ngo : ngos) {
            // 422 until procurement's replica has the NGO active with its report
            applications.add(f.eventually(201, Call.of("POST", "/api/v1/applications", f.ngoToken(ngo),
                    MatrixFixtures.applicationBody(call, ngo))).id());
        }
        Fixtures.moveCall(call, "UNDER_REVIEW");
        // an award follows the commission's scores
        applications.forEach(application -> f.scored(call, application));
        List<Reply> answers = race(CLIENTS, client -> () -> List.of(f.send(Call.of("POST", "/api/v1/calls/" + call
                + "/awards", officer, "{\"applicationId\": \"" + applications.get(client % applications.size())
                + "\", \"amount\": {\"amount\": \"1000000.00\", \"currency\": \"KZT\"}}"))));
        Map<Integer, Integer> statuses = statuses(answers);
        Map<String, Integer> refusals = new TreeMap<>();
        for (Reply r : answers) {
            if (r.status() != 201) {
                assertEquals(409, r.status(), () -> "an award got " + r);
                assertProblem(r);
                refusals.merge(r.json().path("type").asText(), 1, Integer::sum);
            }
        }
        assertEquals(3, statuses.getOrDefault(201, 0), () -> "awards decided: " + statuses + " " + refusals);
        BigDecimal awarded = new BigDecimal(Db.column("procurement", "SELECT coalesce(sum(amount_kzt), 0) FROM award "
                + "WHERE call_id = ?::uuid", call).get(0));
        assertEquals(0, awarded.compareTo(new BigDecimal("3000000.00")), "awarded " + awarded);
        assertEquals(3, Db.count("procurement", "SELECT count(DISTINCT application_id) FROM award WHERE call_id = ?::uuid",
                call), "one award per application");
        System.out.printf("Concurrency/budget: %d clients award 1,000,000 KZT on a 3,000,000 KZT call → %s %s; "
                + "awarded %s KZT%n", CLIENTS, statuses, refusals, awarded);
    }

    /**
     * 24 clients send the same POST with the same Idempotency-Key at once, for an NGO registration (registry) and a
     * recommendation (forum, where nothing else is unique): one row, one event, every 201 the same resource, the
     * others 409 (key in flight) problem+json; a later retry replays the stored answer.
     */
    @Test
    void concurrentIdenticalIdempotencyKeyRequestsHaveOneEffect() throws Exception {
        String bin = MatrixFixtures.bin();
        String ngo = MatrixFixtures.ngoBody(bin, "Объединение одного ключа", "KZ-75", "Ключев Нурлан", MatrixFixtures.iin(),
                "Ключева Сауле", MatrixFixtures.iin());
        String ngoId = oneEffect("POST", "/api/v1/ngos", token("registrar"), ngo);
        assertEquals(1, Db.count("registry", "SELECT count(*) FROM ngo WHERE bin = ?", bin), "NGOs with the BIN");
        assertEquals(1, Db.count("registry", "SELECT count(*) FROM outbox_event WHERE record_key = ? AND event_type = "
                + "'kz.civic.registry.ngo.registered.v1'", ngoId), "registered events");

        String marker = "Рекомендация одного ключа " + UUID.randomUUID();
        String recommendation = """
                {"text": {"ru": "%s"}, "sourceType": "REPUBLICAN_FORUM", "sourceId": "%s", "authorNgoIds": ["%s"],
                 "addressees": [{"type": "CENTRAL_AGENCY", "governmentBodyId": "%s"}],
                 "spheres": ["PROTECTION_OF_RIGHTS"], "regionCode": "KZ-75", "sdgGoals": [16], "priority": "HIGH"}"""
                .formatted(marker, f.forumId, f.ngoA, f.bodyA);
        String recommendationId = oneEffect("POST", "/api/v1/recommendations", token("forum-secretariat"), recommendation);
        assertEquals(1, Db.count("forum", "SELECT count(*) FROM recommendation WHERE text_ru = ?", marker),
                "recommendations with the text");
        assertEquals(0, Db.count("forum", "SELECT count(*) FROM outbox_event WHERE record_key = ?", recommendationId),
                "a draft recommendation is not published (its events start when it is submitted)");

        // and on the consumers' side: the one registration reached forum's and procurement's replicas once
        try (Admin admin = EventLog.admin()) {
            EventLog.awaitConsumed(admin, Duration.ofSeconds(60));
        }
        assertEquals(1, Db.count("forum", "SELECT count(*) FROM ngo_replica WHERE id = ?::uuid", ngoId));
        assertEquals(1, Db.count("procurement", "SELECT count(*) FROM ngo_replica WHERE ngo_id = ?::uuid", ngoId));
    }

    /** Sends the POST from every client at once with one key; returns the id of the one resource made. */
    private static String oneEffect(String method, String path, String token, String body) throws Exception {
        String key = "concurrency-" + UUID.randomUUID();
        List<Reply> answers = race(CLIENTS, client -> () -> List.of(f.send(Call.of(method, path, token, body,
                "Idempotency-Key", key))));
        Map<Integer, Integer> statuses = statuses(answers);
        Set<String> ids = new HashSet<>();
        for (Reply r : answers) {
            if (r.status() == 201) {
                ids.add(r.id());
            } else {
                assertEquals(409, r.status(), () -> path + " with one key got " + r);
                assertProblem(r);
            }
        }
        assertEquals(1, ids.size(), () -> path + ": resources made " + ids + " " + statuses);
        Reply retry = f.send(Call.of(method, path, token, body, "Idempotency-Key", key));
        assertEquals(201, retry.status(), () -> "retry " + retry);
        assertEquals(ids.iterator().next(), retry.id(), "the retry replays the first answer");
        assertEquals("true", retry.headers().firstValue("Idempotency-Replayed").orElse(null), "Idempotency-Replayed");
        System.out.printf("Concurrency/Idempotency-Key: %d clients, %s with one key → %s, one resource, retry "
                + "replayed%n", CLIENTS, path, statuses);
        return ids.iterator().next();
    }

    // ---- helpers

    private record Attempt(String ifMatch, Reply reply) {
    }

    /** Runs every client's work at once (released together) and collects their answers. */
    private static <T> List<T> race(int clients, IntFunction<Callable<List<T>>> work) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<T>>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<List<T>> job = work.apply(i);
            futures.add(pool.submit(() -> {
                go.await();
                return job.call();
            }));
        }
        go.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<List<T>> future : futures) {
            answers.addAll(future.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static Map<Integer, Integer> statuses(List<Reply> answers) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        return statuses;
    }

    private static void assertProblem(Reply r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), () -> "not problem+json: " + type + " " + r);
        assertEquals(r.status(), r.json().path("status").asInt(), () -> "problem status " + r.json());
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }

}

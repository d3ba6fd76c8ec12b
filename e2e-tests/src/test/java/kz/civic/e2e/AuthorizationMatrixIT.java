package kz.civic.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.civic.e2e.MatrixFixtures.Reply;
import kz.civic.e2e.MatrixFixtures.Call;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code docs/authorization-matrix.csv} executed against the running stack, through the gateway:
 * every row × every role column, so rows added later are covered without touching this class.
 *
 * <ul>
 * <li>{@code no}: the role's token (none for {@code anonymous}) must get {@code 401} (anonymous) or
 * {@code 403}.</li>
 * <li>{@code yes}: the call must get neither {@code 401} nor {@code 403} (nor {@code 405}/{@code 415}
 * from the gateway, {@code 429}, or a {@code 5xx}). Path ids are random UUIDs (a {@code {bin}} a random
 * valid BIN, a {@code {year}} last year, a {@code {code}} a region, an integer one {@code 1}), and a write sends {@code {}} in the
 * media type the gateway's document names, so 400/404/409/422/428 are what such calls usually get;
 * a {@code 2xx} to a write with random data would have written something and is a mismatch too.</li>
 * <li>{@code own}: a pair of probes on the {@link MatrixFixtures} (another's object first: {@code 403}
 * or {@code 404}; then the caller's own: allowed). Each {@code own} cell needs its probes in
 * {@link #ownProbes}; one without is a mismatch, so a new {@code own} row asks for its fixture.</li>
 * </ul>
 *
 * Tokens: the role in {@code groups}, {@code ngo} bound to NGO A ({@code ngoId}), {@code agency} to
 * body A ({@code agencyId}). Every mismatching cell is listed at once; a summary of the cells by
 * expectation and status is printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT extends StackIT {

    static final Path MATRIX = Path.of("..", "docs", "authorization-matrix.csv").toAbsolutePath().normalize();
    static final List<String> ROLES = List.of("anonymous", "registrar", "ngo", "forum-secretariat", "agency",
            "procurement-officer", "commission-member", "analyst", "admin");
    private static final Set<String> BODILESS = Set.of("GET", "DELETE");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /**
     * Cells not exercised, with the reason ({@code "METHOD path role"} → why). Empty: every cell is
     * exercised. A cell listed here is reported in the summary on every run.
     */
    private static final Map<String, String> NOT_EXERCISED = Map.of();

    static MatrixFixtures fixtures;
    static JsonNode document;

    record Row(int line, String service, String method, String path, List<String> cells, String notes) {

        String endpoint() {
            return method + " " + path;
        }
    }

    /** A probe of an {@code own} cell: the call, what it must get, and how that is judged. */
    record Probe(String what, Supplier<Call> call, String expectation, Predicate<Reply> ok) {
    }

    @BeforeAll
    static void createFixtures() {
        fixtures = new MatrixFixtures(stack.gatewayUrl(), tokens);
        fixtures.create(StackIT::token);
        Reply openapi = fixtures.send(Call.of("GET", "/openapi", null, null));
        assertEquals(200, openapi.status(), "the gateway's /openapi");
        document = openapi.json();
    }

    @Test
    @Order(1)
    void everyCellOfTheMatrixHoldsAgainstTheRunningStack() throws IOException {
        List<Row> rows = read();
        Map<String, Integer> summary = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            JsonNode operation = document.path("paths").path(row.path()).path(row.method().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                mismatches.add("line " + row.line() + " " + row.endpoint() + ": not in the gateway's /openapi");
                continue;
            }
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                String expected = row.cells().get(i);
                String cell = row.endpoint() + " " + role;
                cells++;
                if (NOT_EXERCISED.containsKey(cell)) {
                    skipped.add(cell + ": " + NOT_EXERCISED.get(cell));
                    summary.merge(expected + " → not exercised", 1, Integer::sum);
                    continue;
                }
                switch (expected) {
                    case "yes", "no" -> {
                        Call call = generic(row, operation, role);
                        Reply answer = fixtures.send(call);
                        String problem = expected.equals("yes") ? allowed(row, answer) : refused(role, answer);
                        summary.merge(expected + " → " + answer.status(), 1, Integer::sum);
                        if (problem != null) {
                            mismatches.add(cell + " (" + expected + "): " + call + " → " + answer + ": " + problem);
                        }
                    }
                    case "own" -> {
                        List<Probe> probes = ownProbes(row.endpoint(), role);
                        if (probes == null) {
                            mismatches.add(cell + " (own): no fixture in AuthorizationMatrixIT.ownProbes; add one "
                                    + "(or list the cell in NOT_EXERCISED with the reason)");
                            summary.merge("own → no fixture", 1, Integer::sum);
                            continue;
                        }
                        for (Probe probe : probes) {
                            Call call = probe.call().get();
                            Reply answer = fixtures.send(call);
                            summary.merge("own (" + probe.what() + ") → " + answer.status(), 1, Integer::sum);
                            if (!probe.ok().test(answer)) {
                                mismatches.add(cell + " (own, " + probe.what() + "): " + call + " → " + answer
                                        + ": expected " + probe.expectation());
                            }
                        }
                    }
                    default -> mismatches.add(cell + ": unknown cell value " + expected);
                }
            }
        }
        System.out.printf("%nAuthorization matrix: %d rows × %d roles = %d cells (%d not exercised)%n", rows.size(),
                ROLES.size(), cells, skipped.size());
        summary.forEach((outcome, count) -> System.out.printf("  %-40s %4d%n", outcome, count));
        skipped.forEach(s -> System.out.println("  not exercised: " + s));
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertTrue(mismatches.isEmpty(), mismatches.size() + " cells disagree with " + MATRIX.getFileName() + ":\n  "
                + String.join("\n  ", mismatches));
    }

    /**
     * Anonymous answers never carry personal data: the leader's and founders' names and IINs (registry-service
     * README) nor procurement's IIN hashes, on every endpoint the matrix opens to anonymous callers, each called on
     * the fixtures' real objects ({@link MatrixFixtures#fill}; the award and contract made first); the registry and
     * the NGO itself do see them, so the fixture does hold some. Runs after the matrix, which needs the application
     * still under review.
     */
    @Test
    @Order(2)
    void anonymousAnswersNeverShowPersonalData() throws IOException {
        String a = fixtures.ngoA;
        fixtures.contract();
        Reply registrar = fixtures.send(Call.of("GET", "/api/v1/ngos/" + a, token("registrar"), null));
        assertEquals(200, registrar.status());
        assertTrue(registrar.body().contains(fixtures.personalData.get(0)), "the registry sees the leader's IIN");
        Reply itself = fixtures.send(Call.of("GET", "/api/v1/ngos/" + a, fixtures.token("ngo"), null));
        assertTrue(itself.body().contains(fixtures.personalData.get(0)), "the NGO itself sees its leader's IIN");
        Reply other = fixtures.send(Call.of("GET", "/api/v1/ngos/" + a, fixtures.ngoToken(fixtures.ngoB), null));
        assertEquals(200, other.status());
        assertPublic(other);

        List<String> paths = new ArrayList<>();
        for (Row row : read()) {
            if (row.method().equals("GET") && row.cells().get(0).equals("yes")) {
                paths.add(fixtures.fill(row.path()));
            }
        }
        paths.add("/api/v1/ngos?q=" + java.net.URLEncoder.encode("матрицы А", StandardCharsets.UTF_8) + "&limit=100");
        paths.add("/api/v1/ngos?region=KZ-75&limit=100");
        Map<Integer, Integer> statuses = new TreeMap<>();
        int found = 0;
        for (String path : paths) {
            Reply answer = fixtures.send(Call.of("GET", path, null, null));
            statuses.merge(answer.status(), 1, Integer::sum);
            assertTrue(answer.status() == 200 || answer.status() == 404, () -> path + " → " + answer);
            assertPublic(answer);
            if (answer.body().contains(a)) {
                found++;
            }
        }
        System.out.printf("%nPersonal data: %d anonymous answers checked (%s; %d show NGO A), none shows the leader, "
                + "founders, IINs or IIN hashes%n", paths.size(), statuses, found);
        assertTrue(found >= 3, "NGO A is in the public answers checked (by id, by BIN, the search)");
        assertTrue(statuses.getOrDefault(200, 0) >= paths.size() * 3 / 4, "most answers are real objects: " + statuses);
    }

    private static void assertPublic(Reply answer) {
        for (String personal : fixtures.personalData) {
            assertFalse(answer.body().contains(personal), () -> "personal data '" + personal + "' in " + answer);
        }
        List<String> fields = new ArrayList<>();
        collectPersonalFields(answer.json(), fields);
        assertTrue(fields.isEmpty(), () -> "personal fields " + fields + " in " + answer);
    }

    private static void collectPersonalFields(JsonNode node, List<String> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                boolean personal = name.equals("leader") || name.equals("founders") || name.contains("iin");
                if (personal && !field.getValue().isNull()) {
                    found.add(field.getKey());
                }
                collectPersonalFields(field.getValue(), found);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectPersonalFields(child, found));
        }
    }

    // ---- generic cells

    /** The call of a {@code yes}/{@code no} cell: random path values, {@code {}} for a body, the role's token. */
    private static Call generic(Row row, JsonNode operation, String role) {
        Matcher m = PARAMETER.matcher(row.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "bin" -> MatrixFixtures.bin();
                case "year" -> Integer.toString(MatrixFixtures.REPORT_YEAR);
                case "code" -> "KZ-75";
                default -> integer(operation, m.group(1)) ? "1" : UUID.randomUUID().toString();
            };
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        String token = role.equals("anonymous") ? null : fixtures.token(role);
        JsonNode content = operation.path("requestBody").path("content");
        if (BODILESS.contains(row.method()) || !content.fieldNames().hasNext()) {
            return Call.of(row.method(), path.toString(), token, null);
        }
        String type = content.fieldNames().next();
        return new Call(row.method(), path.toString(), token, type, "{}", Map.of());
    }

    /** Whether the operation declares path parameter {@code name} as an integer. */
    private static boolean integer(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asText()) && "path".equals(parameter.path("in").asText())) {
                return "integer".equals(parameter.path("schema").path("type").asText());
            }
        }
        return false;
    }

    private static String allowed(Row row, Reply answer) {
        int s = answer.status();
        if (s == 401 || s == 403) {
            return "refused, the matrix allows it";
        }
        if (s == 405 || s == 415) {
            return "the gateway refused the call as undocumented";
        }
        if (s == 429) {
            return "rate-limited (the e2e quotas should be raised: see e2e-tests/pom.xml)";
        }
        if (s >= 500) {
            return "a server error for a well-formed call";
        }
        if (!BODILESS.contains(row.method()) && s >= 200 && s < 300) {
            return "a write with random data succeeded and left data behind";
        }
        return null;
    }

    private static String refused(String role, Reply answer) {
        int expected = role.equals("anonymous") ? 401 : 403;
        return answer.status() == expected ? null : "expected " + expected;
    }

    // ---- own cells

    private static final Predicate<Reply> OTHERS = a -> a.status() == 403 || a.status() == 404;
    private static final Predicate<Reply> OWN = a -> a.status() != 401 && a.status() != 403 && a.status() < 500
            && a.status() != 405 && a.status() != 415 && a.status() != 429;

    /** When the conflicted member's first blocked scoring recorded its recusal, to compare with the next one's. */
    private static volatile java.time.Instant firstRecusal;

    /** Seated with the IIN of NGO A's leader: scoring NGO A's application is blocked and a recusal recorded. */
    private static boolean detected(Reply a) {
        boolean blocked = a.status() == 409 && a.json() != null
                && "/problems/conflict-of-interest".equals(a.json().path("type").asText())
                && "DETECTED".equals(a.json().path("recusal").path("source").asText());
        firstRecusal = blocked ? recordedAt(a) : null;
        return blocked;
    }

    /** Blocked again by the same recusal (recorded at the same instant): it was recorded, not detected anew. */
    private static boolean recorded(Reply a) {
        return a.status() == 409 && a.json() != null && firstRecusal != null && firstRecusal.equals(recordedAt(a));
    }

    private static java.time.Instant recordedAt(Reply a) {
        return java.time.OffsetDateTime.parse(a.json().path("recusal").path("recordedAt").asText()).toInstant();
    }

    private static Probe others(Supplier<Call> call) {
        return new Probe("another's", call, "403 or 404", OTHERS);
    }

    private static Probe own(Supplier<Call> call) {
        return new Probe("own", call, "neither 401/403 nor 405/415/429/5xx", OWN);
    }

    /** The probes of an {@code own} cell, another's object first; null when there are none. */
    static List<Probe> ownProbes(String endpoint, String role) {
        MatrixFixtures f = fixtures;
        String ngo = f.token("ngo");
        String ngoB = f.ngoToken(f.ngoB);
        String agency = f.token("agency");
        String agencyB = f.agencyToken(f.bodyB);
        String seated = f.token("commission-member");
        String unseated = f.subjectToken(MatrixFixtures.UNSEATED, "commission-member");
        String conflicted = f.subjectToken(MatrixFixtures.CONFLICTED, "commission-member");
        String rec = "/api/v1/recommendations/" + f.recommendation;
        String item = "/api/v1/action-plans/" + f.plan + "/items/" + f.item;
        String measurement = "{\"value\": \"5\", \"measuredOn\": \"" + MatrixFixtures.TODAY + "\"}";
        String itemStatus = "{\"to\": \"IN_PROGRESS\", \"reason\": \"work started\"}";
        String assessment = "{\"rating\": \"PARTIALLY_IMPLEMENTED\", \"comment\": {\"ru\": \"Частично\"}}";
        String evidence = "{\"kind\": \"DOCUMENT\", \"url\": \"https://adilet.zan.kz/rus/docs/Z2300000001\", "
                + "\"description\": {\"ru\": \"Приказ\"}}";
        String report = "{\"year\": " + (MatrixFixtures.REPORT_YEAR - 1) + ", \"content\": " + MatrixFixtures.reportContent()
                + "}";
        String amendment = "{\"content\": " + MatrixFixtures.reportContent() + "}";
        String application = "/api/v1/applications/" + f.application;
        String scores = "{\"scores\": [{\"criterion\": \"RELEVANCE\", \"value\": 80}, {\"criterion\": \"BUDGET\", \"value\": 70}]}";
        String granteeReport = "{\"kind\": \"INTERIM\", \"tranche\": 1, \"narrative\": \"Первый этап\", "
                + "\"indicators\": [{\"name\": \"NGOs trained\", \"unit\": \"NGOs\", \"target\": \"10\", \"achieved\": \"3\"}]}";
        String key = endpoint + " " + role;
        return switch (key) {
            // registry-service
            case "PUT /api/v1/ngos/{id} ngo" -> List.of(
                    others(() -> Call.of("PUT", "/api/v1/ngos/" + f.ngoB, ngo, f.ngoBBody, "If-Match",
                            f.currentEtag("/api/v1/ngos/" + f.ngoB))),
                    own(() -> Call.of("PUT", "/api/v1/ngos/" + f.ngoA, ngo, f.ngoABody, "If-Match",
                            f.currentEtag("/api/v1/ngos/" + f.ngoA))));
            case "POST /api/v1/ngos/{id}/memberships ngo" -> List.of(
                    others(() -> Call.of("POST", "/api/v1/ngos/" + f.ngoB + "/memberships", ngo,
                            "{\"memberOfId\": \"" + f.ngoA + "\", \"since\": \"2024-01-01\"}")),
                    own(() -> Call.of("POST", "/api/v1/ngos/" + f.ngoA + "/memberships", ngo,
                            "{\"memberOfId\": \"" + f.ngoB + "\", \"since\": \"2024-01-01\"}")));
            case "DELETE /api/v1/ngos/{id}/memberships/{memberOfId} ngo" -> List.of(
                    others(() -> Call.of("DELETE", "/api/v1/ngos/" + f.ngoB + "/memberships/" + f.ngoA, ngo, null)),
                    own(() -> Call.of("DELETE", "/api/v1/ngos/" + f.ngoA + "/memberships/" + f.ngoB, ngo, null)));
            case "POST /api/v1/ngos/{id}/reports ngo" -> List.of(
                    others(() -> Call.of("POST", "/api/v1/ngos/" + f.ngoB + "/reports", ngo, report)),
                    own(() -> Call.of("POST", "/api/v1/ngos/" + f.ngoA + "/reports", ngo, report)));
            case "PUT /api/v1/ngos/{id}/reports/{year} ngo" -> List.of(
                    others(() -> Call.of("PUT", "/api/v1/ngos/" + f.ngoB + "/reports/" + MatrixFixtures.REPORT_YEAR, ngo,
                            amendment, "If-Match", "\"1\"")),
                    own(() -> {
                        String path = "/api/v1/ngos/" + f.ngoA + "/reports/" + MatrixFixtures.REPORT_YEAR;
                        return Call.of("PUT", path, ngo, amendment, "If-Match", f.currentEtag(path));
                    }));
            case "GET /api/v1/registration-applications ngo", "GET /api/v1/registration-applications forum-secretariat",
                    "GET /api/v1/registration-applications agency",
                    "GET /api/v1/registration-applications procurement-officer",
                    "GET /api/v1/registration-applications commission-member",
                    "GET /api/v1/registration-applications analyst" -> {
                Supplier<Call> list = () -> Call.of("GET", "/api/v1/registration-applications?limit=100", f.token(role), null);
                yield List.of(
                        new Probe("another's", list, "200 without the outsider's application",
                                a -> a.status() == 200 && !a.body().contains(f.outsiderApplication)),
                        new Probe("own", list, "200 with the role's own application",
                                a -> a.status() == 200 && a.body().contains(f.ownApplications.get(role))));
            }
            case "GET /api/v1/registration-applications/{id} ngo",
                    "GET /api/v1/registration-applications/{id} forum-secretariat",
                    "GET /api/v1/registration-applications/{id} agency",
                    "GET /api/v1/registration-applications/{id} procurement-officer",
                    "GET /api/v1/registration-applications/{id} commission-member",
                    "GET /api/v1/registration-applications/{id} analyst" -> List.of(
                    others(() -> Call.of("GET", "/api/v1/registration-applications/" + f.outsiderApplication,
                            f.token(role), null)),
                    new Probe("own", () -> Call.of("GET", "/api/v1/registration-applications/"
                            + f.ownApplications.get(role), f.token(role), null), "200", a -> a.status() == 200));
            // forum-service
            case "POST /api/v1/action-plans/{planId}/items/{itemId}/measurements agency" -> List.of(
                    others(() -> Call.of("POST", item + "/measurements", agencyB, measurement)),
                    own(() -> Call.of("POST", item + "/measurements", agency, measurement)));
            case "POST /api/v1/action-plans/{planId}/items/{itemId}/status-changes agency" -> List.of(
                    others(() -> Call.of("POST", item + "/status-changes", agencyB, itemStatus, "If-Match",
                            f.currentEtag(item))),
                    own(() -> Call.of("POST", item + "/status-changes", agency, itemStatus, "If-Match", f.currentEtag(item))));
            case "POST /api/v1/recommendations/{id}/assessments ngo" -> List.of(
                    others(() -> Call.of("POST", rec + "/assessments", ngoB, assessment)),
                    own(() -> Call.of("POST", rec + "/assessments", ngo, assessment)));
            case "POST /api/v1/recommendations ngo" -> List.of(
                    others(() -> Call.of("POST", "/api/v1/recommendations", ngo, f.recommendationBody(f.ngoB))),
                    own(() -> Call.of("POST", "/api/v1/recommendations", ngo, f.recommendationBody(f.ngoA))));
            case "POST /api/v1/recommendations/{id}/co-authors ngo" -> List.of(
                    new Probe("unbound token", () -> Call.of("POST", "/api/v1/recommendations/" + f.draft + "/co-authors",
                            f.ngoToken(null), null), "403 (no ngoId claim)", a -> a.status() == 403),
                    own(() -> Call.of("POST", "/api/v1/recommendations/" + f.draft + "/co-authors", ngoB, null)));
            case "POST /api/v1/recommendations/{id}/evidence agency" -> List.of(
                    others(() -> Call.of("POST", rec + "/evidence", agencyB, evidence)),
                    own(() -> Call.of("POST", rec + "/evidence", agency, evidence)));
            case "POST /api/v1/recommendations/{id}/responses agency" -> List.of(
                    others(() -> Call.of("POST", rec + "/responses", agencyB,
                            "{\"position\": \"SUPPORTED\", \"text\": {\"ru\": \"Поддерживаем\"}}")),
                    own(() -> Call.of("POST", rec + "/responses", agency,
                            "{\"position\": \"SUPPORTED\", \"text\": {\"ru\": \"Поддерживаем\"}}")));
            // procurement-service
            case "POST /api/v1/applications ngo" -> List.of(
                    others(() -> Call.of("POST", "/api/v1/applications", ngo, MatrixFixtures.applicationBody(f.call, f.ngoB))),
                    own(() -> Call.of("POST", "/api/v1/applications", ngo, MatrixFixtures.applicationBody(f.call, f.ngoA))));
            case "GET /api/v1/applications ngo" -> List.of(
                    others(() -> Call.of("GET", "/api/v1/applications?ngoId=" + f.ngoB, ngo, null)),
                    new Probe("own", () -> Call.of("GET", "/api/v1/applications?limit=200", ngo, null),
                            "200 listing NGO A's application", a -> a.status() == 200 && a.body().contains(f.application)));
            case "GET /api/v1/applications/{id} ngo" -> List.of(
                    others(() -> Call.of("GET", application, ngoB, null)),
                    new Probe("own", () -> Call.of("GET", application, ngo, null), "200", a -> a.status() == 200));
            case "GET /api/v1/applications/{id} commission-member" -> List.of(
                    others(() -> Call.of("GET", application, unseated, null)),
                    new Probe("own", () -> Call.of("GET", application, seated, null), "200", a -> a.status() == 200));
            case "POST /api/v1/applications/{id}/scores commission-member" -> List.of(
                    others(() -> Call.of("POST", application + "/scores", unseated, scores)),
                    new Probe("conflicted", () -> Call.of("POST", application + "/scores", conflicted, scores),
                            "409 conflict-of-interest, the recusal DETECTED and recorded", AuthorizationMatrixIT::detected),
                    new Probe("conflicted again", () -> Call.of("POST", application + "/scores", conflicted, scores),
                            "409 with the recusal recorded the first time", AuthorizationMatrixIT::recorded),
                    own(() -> Call.of("POST", application + "/scores", seated, scores)));
            case "POST /api/v1/applications/{id}/recusals commission-member" -> List.of(
                    others(() -> Call.of("POST", application + "/recusals", unseated, "{\"reason\": \"related\"}")),
                    own(() -> Call.of("POST", application + "/recusals", seated, "{\"reason\": \"related\"}")));
            case "GET /api/v1/contracts/{id}/assessments ngo" -> List.of(
                    others(() -> Call.of("GET", "/api/v1/contracts/" + f.contract() + "/assessments", ngoB, null)),
                    new Probe("own", () -> Call.of("GET", "/api/v1/contracts/" + f.contract() + "/assessments", ngo, null),
                            "200", a -> a.status() == 200));
            case "POST /api/v1/contracts/{id}/reports ngo" -> List.of(
                    others(() -> Call.of("POST", "/api/v1/contracts/" + f.contract() + "/reports", ngoB, granteeReport)),
                    own(() -> Call.of("POST", "/api/v1/contracts/" + f.contract() + "/reports", ngo, granteeReport)));
            case "GET /api/v1/calls/{id}/applications commission-member" -> List.of(
                    others(() -> Call.of("GET", "/api/v1/calls/" + f.call + "/applications", unseated, null)),
                    new Probe("own", () -> Call.of("GET", "/api/v1/calls/" + f.call + "/applications", seated, null),
                            "200 listing NGO A's application", a -> a.status() == 200 && a.body().contains(f.application)));
            default -> null;
        };
    }

    // ---- the matrix file

    static List<Row> read() throws IOException {
        List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("service", "method", "path"));
        header.addAll(ROLES);
        header.add("notes");
        assertEquals(String.join(",", header), lines.get(0), "the matrix's header");
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i));
            assertEquals(header.size(), cells.size(), "cells on line " + (i + 1));
            rows.add(new Row(i + 1, cells.get(0), cells.get(1), cells.get(2), cells.subList(3, 3 + ROLES.size()),
                    cells.get(header.size() - 1)));
        }
        return rows;
    }

    /** A CSV line: commas separate, double quotes enclose cells that hold commas ({@code ""} is a quote). */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

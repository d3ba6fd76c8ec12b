package kz.civic.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import kz.civic.stack.Tokens;

/**
 * The objects {@link AuthorizationMatrixIT} needs for the {@code own} cells, made through the gateway
 * as the stack's users would, each with fresh random BINs, IINs and edition numbers so they never meet
 * other e2e classes' data (reliability-tests' OpenApiFuzzIT reuses them as a populated world to fuzz):
 * NGO A (ACTIVE, with a leader, a founder and last year's report) and NGO B; government bodies A and
 * B; a forum edition with a recommendation authored by NGO A and addressed to body A (ACCEPTED), a
 * draft, and an action plan item body A is responsible for; a STATE_GRANT call (UNDER_REVIEW) with
 * NGO A's application and two commission members seated on it, {@link #SEATED} and {@link #CONFLICTED}
 * (the latter with NGO A's leader's IIN), then, on first use, its award and NGO A's contract; a
 * registration application of each
 * role that may only see its own, and one of an outsider.
 *
 * <p>Tokens: {@link #token(String)} is the matrix's token of a role (subject {@code e2e-matrix-<role>};
 * {@code ngo} bound to NGO A, {@code agency} to body A, {@code commission-member} seated on the call).
 */
public final class MatrixFixtures {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    /** The NGO-Database report year procurement's eligibility asks for today (procurement's Eligibility). */
    public static final int REPORT_YEAR = TODAY.isAfter(LocalDate.of(TODAY.getYear(), 3, 31)) ? TODAY.getYear() - 1
            : TODAY.getYear() - 2;
    public static final String SEATED = "e2e-matrix-commission-member";
    public static final String UNSEATED = "e2e-matrix-commission-member-unseated";
    /** Seated on the call with the IIN of NGO A's leader: in conflict with NGO A's application. */
    public static final String CONFLICTED = "e2e-matrix-commission-member-conflicted";
    /** Roles that see only their own registration applications. */
    public static final List<String> APPLICANT_ROLES = List.of("ngo", "forum-secretariat", "agency", "procurement-officer",
            "commission-member", "analyst");

    /** One HTTP answer; {@code json} is null when the body is empty or not JSON. */
    public record Reply(int status, String body, JsonNode json, HttpHeaders headers) {

        public String etag() {
            return headers.firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + status + " " + body));
        }

        public String id() {
            return json.path("id").asText();
        }

        @Override
        public String toString() {
            return status + (body == null || body.isBlank() ? "" : " " + (body.length() > 300 ? body.substring(0, 300)
                    + "…" : body));
        }
    }

    /** A request: method, path (with query), bearer token or null, body or null, extra headers. */
    public record Call(String method, String path, String token, String contentType, String body, Map<String, String> headers) {

        public static Call of(String method, String path, String token, String body, String... headers) {
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                extra.put(headers[i], headers[i + 1]);
            }
            return new Call(method, path, token, body == null ? null : "application/json", body, extra);
        }

        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body);
        }
    }

    private final String gateway;
    private final Tokens tokens;

    public String ngoA;
    public String ngoB;
    public String binA;
    public String ngoABody;
    public String ngoBBody;
    public List<String> personalData;
    public String bodyA;
    public String bodyB;
    public String forumId;
    public String recommendation;
    public String draft;
    public String plan;
    public String item;
    public String fundingPlan;
    public String call;
    public String application;
    public String award;
    private String officer;
    private String contract;
    public final Map<String, String> ownApplications = new LinkedHashMap<>();
    public String outsiderApplication;

    public MatrixFixtures(String gateway, Tokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    // ---- tokens

    public String token(String role) {
        Map<String, String> claims = new LinkedHashMap<>();
        if (role.equals("ngo")) {
            claims.put("ngoId", ngoA);
        } else if (role.equals("agency")) {
            claims.put("agencyId", bodyA);
        }
        return tokens.mint("e2e-matrix-" + role, role, claims, Duration.ofHours(2));
    }

    public String ngoToken(String ngoId) {
        return tokens.mint("e2e-matrix-ngo-" + ngoId, "ngo", ngoId == null ? Map.of() : Map.of("ngoId", ngoId),
                Duration.ofHours(2));
    }

    public String agencyToken(String bodyId) {
        return tokens.mint("e2e-matrix-agency-" + bodyId, "agency", Map.of("agencyId", bodyId), Duration.ofHours(2));
    }

    public String subjectToken(String subject, String role) {
        return tokens.mint(subject, role, Map.of(), Duration.ofHours(2));
    }

    // ---- HTTP

    public Reply send(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + call.path())).timeout(Duration.ofSeconds(20))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.token() != null) {
            b.header("Authorization", "Bearer " + call.token());
        }
        if (call.body() != null) {
            b.header("Content-Type", call.contentType());
        }
        call.headers().forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && r.body() != null && !r.body().isBlank()) {
                json = JSON.readTree(r.body());
            }
            return new Reply(r.statusCode(), r.body(), json, r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(call.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply expect(int status, Call call) {
        Reply answer = send(call);
        assertEquals(status, answer.status(), () -> "fixture " + call + " answered " + answer);
        return answer;
    }

    /** Sends until it answers {@code status} (the consumers' replicas catching up), at most a minute. */
    public Reply eventually(int status, Call call) {
        AtomicReference<Reply> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            last.set(send(call));
            assertEquals(status, last.get().status(), () -> "fixture " + call + " answered " + last.get());
        });
        return last.get();
    }

    private String etag(String path) {
        return expect(200, Call.of("GET", path, null, null)).etag();
    }

    // ---- random identifiers

    /** A random valid 12-digit number with the check digit of registry's Bin: {@code prefix} + random digits. */
    public static String checked(String prefix) {
        while (true) {
            StringBuilder digits = new StringBuilder(prefix);
            while (digits.length() < 11) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            int check = checkDigit(digits.toString());
            if (check >= 0) {
                return digits.append(check).toString();
            }
        }
    }

    /**
     * A random edition number for a forum fixture, from 12 to 88; its year is {@link #editionBody}'s 2012 + number
     * (as XI was held in 2023), so fixture editions keep forum-service's rules (one edition a year, numbers in
     * the order of years) whatever numbers other tests took. A taken number answers 409: try another.
     */
    public static int editionNumber() {
        return 12 + ThreadLocalRandom.current().nextInt(77);
    }

    /** The body creating edition {@code number} in the year 2012 + number. */
    public static String editionBody(int number, String motto) {
        return """
                {"editionNumber": %d, "year": %d, "motto": {"ru": "%s"}}""".formatted(number, 2012 + number, motto);
    }

    /**
     * A BIN of a resident legal entity (digit 5: 4) that is a head organisation (digit 6: 0) registered in a month of
     * 1991–2009: not after any registration date the e2e and reliability bodies send (2012 and later), as the
     * register requires.
     */
    public static String bin() {
        int month = ThreadLocalRandom.current().nextInt(19 * 12);
        return checked(String.format("%02d%02d40", (1991 + month / 12) % 100, month % 12 + 1));
    }

    /** An IIN of a man born in the 1980s (digit 7: 3), on day 10–19 of a month from January to September. */
    public static String iin() {
        return checked("8" + ThreadLocalRandom.current().nextInt(10) + "0" + (1 + ThreadLocalRandom.current().nextInt(9))
                + "1" + ThreadLocalRandom.current().nextInt(10) + "3");
    }

    private static int checkDigit(String first11) {
        int[] first = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
        int[] second = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
        Function<int[], Integer> weighted = weights -> {
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (first11.charAt(i) - '0') * weights[i];
            }
            return sum % 11;
        };
        int sum = weighted.apply(first);
        if (sum == 10) {
            sum = weighted.apply(second);
        }
        return sum == 10 ? -1 : sum;
    }

    // ---- bodies

    public static String ngoBody(String bin, String name, String region, String leader, String leaderIin, String founder,
            String founderIin) {
        return """
                {"bin": "%s", "names": {"ru": "%s", "kk": "%s", "en": "%s"}, "legalForm": "PUBLIC_ASSOCIATION",
                 "regionCode": "%s", "registrationDate": "2020-01-15", "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"],
                 "contacts": {"email": "office@example.kz", "phone": "+7 7172 000000"},
                 "leader": {"fullName": "%s", "iin": "%s"}, "founders": [{"fullName": "%s", "iin": "%s"}]}"""
                .formatted(bin, name, name, name, region, leader, leaderIin, founder, founderIin);
    }

    public static String reportContent() {
        return """
                {"foundersCount": 1, "membersCount": 12, "funds": {"stateSocialOrder": "0", "grants": "1000000.00",
                 "foreign": "0", "business": "0", "donations": "50000.00", "other": "0"},
                 "spendingDirections": [{"direction": "social projects", "amount": "900000.00"}],
                 "propertyValue": "0", "staffCount": 2, "volunteersCount": 10}""";
    }

    public static String applicationBody(String callId, String ngoId) {
        return """
                {"callId": "%s", "ngoId": "%s", "projectTitle": "Проект матрицы", "projectDescription": "Описание проекта",
                 "language": "kk", "requestedAmount": {"amount": "2500000.00", "currency": "KZT"}}""".formatted(callId, ngoId);
    }

    // ---- the fixtures

    public void create(Function<String, String> roleToken) {
        String admin = roleToken.apply("admin");
        String registrar = roleToken.apply("registrar");
        String secretariat = roleToken.apply("forum-secretariat");
        String officer = roleToken.apply("procurement-officer");

        bodyA = expect(201, Call.of("POST", "/api/v1/government-bodies", admin, """
                {"bin": "%s", "names": {"ru": "Министерство матрицы А"}, "level": "CENTRAL", "kind": "MINISTRY"}"""
                .formatted(bin()))).id();
        bodyB = expect(201, Call.of("POST", "/api/v1/government-bodies", admin, """
                {"bin": "%s", "names": {"ru": "Министерство матрицы Б"}, "level": "CENTRAL", "kind": "MINISTRY"}"""
                .formatted(bin()))).id();

        binA = bin();
        String leaderIin = iin();
        String founderIin = iin();
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        personalData = List.of(leaderIin, founderIin, "Матрицаева Айгуль " + suffix, "Матрицаев Ерлан " + suffix);
        ngoABody = ngoBody(binA, "Объединение матрицы А " + suffix, "KZ-75", personalData.get(2), leaderIin,
                personalData.get(3), founderIin);
        Reply a = expect(201, Call.of("POST", "/api/v1/ngos", registrar, ngoABody));
        ngoA = a.id();
        expect(200, Call.of("POST", "/api/v1/ngos/" + ngoA + "/status-changes", registrar,
                "{\"to\":\"ACTIVE\",\"reason\":\"documents checked\"}", "If-Match", a.etag()));
        expect(201, Call.of("POST", "/api/v1/ngos/" + ngoA + "/reports", registrar,
                "{\"year\": " + REPORT_YEAR + ", \"content\": " + reportContent() + "}"));
        ngoBBody = ngoBody(bin(), "Объединение матрицы Б " + suffix, "KZ-71", "Другой Руководитель " + suffix, iin(),
                "Другой Учредитель " + suffix, iin());
        ngoB = expect(201, Call.of("POST", "/api/v1/ngos", registrar, ngoBBody)).id();

        for (String role : APPLICANT_ROLES) {
            ownApplications.put(role, expect(201, Call.of("POST", "/api/v1/registration-applications", token(role),
                    ngoBody(bin(), "Заявитель " + role + " " + suffix, "KZ-75", "Заявитель " + suffix, iin(),
                            "Учредитель " + suffix, iin()))).id());
        }
        outsiderApplication = expect(201, Call.of("POST", "/api/v1/registration-applications",
                subjectToken("e2e-matrix-outsider", "ngo"), ngoBody(bin(), "Посторонний " + suffix, "KZ-75",
                        "Посторонний " + suffix, iin(), "Учредитель " + suffix, iin()))).id();

        forum(secretariat);
        procurement(officer);
    }

    /** A recommendation of the fixture edition authored by {@code authorNgoId}, addressed to body A. */
    public String recommendationBody(String authorNgoId) {
        return """
                {"text": {"ru": "Проверить матрицу доступа", "en": "Check the authorization matrix"},
                 "sourceType": "REPUBLICAN_FORUM", "sourceId": "%s", "authorNgoIds": ["%s"],
                 "addressees": [{"type": "CENTRAL_AGENCY", "governmentBodyId": "%s"}],
                 "spheres": ["PROTECTION_OF_RIGHTS"], "regionCode": "KZ-75", "sdgGoals": [16], "priority": "HIGH"}"""
                .formatted(forumId, authorNgoId, bodyA);
    }

    private void forum(String secretariat) {
        for (int attempt = 0; forumId == null && attempt < 50; attempt++) {
            Reply r = send(Call.of("POST", "/api/v1/forums", secretariat, editionBody(editionNumber(), "Матрица прав")));
            if (r.status() == 201) {
                forumId = r.id();
            }
        }
        String body = recommendationBody(ngoA);
        // 422 until forum-service's replicas hold NGO A and body A
        recommendation = eventually(201, Call.of("POST", "/api/v1/recommendations", secretariat, body)).id();
        String path = "/api/v1/recommendations/" + recommendation;
        for (String to : List.of("SUBMITTED", "ACCEPTED")) {
            expect(200, Call.of("POST", path + "/status-changes", secretariat,
                    "{\"to\":\"" + to + "\",\"reason\":\"agreed at the forum\"}", "If-Match", etag(path)));
        }
        draft = expect(201, Call.of("POST", "/api/v1/recommendations", secretariat, body)).id();
        plan = expect(201, Call.of("POST", "/api/v1/action-plans", secretariat, """
                {"forumId": "%s", "title": {"ru": "План матрицы"}, "periodStart": 2024, "periodEnd": 2025}"""
                .formatted(forumId))).id();
        item = expect(201, Call.of("POST", "/api/v1/action-plans/" + plan + "/items", secretariat, """
                {"title": {"ru": "Обучить НПО"}, "responsibleBodyId": "%s", "deadline": "%s", "weight": "1",
                 "indicator": {"unit": "NGOs trained", "baseline": "0", "target": "10"}, "recommendationIds": ["%s"]}"""
                .formatted(bodyA, TODAY.plusYears(1), recommendation))).id();
    }

    private void procurement(String officer) {
        this.officer = officer;
        // 422 until procurement-service's replica holds body A
        fundingPlan = eventually(201, Call.of("POST", "/api/v1/funding-plans", officer, """
                {"year": %d, "instrument": "STATE_GRANT", "level": "CENTRAL", "customerId": "%s",
                 "budget": {"amount": "100000000.00", "currency": "KZT"}, "title": {"ru": "Гранты матрицы"}}"""
                .formatted(TODAY.getYear(), bodyA))).id();
        expect(200, Call.of("POST", "/api/v1/funding-plans/" + fundingPlan + "/approval", officer, null, "If-Match", "\"0\""));
        LocalDate opens = TODAY.plusDays(1);
        call = expect(201, Call.of("POST", "/api/v1/calls", officer, """
                {"planId": "%s", "title": {"ru": "Поддержка уязвимых групп"}, "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"],
                 "regionCode": "KZ-75", "amount": {"amount": "3000000.00", "currency": "KZT"}, "grantBand": "SHORT_TERM",
                 "durationMonths": 9, "applicationWindow": {"opensOn": "%s", "closesOn": "%s"},
                 "criteria": [{"code": "RELEVANCE", "name": {"ru": "Актуальность"}, "weight": 60},
                              {"code": "BUDGET", "name": {"ru": "Бюджет"}, "weight": 40}], "recommendationIds": []}"""
                .formatted(fundingPlan, opens, opens.plusDays(21)))).id();
        moveCall(officer, "ANNOUNCED");
        moveCall(officer, "OPEN");
        // 422 ineligible until procurement's replica has NGO A ACTIVE with its report
        application = eventually(201, Call.of("POST", "/api/v1/applications", token("ngo"), applicationBody(call, ngoA)))
                .id();
        expect(201, Call.of("POST", "/api/v1/calls/" + call + "/commission-members", officer,
                "{\"memberId\": \"" + SEATED + "\", \"iin\": \"" + iin() + "\"}"));
        expect(201, Call.of("POST", "/api/v1/calls/" + call + "/commission-members", officer,
                "{\"memberId\": \"" + CONFLICTED + "\", \"iin\": \"" + personalData.get(0) + "\"}"));
        moveCall(officer, "UNDER_REVIEW");
    }

    /**
     * A contract for NGO A: the application scored by an evaluator without a conflict (an award follows the
     * commission's scores; the matrix's own members may have recused themselves by then), awarded, signed with one
     * tranche. Made on first use (by the contract rows, which come after the evaluation rows), since an award ends
     * the application's review.
     */
    public synchronized String contract() {
        if (contract == null) {
            scored(call, application);
            String money = "{\"amount\": \"2500000.00\", \"currency\": \"KZT\"}";
            award = expect(201, Call.of("POST", "/api/v1/calls/" + call + "/awards", officer,
                    "{\"applicationId\": \"" + application + "\", \"amount\": " + money + "}")).id();
            contract = expect(201, Call.of("POST", "/api/v1/contracts", officer, """
                    {"awardId": "%s", "amount": %s, "periodStart": "%s", "periodEnd": "%s",
                     "tranches": [{"sequence": 1, "amount": %s, "plannedOn": "%s"}]}"""
                    .formatted(award, money, TODAY, TODAY.plusMonths(9), money, TODAY.plusDays(1)))).id();
        }
        return contract;
    }

    /**
     * The call's evaluator (seated on first use, with a fresh IIN: no conflict) scores the application 80 on every
     * criterion of the call, as an award requires; the call is UNDER_REVIEW.
     */
    public void scored(String callId, String applicationId) {
        String evaluator = "e2e-evaluator-" + callId;
        Reply seated = send(Call.of("POST", "/api/v1/calls/" + callId + "/commission-members", token("procurement-officer"),
                "{\"memberId\": \"" + evaluator + "\", \"iin\": \"" + iin() + "\"}"));
        if (seated.status() != 201 && seated.status() != 409) {
            throw new AssertionError("seating the evaluator: " + seated.status() + " " + seated.body());
        }
        List<String> given = new ArrayList<>();
        expect(200, Call.of("GET", "/api/v1/calls/" + callId, null, null)).json().path("criteria")
                .forEach(c -> given.add("{\"criterion\": \"" + c.path("code").asText() + "\", \"value\": 80}"));
        expect(201, Call.of("POST", "/api/v1/applications/" + applicationId + "/scores",
                subjectToken(evaluator, "commission-member"), "{\"scores\": [" + String.join(", ", given) + "]}"));
    }

    private void moveCall(String officer, String to) {
        String path = "/api/v1/calls/" + call;
        expect(200, Call.of("POST", path + "/status-changes", officer, "{\"to\":\"" + to + "\",\"reason\":\"step\"}",
                "If-Match", etag(path)));
    }

    /**
     * A documented path ({@code /api/v1/calls/{id}/awards}) with its parameters filled from these fixtures, so
     * that the call reaches real objects: an id by the collection it names (NGO A, body A, the forum, the
     * recommendation, the action plan and its item, the funding plan, the call, the application, and the award
     * and contract once {@link #contract()} made them), {@code {bin}} NGO A's BIN, {@code {year}} its report's
     * year, {@code {code}} a region, {@code {sequence}} 1; anything else a random UUID.
     */
    public String fill(String template) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^/]+)/\\{([^}/]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(2)) {
                case "bin" -> binA;
                case "year" -> Integer.toString(REPORT_YEAR);
                case "code" -> "KZ-75";
                case "sequence" -> "1";
                case "planId" -> plan;
                case "itemId" -> item;
                default -> switch (m.group(1)) {
                    case "ngos" -> ngoA;
                    case "government-bodies" -> bodyA;
                    case "forums" -> forumId;
                    case "recommendations" -> recommendation;
                    case "action-plans" -> plan;
                    case "funding-plans" -> fundingPlan;
                    case "calls" -> call;
                    case "applications" -> application;
                    case "registration-applications" -> ownApplications.get("ngo");
                    case "awards" -> award;
                    case "contracts" -> contract;
                    default -> null;
                };
            };
            m.appendReplacement(path, m.group(1) + "/" + (value == null ? java.util.UUID.randomUUID() : value));
        }
        m.appendTail(path);
        return path.toString();
    }

    public String currentEtag(String path) {
        return etag(path);
    }
}

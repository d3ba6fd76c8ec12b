package kz.civic.reliability.guarantees;

import kz.civic.e2e.MatrixFixtures;
import kz.civic.e2e.MatrixFixtures.Call;
import kz.civic.e2e.StackIT;

/** The e2e matrix's fixtures, made once per test JVM and shared by this package's classes, and a few more steps. */
final class Fixtures {

    private static MatrixFixtures fixtures;

    private Fixtures() {
    }

    static synchronized MatrixFixtures get() {
        if (fixtures == null) {
            MatrixFixtures f = new MatrixFixtures(StackIT.stack.gatewayUrl(), StackIT.tokens);
            f.create(StackIT::token);
            fixtures = f;
        }
        return fixtures;
    }

    /** A new NGO, ACTIVE with this year's required report filed: eligible once procurement's replica has it. */
    static String eligibleNgo(String name) {
        MatrixFixtures f = get();
        String registrar = StackIT.token("registrar");
        String ngo = f.expect(201, Call.of("POST", "/api/v1/ngos", registrar, MatrixFixtures.ngoBody(MatrixFixtures.bin(),
                name, "KZ-75", "Руководитель " + name, MatrixFixtures.iin(), "Учредитель " + name, MatrixFixtures.iin())))
                .id();
        changeNgoStatus(ngo, "ACTIVE");
        f.expect(201, Call.of("POST", "/api/v1/ngos/" + ngo + "/reports", registrar,
                "{\"year\": " + MatrixFixtures.REPORT_YEAR + ", \"content\": " + MatrixFixtures.reportContent() + "}"));
        return ngo;
    }

    static void changeNgoStatus(String ngo, String to) {
        transition("/api/v1/ngos/" + ngo, "registrar", to);
    }

    /**
     * A STATE_GRANT call of the fixtures' funding plan, moved to OPEN: one criterion (RELEVANCE), the amount in
     * KZT, implementing the recommendations (a JSON array of ids, {@code []} for none).
     */
    static String openCall(String amount, String recommendationIds) {
        MatrixFixtures f = get();
        // 422 until procurement's replica has the recommendations
        String call = f.eventually(201, Call.of("POST", "/api/v1/calls", StackIT.token("procurement-officer"), """
                {"planId": "%s", "title": {"ru": "Конкурс надёжности"}, "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"],
                 "regionCode": "KZ-75", "amount": {"amount": "%s", "currency": "KZT"}, "grantBand": "SHORT_TERM",
                 "durationMonths": 9, "applicationWindow": {"opensOn": "%s", "closesOn": "%s"},
                 "criteria": [{"code": "RELEVANCE", "name": {"ru": "Актуальность"}, "weight": 100}],
                 "recommendationIds": %s}""".formatted(f.fundingPlan, amount, MatrixFixtures.TODAY.plusDays(1),
                MatrixFixtures.TODAY.plusDays(22), recommendationIds))).id();
        moveCall(call, "ANNOUNCED");
        moveCall(call, "OPEN");
        return call;
    }

    static void moveCall(String call, String to) {
        transition("/api/v1/calls/" + call, "procurement-officer", to);
    }

    /** A status change of the resource at {@code path} by {@code role}, with its current ETag. */
    private static void transition(String path, String role, String to) {
        get().expect(200, Call.of("POST", path + "/status-changes", StackIT.token(role),
                "{\"to\":\"" + to + "\",\"reason\":\"step\"}", "If-Match", get().currentEtag(path)));
    }

    static String governmentBody(String bin, String name) {
        return """
                {"bin": "%s", "names": {"ru": "%s"}, "level": "CENTRAL", "kind": "COMMITTEE"}""".formatted(bin, name);
    }
}

package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.grantCall;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.CheckDigit;
import kz.civic.platform.identity.Iin;
import kz.civic.procurement.support.Db;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.procurement.support.RegistryEvents.Profile;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * BINs and IINs at procurement's API inputs: the replica's lookup by BIN and the IIN of a commission
 * member (400 validation naming the parameter or field, nothing stored). Events are not checked: the
 * registry validated the BIN (see docs/conventions.md, "Identifiers and register rules").
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class IdentifierInputsTest {

    /** {@code prefix} + random digits to 11 + the check digit: only the structure can be wrong. */
    private static String checked(String prefix) {
        while (true) {
            StringBuilder first11 = new StringBuilder(prefix);
            while (first11.length() < 11) {
                first11.append(ThreadLocalRandom.current().nextInt(10));
            }
            String complete = CheckDigit.complete(first11.toString());
            if (complete != null) {
                return complete;
            }
        }
    }

    private static String randomBin() {
        while (true) {
            String bin = Bin.of(YearMonth.of(2005, 7), 4, Bin.Attribute.HEAD_ORGANISATION,
                    ThreadLocalRandom.current().nextInt(100_000));
            if (bin != null) {
                return bin;
            }
        }
    }

    @Test
    void lookupByBinFindsTheReplicaAndAnImpossibleBinIs400Not404() {
        String bin = randomBin();
        UUID id = RegistryEvents.ngo(Profile.active(), bin);
        given().get("/api/v1/procurement/ngos/by-bin/" + bin).then().statusCode(200)
                .body("ngoId", equalTo(id.toString())).body("bin", equalTo(bin));
        String[][] cases = { { checked("051340"), "month 13 in positions 3–4 is impossible" },
                { checked("050170"), "entity type 7 in position 5 is impossible" },
                { checked("050144"), "attribute 4 in position 6 is impossible" },
                { bin.substring(0, 11) + ((bin.charAt(11) - '0' + 1) % 10), "check digit" },
                { "12345", "must be 12 digits" } };
        for (String[] c : cases) {
            given().header("Accept-Language", "en").get("/api/v1/procurement/ngos/by-bin/" + c[0]).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("bin"))
                    .body("errors[0].message", startsWith(c[1]));
        }
        given().get("/api/v1/procurement/ngos/by-bin/" + randomBin()).then().statusCode(404);
    }

    @Test
    void commissionMemberWithAnImpossibleIinIs400AndIsNotSeated() {
        String call = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        String memberId = "member-" + UUID.randomUUID();
        String[][] cases = { { checked("9002303"), "date of birth 1990-02-30 in positions 1–6 does not exist" },
                { checked("8801157"), "century and sex digit 7 in position 7 is impossible" },
                { checked("8813013"), "month 13 of the date of birth" },
                { checked("8801150"), "century and sex digit 0" } };
        for (String[] c : cases) {
            given().auth().oauth2(Tokens.officer()).contentType("application/json")
                    .body(Map.of("memberId", memberId, "iin", c[0])).post("/api/v1/calls/" + call + "/commission-members")
                    .then().statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("iin")).body("errors[0].message", startsWith(c[1]));
        }
        String valid = checked("8801153");
        String wrongCheck = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);
        given().auth().oauth2(Tokens.officer()).contentType("application/json")
                .body(Map.of("memberId", memberId, "iin", wrongCheck)).post("/api/v1/calls/" + call + "/commission-members")
                .then().statusCode(400).body("errors[0].message", startsWith("check digit"));
        assertEquals(0, Db.count("SELECT count(*) FROM commission_member WHERE member_id = ?", memberId));
        assertEquals(1988, Iin.birthDate(valid).getYear());
        given().auth().oauth2(Tokens.officer()).contentType("application/json")
                .body(Map.of("memberId", memberId, "iin", valid)).post("/api/v1/calls/" + call + "/commission-members")
                .then().statusCode(201);
        assertEquals(1, Db.count("SELECT count(*) FROM commission_member WHERE member_id = ?", memberId));
    }
}

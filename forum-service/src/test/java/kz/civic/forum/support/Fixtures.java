package kz.civic.forum.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/** Forum editions, regional forums and dialogue platforms created through the API. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A new forum edition with an edition number no other test uses. */
    public static UUID forum() {
        return UUID.fromString(postEdition(year -> "").then().statusCode(201).extract().path("id"));
    }

    /**
     * Posts an edition with a free edition number n from 12 to 88 in the year 2012 + n (as XI was held in 2023), so
     * fixture editions keep the service's rules (one edition a year, numbers in the order of years) whatever numbers
     * other tests took; {@code fields} gives more members of the body (starting with a comma) for the year. Returns
     * the answer to the first attempt that is not a 409.
     */
    public static Response postEdition(IntFunction<String> fields) {
        int first = ThreadLocalRandom.current().nextInt(77);
        for (int i = 0; i < 77; i++) {
            int edition = 12 + (first + i) % 77;
            int year = 2012 + edition;
            Response r = post("/api/v1/forums", """
                    {"editionNumber": %d, "year": %d, "motto": {"ru": "Зрелое гражданское общество"}%s}"""
                    .formatted(edition, year, fields.apply(year)));
            if (r.statusCode() != 409) {
                return r;
            }
        }
        throw new AssertionError("no free edition number");
    }

    public static String regionalForumBody(UUID forumId, String region) {
        return """
                {"forumId": "%s", "regionCode": "%s", "localSequenceNumber": 13,
                 "venue": {"ru": "Международный финансовый центр Астана", "en": "Astana International Financial Centre"},
                 "startDate": "2023-06-01", "endDate": "2023-06-02",
                 "priorityIssue": {"ru": "Инклюзивная государственная политика"},
                 "participantsTotal": 300, "participantsByCategory": {"NGO": 200, "GOVERNMENT": 50, "BUSINESS": 30}}
                """.formatted(forumId, region);
    }

    public static UUID regionalForum(UUID forumId, String region) {
        return UUID.fromString(post("/api/v1/regional-forums", regionalForumBody(forumId, region)).then().statusCode(201)
                .extract().path("id"));
    }

    public static UUID dialoguePlatform(String parentField, UUID parentId) {
        return UUID.fromString(post("/api/v1/dialogue-platforms", """
                {"title": {"ru": "Развитие международного сотрудничества"}, "topic": {"en": "International cooperation",
                 "kk": "Халықаралық ынтымақтастық"}, "%s": "%s"}""".formatted(parentField, parentId))
                .then().statusCode(201).extract().path("id"));
    }

    private static Response post(String path, String body) {
        return given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body(body).post(path);
    }
}

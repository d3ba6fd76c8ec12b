package kz.civic.forum.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Forum editions, regional forums and dialogue platforms created through the API. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A new forum edition with an edition number no other test uses. */
    public static UUID forum() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int edition = ThreadLocalRandom.current().nextInt(100, 1001);
            Response r = post("/api/v1/forums", """
                    {"editionNumber": %d, "year": 2023, "motto": {"ru": "Зрелое гражданское общество"}}""".formatted(edition));
            if (r.statusCode() == 201) {
                return UUID.fromString(r.path("id"));
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

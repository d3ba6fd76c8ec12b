package kz.civic.procurement.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;

/** Walks a cursor-paginated list page by page, checking nextCursor, the Link header and the page sizes. */
public final class Pagination {

    private Pagination() {
    }

    /**
     * Every value at {@code field} (e.g. {@code "id"}; null: the items themselves) of the items of {@code path}, fetched {@code limit} at a time
     * with {@code token} (null = anonymous); asserts that each page but the last is full and links to the next.
     */
    public static List<Object> walk(String path, String token, int limit, String field) {
        List<Object> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
            request.queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path);
            assertEquals(200, page.statusCode(), page.asString());
            List<Object> values = page.jsonPath().getList(field == null ? "items" : "items." + field);
            cursor = page.jsonPath().getString("nextCursor");
            String link = page.header("Link");
            if (cursor == null) {
                assertNull(link, "no Link on the last page");
                assertTrue(values.size() <= limit);
            } else {
                assertEquals(limit, values.size(), "a page before the last is full");
                assertTrue(link != null && link.contains("rel=\"next\"") && link.contains("cursor=" + cursor), link);
            }
            all.addAll(values);
            assertTrue(++pages < 1000, "too many pages");
        } while (cursor != null);
        return all;
    }
}

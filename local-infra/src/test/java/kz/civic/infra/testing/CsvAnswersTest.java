package kz.civic.infra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV filter passes a conforming answer and fails, in enforce mode, every way a CSV answer can break. */
class CsvAnswersTest {

    private static final String GOOD = "key,name,count\r\nKZ-75,\"Фонд, \"\"Мир\"\"\r\nи ко\",3\r\nKZ-71,,0\r\n";
    /** path → (content type, body) served by the stub. */
    private static final Map<String, List<String>> ANSWERS = Map.of(
            "/api/good", List.of(CsvAnswers.CONTENT_TYPE, GOOD),
            "/api/quality", List.of("text/csv;charset=UTF-8;qs=0.5", GOOD),
            "/api/no-spaces", List.of("text/csv;charset=UTF-8;header=present", GOOD),
            "/api/lf", List.of(CsvAnswers.CONTENT_TYPE, "key,count\nKZ-75,3\n"),
            "/api/short-row", List.of(CsvAnswers.CONTENT_TYPE, "key,count\r\nKZ-75\r\n"),
            "/api/quoted-comma-miscounted", List.of(CsvAnswers.CONTENT_TYPE, "key,count\r\n\"KZ,75\",3,4\r\n"),
            "/api/no-final-crlf", List.of(CsvAnswers.CONTENT_TYPE, "key,count\r\nKZ-75,3"),
            "/api/empty", List.of(CsvAnswers.CONTENT_TYPE, ""),
            "/other/quality", List.of("text/csv;qs=0.5", "a\nb"));
    private static HttpServer server;
    private static String enforce;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            List<String> answer = ANSWERS.get(exchange.getRequestURI().getPath());
            byte[] body = answer.get(1).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.get(0));
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        enforce = System.setProperty("civic.csv-answers", "enforce");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        if (enforce == null) {
            System.clearProperty("civic.csv-answers");
        } else {
            System.setProperty("civic.csv-answers", enforce);
        }
    }

    private static String get(String path) {
        return given().filter(new CsvAnswers()).baseUri("http://127.0.0.1").port(server.getAddress().getPort())
                .get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void aConformingAnswerPasses() {
        assertEquals(GOOD, get("/api/good"));
        assertEquals(List.of(List.of("key", "name", "count"), List.of("KZ-75", "Фонд, \"Мир\"\r\nи ко", "3"),
                List.of("KZ-71", "", "0")), CsvAnswers.parse(GOOD).rows());
    }

    @Test
    void aBrokenAnswerFailsTheTest() {
        for (String path : List.of("/api/quality", "/api/no-spaces", "/api/lf", "/api/short-row",
                "/api/quoted-comma-miscounted", "/api/no-final-crlf", "/api/empty")) {
            AssertionError error = assertThrows(AssertionError.class, () -> get(path), path);
            assertTrue(error.getMessage().contains("breaks the CSV convention"), error.getMessage());
        }
    }

    @Test
    void eachDefectIsNamed() {
        assertEquals(List.of("Content-Type is 'text/csv;charset=UTF-8;qs=0.5', not '" + CsvAnswers.CONTENT_TYPE + "'"),
                CsvAnswers.violations("text/csv;charset=UTF-8;qs=0.5", GOOD.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("row 2 has 1 cells, the header 2"),
                CsvAnswers.violations(CsvAnswers.CONTENT_TYPE, "key,count\r\nKZ-75\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("row 1 ends with a bare LF, not CRLF", "row 2 ends with a bare LF, not CRLF"),
                CsvAnswers.violations(CsvAnswers.CONTENT_TYPE, "key,count\nKZ-75,3\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("the header row names 'key' twice"),
                CsvAnswers.violations(CsvAnswers.CONTENT_TYPE, "key,key\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void answersOutsideTheApiAreNotChecked() {
        assertEquals("a\nb", get("/other/quality"));
    }
}

package kz.civic.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.civic.gateway.EchoBackend;
import kz.civic.gateway.FakeBackends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(FakeBackends.class)
class FailureAnswersTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void backendDownIsServiceUnavailableWithinThreeSeconds() {
        given().header("Accept-Language", "en").when().get("/api/v1/offline/things?x=1")
                .then().statusCode(503)
                .time(lessThan(3000L), TimeUnit.MILLISECONDS)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/upstream-unavailable"))
                .header("Content-Language", "en")
                .body("title", equalTo("The service behind the gateway is unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("offline is not reachable"))
                .body("instance", equalTo("/api/v1/offline/things"));
    }

    /**
     * The gateway's own problems are titled from the same kk/ru/en bundles as the services' (default ru). Checked on
     * its 404 (an offline backend would open its circuit for the other tests); the 503 above is titled in English.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kk-KZ, ru;q=0.8 | kk | Табылмады",
        "ru              | ru | Не найдено",
        "en-GB, kk;q=0.5 | en | Not found",
        "de, en;q=0.5    | en | Not found",
        "de              | ru | Не найдено",
    })
    void problemTitlesFollowAcceptLanguage(String acceptLanguage, String language, String notFound) {
        given().header("Accept-Language", acceptLanguage).when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .header("Content-Language", language)
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo(notFound))
                .body("detail", equalTo("no service serves /api/v1/nothing-here"));
    }

    @Test
    void problemTitlesDefaultToRussian() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .header("Content-Language", "ru")
                .body("title", equalTo("Не найдено"));
    }

    @Test
    void silentBackendIsGatewayTimeout() {
        given().header(EchoBackend.DELAY_HEADER, "5000")
                .when().get("/api/v1/slow/report")
                .then().statusCode(504)
                .time(lessThan(3000L), TimeUnit.MILLISECONDS)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/upstream-timeout"))
                .body("detail", equalTo("slow did not answer in time"));
    }

    @Test
    void oversizedContentLengthIsRejectedBeforeTheBodyIsSent() throws IOException {
        String requestId = UUID.randomUUID().toString();
        String response = exchange("POST /api/v1/ngos HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + (2 * 1024 * 1024) + "\r\n"
                + "X-Request-Id: " + requestId + "\r\n"
                + "\r\n"
                + "{}");
        assertThat(response, startsWith("HTTP/1.1 413"));
        assertThat(response.toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(response, containsString("\"type\":\"/problems/payload-too-large\""));
        assertThat(response, containsString("\"requestId\":\"" + requestId + "\""));
        given().queryParam("requestId", requestId)
                .when().get("/api/v1/registry/_seen")
                .then().statusCode(200)
                .body("seen", equalTo(false));
    }

    /** Sends raw bytes (a client library would refuse a Content-Length it does not send) and reads to EOF. */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package kz.civic.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.MultiMap;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What an answer to an https request gets; the http side is asserted end to end in CorsAndSecurityHeadersTest. */
class SecurityHeadersTest {

    @Test
    void httpsAnswersCarryStrictTransportSecurity() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(true, true)).apply(headers, 200, true);
        assertEquals("max-age=31536000; includeSubDomains", headers.get("Strict-Transport-Security"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertFalse(headers.contains("Cache-Control"), "a success keeps its own caching");
    }

    @Test
    void httpAnswersDoNot() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(true, false)).apply(headers, 503, false);
        assertNull(headers.get("Strict-Transport-Security"));
        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @Test
    void strictTransportSecurityCanBeTurnedOff() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(false, false)).apply(headers, 200, true);
        assertNull(headers.get("Strict-Transport-Security"));
    }

    @Test
    void serverSoftwareIsNeverNamed() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Server", "echo/1.0").add("X-Powered-By", "x");
        new SecurityHeaders(config(true, false)).apply(headers, 200, false);
        assertFalse(headers.contains("Server"));
        assertFalse(headers.contains("X-Powered-By"));
    }

    private static SecurityHeadersConfig config(boolean enabled, boolean subdomains) {
        return new SecurityHeadersConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Duration maxAge() {
                return Duration.ofDays(365);
            }

            @Override
            public boolean includeSubdomains() {
                return subdomains;
            }
        };
    }
}

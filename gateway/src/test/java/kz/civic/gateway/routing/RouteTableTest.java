package kz.civic.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(config(Map.of(
            "procurement", backend("http://procurement:8083", "/api/v1/calls", "/api/v1/awards"),
            "archive", backend("https://archive.example", "/api/v1/calls/archive"))));

    @Test
    void prefixMatchesItselfAndEverythingBelowIt() {
        assertEquals("procurement", backendOf("/api/v1/calls"));
        assertEquals("procurement", backendOf("/api/v1/calls/"));
        assertEquals("procurement", backendOf("/api/v1/awards/3/tranches"));
    }

    @Test
    void prefixDoesNotMatchALongerSegment() {
        assertTrue(table.match("/api/v1/callsX").isEmpty());
        assertTrue(table.match("/api/v1").isEmpty());
    }

    @Test
    void longestPrefixWins() {
        assertEquals("archive", backendOf("/api/v1/calls/archive/2019"));
        assertEquals("procurement", backendOf("/api/v1/calls/archived"));
    }

    @Test
    void backendAddressDefaultsThePortFromTheScheme() {
        RouteTable.Backend archive = table.match("/api/v1/calls/archive").orElseThrow().backend();
        assertEquals(443, archive.port());
        assertTrue(archive.ssl());
    }

    @Test
    void rejectsABackendUrlWithAPath() {
        GatewayConfig config = config(Map.of("registry", backend("http://registry:8081/base", "/api/v1/ngos")));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(config));
    }

    @Test
    void rejectsAPrefixWithATrailingSlash() {
        GatewayConfig config = config(Map.of("registry", backend("http://registry:8081", "/api/v1/ngos/")));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(config));
    }

    private String backendOf(String path) {
        return table.match(path).orElseThrow().backend().name();
    }

    private static GatewayConfig config(Map<String, GatewayConfig.Backend> backends) {
        return new GatewayConfig() {
            @Override
            public Map<String, Backend> backends() {
                return backends;
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int maxConnections() {
                return 1;
            }
        };
    }

    private static GatewayConfig.Backend backend(String url, String... prefixes) {
        return new GatewayConfig.Backend() {
            @Override
            public URI url() {
                return URI.create(url);
            }

            @Override
            public List<String> prefixes() {
                return List.of(prefixes);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public GatewayConfig.Breaker breaker() {
                throw new UnsupportedOperationException("the route table does not read breakers");
            }
        };
    }
}

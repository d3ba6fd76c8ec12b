package kz.civic.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        assertEquals("192.0.2.1", RateLimits.clientAddress("192.0.2.1", "203.0.113.9", false));
    }

    @Test
    void trustedForwardedForNamesTheAddressTheProxyAppended() {
        assertEquals("198.51.100.7", RateLimits.clientAddress("192.0.2.1", "203.0.113.9, 198.51.100.7", true));
        assertEquals("198.51.100.7", RateLimits.clientAddress("192.0.2.1", "198.51.100.7", true));
    }

    @Test
    void trustedButMissingForwardedForFallsBackToTheConnection() {
        assertEquals("192.0.2.1", RateLimits.clientAddress("192.0.2.1", null, true));
        assertEquals("192.0.2.1", RateLimits.clientAddress("192.0.2.1", "203.0.113.9, ", true));
    }
}

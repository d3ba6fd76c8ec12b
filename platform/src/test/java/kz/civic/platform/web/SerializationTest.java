package kz.civic.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import kz.civic.platform.time.Timestamps;
import org.junit.jupiter.api.Test;

/** One JSON form per kind of value (issue 16 item 10), whatever form the value had in memory. */
class SerializationTest {

    /** As Quarkus configures the application's mapper, then the platform's customizer. */
    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new Serialization().customize(mapper);
        return mapper;
    }

    record Values(OffsetDateTime at, Instant instant, ZonedDateTime zoned, LocalDate on, @Scale(3) BigDecimal weight,
            @Scale(2) BigDecimal amount, BigDecimal free) {
    }

    @Test
    void instantsAreUtcWithSixDigitsDatesPlainAndDecimalsAtTheirScale() throws Exception {
        OffsetDateTime almaty = OffsetDateTime.of(2026, 12, 6, 7, 39, 10, 123_456_700, ZoneOffset.ofHours(5));
        ObjectMapper mapper = mapper();
        Values values = new Values(almaty, Instant.parse("2026-12-06T02:39:10.1234Z"),
                ZonedDateTime.of(2026, 12, 6, 7, 39, 10, 0, ZoneId.of("Asia/Almaty")), LocalDate.of(2026, 1, 1),
                BigDecimal.ONE, new BigDecimal("4E+6"), new BigDecimal("1.5"));
        String json = mapper.writeValueAsString(values);
        // an event's data goes through a tree first (OutboxWriter's valueToTree): the same text
        assertEquals(json, mapper.writeValueAsString(mapper.valueToTree(values)));
        assertEquals("{\"at\":\"2026-12-06T02:39:10.123456Z\",\"instant\":\"2026-12-06T02:39:10.123400Z\","
                + "\"zoned\":\"2026-12-06T02:39:10.000000Z\",\"on\":\"2026-01-01\",\"weight\":1.000,"
                + "\"amount\":4000000.00,\"free\":1.5}", json);
    }

    @Test
    void storedInstantsAreUtcMicroseconds() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T02:39:10.123456789Z"), ZoneId.of("Asia/Almaty"));
        assertEquals(OffsetDateTime.parse("2026-12-06T02:39:10.123456Z"), Timestamps.now(clock));
        assertEquals(ZoneOffset.UTC, Timestamps.now().getOffset());
        assertTrue(Timestamps.now().getNano() % 1000 == 0);
    }
}

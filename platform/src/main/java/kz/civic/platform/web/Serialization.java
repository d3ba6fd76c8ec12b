package kz.civic.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * One JSON form per kind of value, for REST answers and events alike (both are written by the application's
 * {@code ObjectMapper}, which this customizes; {@link DisplayNames} copies it for HTTP bodies):
 *
 * <ul>
 * <li>instants ({@link OffsetDateTime}, {@link Instant}, {@link ZonedDateTime}) are UTC with {@code Z} and exactly six
 * fractional digits, microseconds, what PostgreSQL keeps: {@code 2026-12-06T02:39:10.123400Z}, whatever offset or
 * precision the value had in memory;</li>
 * <li>dates ({@code LocalDate}) are {@code YYYY-MM-DD} (Jackson's default once dates are not timestamps);</li>
 * <li>decimals have the scale of their column, declared with {@link Scale}; money's amount has two digits.</li>
 * </ul>
 *
 * Stored instants are taken with {@code time.Timestamps#now()} (truncated to microseconds), so the value an answer
 * shows before the database round trip is the one it holds after.
 */
@Singleton
public class Serialization implements ObjectMapperCustomizer {

    /** The instant form: UTC, six fractional digits, {@code Z}. */
    public static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The module, for mappers outside the application's (tests, tools). */
    public static SimpleModule module() {
        return new SimpleModule("civic-serialization")
                .addSerializer(OffsetDateTime.class, new InstantWriter<>(OffsetDateTime.class, OffsetDateTime::toInstant))
                .addSerializer(ZonedDateTime.class, new InstantWriter<>(ZonedDateTime.class, ZonedDateTime::toInstant))
                .addSerializer(Instant.class, new InstantWriter<>(Instant.class, Function.identity()));
    }

    /** {@code instant} as it is written in JSON. */
    public static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
        // an event's data is a JsonNode made with valueToTree: keep a decimal's scale there (2000000.00, not 2E+6)
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // last, so nothing registered after it writes instants another way
    }

    static final class InstantWriter<T> extends StdSerializer<T> {
        private final transient Function<T, Instant> toInstant;

        InstantWriter(Class<T> type, Function<T, Instant> toInstant) {
            super(type);
            this.toInstant = toInstant;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(instant(toInstant.apply(value)));
        }
    }
}

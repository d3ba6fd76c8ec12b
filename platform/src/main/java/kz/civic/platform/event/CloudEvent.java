package kz.civic.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. {@code requestid} is an extension attribute
 * carrying the {@code X-Request-Id} of the HTTP request that caused the event; {@code traceparent}
 * is the CloudEvents distributed-tracing extension: the W3C trace context of the span that wrote the
 * event (absent when tracing is off), which the consumer's span continues.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String requestid,
        String traceparent,
        JsonNode data) {

    /** An event outside any trace. */
    public CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
            String datacontenttype, String requestid, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, requestid, null, data);
    }

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** Throws {@link PoisonEventException} unless the required attributes are present. */
    public CloudEvent requireValid() {
        if (!SPEC_VERSION.equals(specversion) || isBlank(id) || isBlank(source) || isBlank(type) || data == null) {
            throw new PoisonEventException("not a CloudEvents 1.0 envelope with id, source, type and data");
        }
        return this;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

package kz.civic.platform.event;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/**
 * W3C {@code traceparent} values ({@code 00-<trace id>-<span id>-<flags>}) for events: written from the current
 * span when an event is appended to the outbox, read back as the parent of the consumer's span.
 */
final class Traces {

    private Traces() {
    }

    /** The current span as a traceparent, or null when there is none (tracing off, or outside a request). */
    static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** A context whose parent is the given traceparent; the root context when it is absent or malformed. */
    static Context parent(String traceparent) {
        if (traceparent == null || traceparent.length() != 55) {
            return Context.root();
        }
        String[] parts = traceparent.split("-");
        if (parts.length != 4 || !"00".equals(parts[0]) || !TraceId.isValid(parts[1]) || !SpanId.isValid(parts[2])
                || parts[3].length() != 2) {
            return Context.root();
        }
        byte flags;
        try {
            flags = (byte) Integer.parseInt(parts[3], 16);
        } catch (NumberFormatException e) {
            return Context.root();
        }
        SpanContext remote = SpanContext.createFromRemoteParent(parts[1], parts[2], TraceFlags.fromByte(flags),
                TraceState.getDefault());
        return Context.root().with(Span.wrap(remote));
    }
}

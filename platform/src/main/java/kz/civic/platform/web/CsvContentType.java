package kz.civic.platform.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Every CSV answer says {@link Csv#CONTENT_TYPE} on the wire, byte for byte: JAX-RS would otherwise write the
 * {@code @Produces} type it negotiated, server-side quality included ({@code text/csv;charset=UTF-8;qs=0.5}), and
 * format any type it writes without the spaces RFC 9110 examples use. Applied when the headers are written, so it
 * holds whatever made the answer.
 */
@Singleton
public class CsvContentType {

    @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 105)
    void exact(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        rc.addHeadersEndHandler(v -> {
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith(Csv.MEDIA_TYPE)) {
                response.putHeader(HttpHeaders.CONTENT_TYPE, Csv.CONTENT_TYPE);
            }
        });
        rc.next();
    }
}

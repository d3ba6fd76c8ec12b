package kz.civic.forum.rest;

import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The typed form of an answer built as a raw {@link Response} ({@code Idempotency#execute} answers one), so that the
 * resource method can return {@code RestResponse<T>} and the OpenAPI document names T's schema. Status and headers
 * are kept as they are. An idempotent answer carries the stored JSON bytes; a {@code RestResponse<T>} method writes
 * its entity with T's writer (Jackson), which would encode bytes as a base64 string, so the bytes travel as a
 * {@link RawValue} that Jackson writes verbatim: the first answer and every replay stay byte-identical.
 */
final class Typed {

    private Typed() {
    }

    @SuppressWarnings("unchecked")
    static <T> RestResponse<T> of(Response response) {
        RestResponse.ResponseBuilder<T> typed = RestResponse.ResponseBuilder.create(response.getStatus());
        response.getHeaders().forEach((name, values) -> values.forEach(value -> typed.header(name, value)));
        Object entity = response.getEntity();
        if (entity instanceof byte[] bytes) {
            entity = new RawValue(new String(bytes, StandardCharsets.UTF_8));
        }
        return typed.entity((T) entity).build();
    }
}

package kz.civic.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.civic.platform.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a string with one failed at the database as a 500. So it
 * is refused where it enters: in a JSON string (400 naming the field, as any wrong value) and in a query or path
 * parameter (400 naming the parameter). Found by reliability-tests' OpenApiFuzzIT.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("reject-nul").addDeserializer(String.class, new NoNul()));
    }

    /** Jackson's own string reading, then a refusal of NUL. */
    static final class NoNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null && s.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(p, "a string may not contain the NUL character", s, String.class);
            }
            return s;
        }
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseInParameters(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path != null && path.toLowerCase(Locale.ROOT).contains("%00")) {
            throw ApiException.invalidParameter("path", "may not contain the NUL character");
        }
        for (Map.Entry<String, List<String>> q : request.getUriInfo().getQueryParameters().entrySet()) {
            if (q.getKey().indexOf('\u0000') >= 0 || q.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                throw ApiException.invalidParameter(q.getKey().replace('\u0000', ' '), "may not contain the NUL character");
            }
        }
    }
}

package kz.civic.platform.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.Locale;
import kz.civic.messages.Messages;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * {@code displayName} of every {@link LocalizedText} in an answer: the text in the request's language
 * ({@code Accept-Language}, the first of kk/ru/en it names, else ru — {@link Messages#pick(String)}), falling back
 * to Russian, Kazakh, English ({@link LocalizedText#in}).
 *
 * <p>Only HTTP bodies get it: this is the REST layer's {@code ObjectMapper} (a {@link ContextResolver}, a copy of the
 * application's), so events, the outbox and stored JSON, written with the application's mapper, keep the plain
 * kk/ru/en object their contracts describe. Read through the same mapper, a {@code displayName} a client sends back
 * is ignored. Successful answers say the language in {@code Content-Language} ({@link ContentLanguage}).
 */
@Provider
public class DisplayNames implements ContextResolver<ObjectMapper> {

    public static final String PROPERTY = "displayName";
    public static final String DESCRIPTION = "Read-only: the text in the language of the request's Accept-Language "
            + "(kk, ru or en; default ru); when that text is missing, the Russian, else the Kazakh, else the English "
            + "one. Ignored when sent.";

    private final ObjectMapper mapper;

    public DisplayNames(ObjectMapper application) {
        this.mapper = wire(application);
    }

    /** The mapper HTTP bodies are written with: the application's, plus {@code displayName}s. */
    static ObjectMapper wire(ObjectMapper application) {
        return application.copy().addMixIn(LocalizedText.class, OnTheWire.class);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** The language of the request being answered on this thread; ru outside a request. */
    static Locale currentLanguage() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return Messages.pick(request == null ? null : request.serverRequest().getRequestHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @JsonSerialize(using = Writer.class)
    @JsonIgnoreProperties(PROPERTY)
    abstract static class OnTheWire {
    }

    static final class Writer extends StdSerializer<LocalizedText> {

        Writer() {
            super(LocalizedText.class);
        }

        @Override
        public void serialize(LocalizedText text, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(text);
            field(json, "kk", text.kk());
            field(json, "ru", text.ru());
            field(json, "en", text.en());
            json.writeStringField(PROPERTY, text.in(currentLanguage()));
            json.writeEndObject();
        }

        private static void field(JsonGenerator json, String name, String value) throws IOException {
            if (value != null) {
                json.writeStringField(name, value);
            }
        }
    }
}

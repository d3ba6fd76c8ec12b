package kz.civic.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import kz.civic.messages.Messages;

/**
 * {@code Content-Language} (the answer's language, {@link Messages#pick(String)}) and {@code Vary: Accept-Language}
 * on every successful answer with a JSON body: its {@code displayName}s are in that language ({@link DisplayNames}).
 * Problems set their own (platform's {@code ProblemMappers}).
 */
@Provider
public class ContentLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        boolean json = type == null || type.getSubtype().endsWith("json");
        if (response.getStatus() < 300 && response.hasEntity() && json
                && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    Messages.pick(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}

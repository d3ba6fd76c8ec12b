package kz.civic.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.civic.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * ETags are the aggregate's version: strong, quoted ({@code "7"}). Updates must send
 * {@code If-Match} (428 without it, 412 when stale); reads honour {@code If-None-Match} (304).
 */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code If-Match} against the current version; returns the version the client expects.
     *
     * @throws ApiException 428 when the header is missing, 412 when it names another version
     */
    public static long requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String current = of(currentVersion).toString();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return currentVersion;
            }
        }
        throw ApiException.preconditionFailed(current);
    }

    /** 201 for a resource created under the request's collection path, with Location and ETag. */
    public static Response created(UriInfo uri, Object id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).tag(of(version)).entity(body)
                .build();
    }

    /** {@link #created(UriInfo, Object, long, Object)}, typed: the OpenAPI document names the body's schema under 201. */
    public static <T> RestResponse<T> createdTyped(UriInfo uri, Object id, long version, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(of(version)).entity(body).build();
    }

    /** {@link #conditionalGet(Request, long, Object)}, typed: the OpenAPI document names the body's schema under 200. */
    public static <T> RestResponse<T> conditionalGetTyped(Request request, long version, T body) {
        EntityTag tag = of(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return RestResponse.ResponseBuilder.<T>notModified().tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** 304 when the client's {@code If-None-Match} names the current version, else 200 with the body. */
    public static Response conditionalGet(Request request, long version, Object body) {
        EntityTag tag = of(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }
}

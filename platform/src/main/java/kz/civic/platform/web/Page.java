package kz.civic.platform.web;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: {@code {"items": [...], "nextCursor": "..."}}. The cursor is
 * opaque to clients (base64url of the sort key of the last item).
 */
@Schema(description = "One page of a keyset-paginated list; follow nextCursor (or the Link rel=next header) for the next "
        + "page; nextCursor is absent on the last page")
public record Page<T>(List<T> items,
        @Schema(nullable = true, description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows in key order: the extra row, if
     * present, only tells that a next page exists.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, List<String>> sortKey) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, Cursor.encode(sortKey.apply(items.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /**
     * 200 with the page and, when there is a next page, a {@code Link: <...>; rel="next"} header. Typed, so that the
     * OpenAPI document names the page's schema ({@code PageNgoResponse}): every list answers this one generic shape.
     */
    @SuppressWarnings("unchecked")
    public RestResponse<Page<T>> ok(UriInfo uri) {
        return (RestResponse<Page<T>>) (RestResponse<?>) RestResponse.ResponseBuilder.ok(this).links(next(uri)).build();
    }

    private Link[] next(UriInfo uri) {
        return nextCursor == null ? new Link[0]
                : new Link[] {Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build())
                        .rel("next").build()};
    }

    /** 200 with the page and, when there is a next page, a {@code Link: <...>; rel="next"} header. */
    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder ok = Response.ok(this);
        if (nextCursor != null) {
            ok.links(Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build())
                    .rel("next").build());
        }
        return ok.build();
    }
}

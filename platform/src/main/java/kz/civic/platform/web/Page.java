package kz.civic.platform.web;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: {@code {"items": [...], "nextCursor": "..."}}. The cursor is
 * opaque to clients (base64url of the sort key of the last item).
 */
public record Page<T>(List<T> items, String nextCursor) {

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

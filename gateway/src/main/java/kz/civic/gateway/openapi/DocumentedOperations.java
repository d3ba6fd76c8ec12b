package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets through only what the services document: a request whose path matches a template of its
 * backend's OpenAPI document must use a method documented for that template (else 405 with
 * {@code Allow}), and a body must have a media type the operation accepts (else 415). {@code HEAD}
 * goes where {@code GET} does; {@code OPTIONS} always goes (the services answer it). A path no
 * template matches, or a backend whose document the gateway does not hold, is left to the service.
 */
@Singleton
public class DocumentedOperations {

    /** What the documents say about one request. */
    public sealed interface Verdict {
    }

    /** Documented, or not judged: forward it. */
    record Pass() implements Verdict {
    }

    /** The method is not documented for the template; {@code allow} is what is. */
    public record MethodNotAllowed(String template, List<String> allow) implements Verdict {
    }

    /** The body's media type is not one the operation accepts ({@code accepted} is empty: it takes no body). */
    public record UnsupportedMediaType(String template, String method, List<String> accepted) implements Verdict {
    }

    private static final Pass PASS = new Pass();

    /** An index with the document it was built from, rebuilt when the document is fetched again. */
    private record Indexed(ObjectNode document, OperationIndex index) {
    }

    private final ServiceDocuments documents;
    private final Map<String, Indexed> indexes = new ConcurrentHashMap<>();

    public DocumentedOperations(ServiceDocuments documents) {
        this.documents = documents;
    }

    /** Judges {@code request}, which {@code backend} serves. */
    public Verdict judge(String backend, HttpServerRequest request, String path) {
        String method = request.method().name();
        if ("OPTIONS".equals(method)) {
            return PASS;
        }
        Optional<OperationIndex.Template> match = index(backend).flatMap(index -> index.match(path));
        if (match.isEmpty()) {
            return PASS;
        }
        OperationIndex.Template template = match.get();
        OperationIndex.Operation operation = template.operations().get("HEAD".equals(method)
                && !template.operations().containsKey("HEAD") ? "GET" : method);
        if (operation == null) {
            return new MethodNotAllowed(template.path(), allow(template));
        }
        if (hasBody(request) && !operation.accepts(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            return new UnsupportedMediaType(template.path(), method, operation.mediaTypes().stream().sorted().toList());
        }
        return PASS;
    }

    private Optional<OperationIndex> index(String backend) {
        Optional<ObjectNode> document = documents.latest(backend);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        Indexed indexed = indexes.compute(backend, (name, held) -> held != null && held.document() == document.get()
                ? held : new Indexed(document.get(), new OperationIndex(document.get())));
        return Optional.of(indexed.index());
    }

    private static List<String> allow(OperationIndex.Template template) {
        List<String> allow = new ArrayList<>(template.operations().keySet());
        if (allow.contains("GET") && !allow.contains("HEAD")) {
            allow.add(allow.indexOf("GET") + 1, "HEAD");
        }
        if (!allow.contains("OPTIONS")) {
            allow.add("OPTIONS");
        }
        return allow;
    }

    /** A declared non-empty length, or a chunked body. */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !"0".equals(length.trim());
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}

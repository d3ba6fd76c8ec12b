package kz.civic.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import kz.civic.gateway.routing.RouteTable;

/**
 * {@code GET /openapi}: the services' documents merged into one, JSON by default, YAML for
 * {@code ?format=yaml} or {@code Accept: application/yaml}. The documents are fetched at startup and
 * every {@code gateway.openapi.refresh}; Swagger UI ({@code /swagger-ui}) reads this one. Its {@code servers} entry
 * is {@code gateway.openapi.server-url} ({@code GATEWAY_PUBLIC_URL}), else the scheme and host the document was
 * requested on, so a client generated from it calls the gateway it came from.
 */
@Singleton
public class OpenApiRoutes {

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";
    /** The server URL of the document written at build time when none is configured: {@code ./run}'s gateway. */
    static final String LOCAL_SERVER = "http://127.0.0.1:8080";

    private final ServiceDocuments documents;
    private final OpenApiMerger merger;
    private final ObjectMapper json;
    private final YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.SPLIT_LINES).build();
    private final Vertx vertx;
    private final long refreshMillis;
    private final Optional<String> serverUrl;
    private long timer = -1;

    public OpenApiRoutes(ServiceDocuments documents, RouteTable routes, OpenApiConfig config, ObjectMapper json,
            Vertx vertx) {
        this.documents = documents;
        this.merger = new OpenApiMerger(
                new OpenApiMerger.Info(config.title(), config.version(), config.description(),
                        new OpenApiMerger.Contact(config.contact().name(), config.contact().email(),
                                config.contact().url().toString())),
                (service, path) -> routes.match(path).filter(route -> route.backend().name().equals(service))
                        .isPresent());
        this.json = json;
        this.vertx = vertx;
        this.refreshMillis = config.refresh().toMillis();
        this.serverUrl = config.serverUrl().map(OpenApiRoutes::base);
    }

    /** {@code https://api.example.kz/} → {@code https://api.example.kz}; a URL that is not absolute is refused. */
    private static String base(URI url) {
        if (!url.isAbsolute() || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("gateway.openapi.server-url must be an absolute http(s) URL: " + url);
        }
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    void init(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
        documents.refresh();
        timer = vertx.setPeriodic(refreshMillis, id -> documents.refresh());
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }

    private void serve(RoutingContext rc) {
        boolean asYaml = wantsYaml(rc);
        documents.current().onSuccess(current -> {
            ObjectNode merged = merger.merge(current, serverUrl.orElseGet(() -> requestedOn(rc)));
            try {
                byte[] body = asYaml ? yaml.writeValueAsBytes(merged)
                        : json.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged);
                rc.response().putHeader(HttpHeaders.CONTENT_TYPE, asYaml ? YAML : JSON).end(Buffer.buffer(body));
            } catch (JsonProcessingException e) {
                rc.fail(e);
            }
        }).onFailure(rc::fail);
    }

    /**
     * The merged document of {@code documents} (by backend name), as {@code /openapi} serves it, with the configured
     * server URL or {@link #LOCAL_SERVER}.
     */
    ObjectNode merge(SortedMap<String, ObjectNode> documents) {
        return merger.merge(documents, serverUrl.orElse(LOCAL_SERVER));
    }

    /** The scheme and authority of the request ({@code Host}, or what a trusted proxy forwarded). */
    private static String requestedOn(RoutingContext rc) {
        HostAndPort authority = rc.request().authority();
        if (authority == null) {
            return LOCAL_SERVER;
        }
        String host = authority.host();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return rc.request().scheme() + "://" + host + (authority.port() > 0 ? ":" + authority.port() : "");
    }

    /** {@code ?format=} decides; without it, an {@code Accept} naming YAML. */
    private static boolean wantsYaml(RoutingContext rc) {
        String format = rc.queryParams().get("format");
        if (format != null) {
            return format.toLowerCase(Locale.ROOT).startsWith("y");
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml");
    }
}

package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import kz.civic.gateway.routing.GatewayConfig;
import kz.civic.gateway.routing.RouteTable;

/** Fetches one backend's own OpenAPI document (JSON) with its own small client, apart from the proxy's pools. */
@Singleton
public class OpenApiFetcher {

    private final HttpClient client;
    private final ObjectMapper mapper;
    private final String path;
    private final long timeoutMillis;
    private final int connectMillis;

    public OpenApiFetcher(Vertx vertx, ObjectMapper mapper, OpenApiConfig config, GatewayConfig gateway) {
        this.connectMillis = Math.toIntExact(gateway.connectTimeout().toMillis());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(connectMillis)
                .setMaxPoolSize(2)
                .setName("gateway-openapi"));
        this.mapper = mapper;
        this.path = config.sourcePath();
        this.timeoutMillis = config.fetchTimeout().toMillis();
    }

    public Future<ObjectNode> fetch(RouteTable.Backend backend) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.ssl())
                .setURI(path)
                .setConnectTimeout(connectMillis)
                .setIdleTimeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        return client.request(options)
                .compose(HttpClientRequest::send)
                .compose(response -> response.body().compose(body -> response.statusCode() == 200
                        ? Future.succeededFuture(parse(body))
                        : Future.failedFuture("it answered " + response.statusCode())));
    }

    private ObjectNode parse(Buffer body) {
        try {
            JsonNode document = mapper.readTree(body.getBytes());
            if (document instanceof ObjectNode object && object.has("paths")) {
                return object;
            }
            throw new IllegalStateException("the answer is not an OpenAPI document");
        } catch (IOException e) {
            throw new IllegalStateException("the answer is not JSON: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}

package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;
import kz.civic.gateway.routing.GatewayConfig;
import kz.civic.gateway.routing.RouteTable;

/**
 * Writes the merged OpenAPI document of the built services ({@link BuiltServiceDocuments}) to a
 * file, as {@code GET /openapi} of a gateway with this module's configuration serves it: the same
 * {@link OpenApiRoutes#merge} over a {@link RouteTable} and {@link OpenApiConfig} read from
 * {@code application.properties} (profile-free values, i.e. the production ones). The gateway's
 * build runs it at {@code package} (exec-maven-plugin) into {@code target/openapi/merged-openapi.json},
 * from which {@code e2e-tests} generates its Java client. Without every service's document (the
 * services not packaged yet) it writes nothing and says so: a partial document would generate a
 * partial client.
 */
public final class MergedDocumentFile {

    private MergedDocumentFile() {
    }

    /** {@code documents} merged as a gateway with this module's (production) configuration merges them. */
    static ObjectNode merge(SortedMap<String, ObjectNode> documents) {
        URL properties = MergedDocumentFile.class.getResource("/application.properties");
        SmallRyeConfig config;
        try {
            config = new SmallRyeConfigBuilder()
                    .addDefaultInterceptors()
                    .withConverter(Duration.class, 200, new DurationConverter()) // Quarkus's "10s" form
                    .withSources(new PropertiesConfigSource(properties))
                    .withMapping(GatewayConfig.class)
                    .withMapping(OpenApiConfig.class)
                    .withValidateUnknown(false)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpenApiRoutes routes = new OpenApiRoutes(null, new RouteTable(config.getConfigMapping(GatewayConfig.class)),
                config.getConfigMapping(OpenApiConfig.class), new ObjectMapper(), null);
        return routes.merge(documents);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/openapi/merged-openapi.json").toAbsolutePath();
        SortedMap<String, ObjectNode> documents = BuiltServiceDocuments.load();
        if (!documents.keySet().containsAll(BuiltServiceDocuments.SERVICES)) {
            System.out.printf("[merged-openapi] not written: documents only of %s of %s (package the services first)%n",
                    documents.keySet(), BuiltServiceDocuments.SERVICES);
            Files.deleteIfExists(out);
            return;
        }
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(out.getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), merge(documents));
        System.out.printf("[merged-openapi] %s merged into %s%n", documents.keySet(), out);
    }
}

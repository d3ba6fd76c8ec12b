package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real services' OpenAPI documents as their builds produced them: {@code target/openapi/openapi.json}
 * when the service sets {@code quarkus.smallrye-openapi.store-schema-directory=target/openapi} (the
 * documented way), else the copy Quarkus keeps in {@code target/quarkus-app/quarkus/generated-bytecode.jar}
 * as {@code META-INF/quarkus-generated-openapi-doc.JSON} (what it serves at {@code /q/openapi}; an
 * implementation detail of Quarkus, read only while the services store none). The root build
 * packages the services before the gateway, so they are there for the gateway's tests; building the
 * gateway alone uses whatever the services' last build left (possibly none).
 */
final class BuiltServiceDocuments {

    /** Gateway backend name and the service module that serves it. */
    static final List<String> SERVICES = List.of("registry", "forum", "procurement");
    private static final String STORED = "target/openapi/openapi.json";
    private static final String JAR = "target/quarkus-app/quarkus/generated-bytecode.jar";
    private static final String ENTRY = "META-INF/quarkus-generated-openapi-doc.JSON";

    private BuiltServiceDocuments() {
    }

    /** The repository root: the gateway module's parent (tests run in the module directory). */
    static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    static Path jar(String service) {
        return root().resolve(service + "-service").resolve(JAR);
    }

    /** The documents found, by backend name; services not built are missing from the map. */
    static SortedMap<String, ObjectNode> load() {
        ObjectMapper mapper = new ObjectMapper();
        SortedMap<String, ObjectNode> documents = new TreeMap<>();
        for (String service : SERVICES) {
            Path stored = root().resolve(service + "-service").resolve(STORED);
            if (Files.isRegularFile(stored)) {
                try {
                    documents.put(service, (ObjectNode) mapper.readTree(stored.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + stored, e);
                }
                continue;
            }
            Path jar = jar(service);
            if (!Files.isRegularFile(jar)) {
                continue;
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(ENTRY);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        documents.put(service, (ObjectNode) mapper.readTree(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + jar, e);
            }
        }
        return documents;
    }
}

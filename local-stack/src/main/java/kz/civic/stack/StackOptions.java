package kz.civic.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack lives and which loopback ports it uses. Defaults follow architecture.md §5;
 * each port can be set through the environment ({@code GATEWAY_PORT}, {@code REGISTRY_PORT},
 * {@code FORUM_PORT}, {@code PROCUREMENT_PORT}, {@code PG_PORT}, {@code KAFKA_PORT}). With
 * {@code demoData} the services load their deterministic demo data sets on first start.
 */
public record StackOptions(Path repoRoot, Path dataDir, boolean fresh, boolean demoData, int gatewayPort, int registryPort,
        int forumPort, int procurementPort, int postgresPort, int kafkaPort, int kafkaControllerPort) {

    public static StackOptions fromEnvironment(Path repoRoot, boolean fresh, boolean demoData, Map<String, String> env) {
        int kafkaPort = port(env, "KAFKA_PORT", 19092);
        return new StackOptions(repoRoot, repoRoot.resolve(".data"), fresh, demoData,
                port(env, "GATEWAY_PORT", 8080), port(env, "REGISTRY_PORT", 8081), port(env, "FORUM_PORT", 8082),
                port(env, "PROCUREMENT_PORT", 8083), port(env, "PG_PORT", 15432), kafkaPort,
                port(env, "KAFKA_CONTROLLER_PORT", kafkaPort + 1));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not a port number");
        }
    }
}

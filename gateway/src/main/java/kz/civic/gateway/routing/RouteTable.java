package kz.civic.gateway.routing;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps a request path to the backend that serves it, by path prefix (the longest one wins). */
@Singleton
public class RouteTable {

    /** A backend as the proxy needs it. */
    public record Backend(String name, String host, int port, boolean ssl, Duration timeout) {
    }

    /** A path prefix and the backend that serves it. */
    public record Route(String prefix, Backend backend) {
    }

    private final List<Backend> backends = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(GatewayConfig config) {
        for (Map.Entry<String, GatewayConfig.Backend> e : config.backends().entrySet()) {
            Backend backend = backend(e.getKey(), e.getValue());
            backends.add(backend);
            for (String prefix : e.getValue().prefixes()) {
                routes.add(new Route(checkedPrefix(prefix), backend));
            }
        }
        routes.sort(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed());
    }

    /** All configured backends. */
    public List<Backend> backends() {
        return List.copyOf(backends);
    }

    /** The route serving {@code path}: a prefix matches the path itself or {@code prefix/...}. */
    public Optional<Route> match(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    private static Backend backend(String name, GatewayConfig.Backend config) {
        URI url = config.url();
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        String key = "gateway.backends." + name + ".url";
        if (!ssl && !"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException(key + " must be http(s)://host[:port], not " + url);
        }
        if (url.getRawPath() != null && !url.getRawPath().isEmpty() && !"/".equals(url.getRawPath())) {
            throw new IllegalArgumentException(key + " may not have a path: paths are forwarded unchanged");
        }
        int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
        return new Backend(name, url.getHost(), port, ssl, config.timeout());
    }

    private static String checkedPrefix(String prefix) {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("a gateway prefix starts with '/' and does not end with one: " + prefix);
        }
        return prefix;
    }
}

package kz.civic.gateway;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Checks a bearer token before anything is forwarded: signature, issuer, audience and expiry, as
 * configured under {@code mp.jwt.verify.*}. A request without a token passes as anonymous (the
 * services decide what anonymous may do); a valid token is forwarded unchanged and verified again
 * by the service. Other authorization schemes are left to the services.
 */
@Singleton
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final Vertx vertx;

    public BearerTokens(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    /**
     * Succeeds with {@code true} when the request may be forwarded, {@code false} when it carries a
     * bearer token that does not verify. Verification runs on a worker thread: the key may have to
     * be read from a file or fetched from a JWKS endpoint.
     */
    public Future<Boolean> accept(HttpServerRequest request) {
        List<String> values = request.headers().getAll(HttpHeaders.AUTHORIZATION);
        if (values.isEmpty()) {
            return Future.succeededFuture(true);
        }
        if (values.size() > 1) {
            return Future.succeededFuture(false);
        }
        String value = values.get(0);
        if (!value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Future.succeededFuture(true);
        }
        String token = value.substring(BEARER.length()).trim();
        return vertx.executeBlocking(() -> verifies(token), false);
    }

    private boolean verifies(String token) {
        try {
            parser.parse(token);
            return true;
        } catch (ParseException e) {
            LOG.debugf("bearer token rejected: %s", e.getMessage());
            return false;
        }
    }
}

package kz.civic.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.json.JsonString;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Checks a bearer token before anything is forwarded: signature, issuer, audience and expiry, as
 * configured under {@code mp.jwt.verify.*}. A request without a token passes as anonymous (the
 * services decide what anonymous may do); a valid token is forwarded unchanged and verified again
 * by the service. Other authorization schemes are left to the services.
 *
 * <p>The verified token also names the caller for the rate limiter: its {@code sub} (architecture
 * §7: the user or the machine client), or for a token without one its {@code client_id} or
 * {@code azp}. {@code azp} alone is not preferred over {@code sub}: every user of one browser app
 * shares it, and they would share one quota.
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
     * Succeeds with the caller: {@link Caller#REJECTED} when the request carries a bearer token that
     * does not verify (or more than one {@code Authorization} header), {@link Caller#ANONYMOUS}
     * without a bearer token. Verification runs on a worker thread: the key may have to be read
     * from a file or fetched from a JWKS endpoint.
     */
    public Future<Caller> identify(HttpServerRequest request) {
        List<String> values = request.headers().getAll(HttpHeaders.AUTHORIZATION);
        if (values.isEmpty()) {
            return Future.succeededFuture(Caller.ANONYMOUS);
        }
        if (values.size() > 1) {
            return Future.succeededFuture(Caller.REJECTED);
        }
        String value = values.get(0);
        if (!value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Future.succeededFuture(Caller.ANONYMOUS);
        }
        String token = value.substring(BEARER.length()).trim();
        return vertx.executeBlocking(() -> verify(token), false);
    }

    private Caller verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            return Stream.of(jwt.getSubject(), text(jwt.getClaim("client_id")), text(jwt.getClaim("azp")),
                            jwt.getName())
                    .filter(id -> id != null && !id.isBlank())
                    .findFirst()
                    .map(Caller::authenticated)
                    .orElse(Caller.ANONYMOUS);
        } catch (ParseException e) {
            LOG.debugf("bearer token rejected: %s", e.getMessage());
            return Caller.REJECTED;
        }
    }

    /** Custom claims come back as JSON values; a string claim's text is wanted, not its JSON form. */
    private static String text(Object claim) {
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        return claim == null ? null : claim.toString();
    }
}

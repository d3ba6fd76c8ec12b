package kz.civic.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import kz.civic.gateway.Problems;
import kz.civic.gateway.RequestIds;
import kz.civic.gateway.resilience.CircuitBreaker;
import org.jboss.logging.Logger;

/**
 * Sits in each backend's proxy: a backend that cannot be reached becomes 503, one that stays silent
 * past its timeout 504, any other failure before an answer 502, all as problem+json. Outcomes go to the
 * backend's circuit breaker, except where the client went away first (its request reset the backend stream: no
 * fault of the backend's, and logged at DEBUG, not WARN, since nobody is waiting for the answer). On the way back
 * it drops the backend's hop-by-hop headers, its {@code X-Request-Id} (the gateway already set one)
 * and anything naming its server software.
 */
final class UpstreamErrors implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamErrors.class);

    private final String backend;
    private final Problems problems;
    private final CircuitBreaker breaker;

    UpstreamErrors(String backend, Problems problems, CircuitBreaker breaker) {
        this.backend = backend;
        this.problems = problems;
        this.breaker = breaker;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest()
                .onSuccess(response -> breaker.succeeded())
                .recover(failure -> {
                    boolean clientGone = context.request().proxiedRequest().response().closed();
                    if (!clientGone) {
                        breaker.failed();
                    }
                    return Future.succeededFuture(problem(context, failure, clientGone));
                });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        context.response().headers()
                .remove(RequestIds.HEADER)
                .remove(HttpHeaders.CONNECTION)
                .remove(HttpHeaders.KEEP_ALIVE)
                .remove("Server")
                .remove("X-Powered-By");
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure, boolean clientGone) {
        HttpServerRequest request = context.request().proxiedRequest();
        Problems.Kind kind;
        String detail;
        if (failure instanceof Upstreams.UnreachableException) {
            kind = Problems.Kind.UPSTREAM_UNAVAILABLE;
            detail = backend + " is not reachable";
        } else if (failure instanceof TimeoutException) {
            kind = Problems.Kind.UPSTREAM_TIMEOUT;
            detail = backend + " did not answer in time";
        } else {
            kind = Problems.Kind.BAD_GATEWAY;
            detail = backend + " failed to answer";
        }
        LOG.logf(clientGone ? Logger.Level.DEBUG : Logger.Level.WARN, "%s %s -> %s: %s (%s) [requestId=%s]",
                request.method(), request.path(), backend, kind, failure.getMessage(), request.getHeader(RequestIds.HEADER));
        return context.request().release().response()
                .setStatusCode(kind.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, Problems.language(request).getLanguage())
                .setBody(Body.body(problems.body(request, kind, detail)));
    }
}

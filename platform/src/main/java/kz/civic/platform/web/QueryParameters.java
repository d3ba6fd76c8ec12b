package kz.civic.platform.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.problem.Problem;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An unknown query parameter is a 400, never silently ignored: {@code /calls?recommendationId=…} on an operation
 * that does not filter by it would otherwise answer everything as if it had. The names an operation takes are
 * those its resource method declares ({@code @QueryParam}/{@code @RestQuery} on its parameters, on fields of its
 * resource class, and inside {@code @BeanParam} classes), read by reflection once per method. No operation takes
 * free-form parameters.
 */
@Singleton
public class QueryParameters {

    private final ConcurrentMap<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> sent = names(request.getUriInfo().getRequestUri().getRawQuery());
        if (sent.isEmpty()) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, m -> declaredBy(resource.getResourceClass(), m));
        Set<String> unknown = new TreeSet<>(sent);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            List<Problem.FieldError> errors = unknown.stream()
                    .map(name -> new Problem.FieldError(name, "unknown query parameter")).toList();
            throw new ApiException(400, "validation", "unknown query parameter(s) " + unknown + "; this operation takes "
                    + (known.isEmpty() ? "none" : new TreeSet<>(known))).with("errors", errors);
        }
    }

    /** The parameter names of a raw query string, exactly as sent (case-sensitive, percent-decoded). */
    static Set<String> names(String rawQuery) {
        Set<String> names = new TreeSet<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return names;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!name.isEmpty()) {
                try {
                    names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The query parameter names a resource method takes. */
    static Set<String> declaredBy(Class<?> resourceClass, Method method) {
        Set<String> names = new TreeSet<>();
        if (resourceClass != null) {
            fieldsOf(resourceClass, names, 0);
        }
        for (Parameter p : method.getParameters()) {
            String name = queryName(p, p.getName());
            if (name != null) {
                names.add(name);
            } else if (p.isAnnotationPresent(BeanParam.class) || !p.getType().getName().startsWith("java")) {
                fieldsOf(p.getType(), names, 0);
            }
        }
        return Set.copyOf(names);
    }

    private static void fieldsOf(Class<?> type, Set<String> names, int depth) {
        if (depth > 3 || type.isPrimitive() || type.isArray() || type.getName().startsWith("java")) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                String name = queryName(f, f.getName());
                if (name != null) {
                    names.add(name);
                } else if (f.isAnnotationPresent(BeanParam.class)) {
                    fieldsOf(f.getType(), names, depth + 1);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                QueryParam q = m.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                }
            }
        }
    }

    private static String queryName(AnnotatedElement element, String javaName) {
        QueryParam q = element.getAnnotation(QueryParam.class);
        if (q != null) {
            return q.value();
        }
        RestQuery r = element.getAnnotation(RestQuery.class);
        if (r != null) {
            return r.value().isEmpty() ? javaName : r.value();
        }
        return null;
    }
}

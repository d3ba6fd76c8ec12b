package kz.civic.infra.testing;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The contract test of request bodies (issue 16): every property a request body schema of a service's OpenAPI
 * document lists must be one the server's Jackson deserializes for the resource method's body type, at every
 * nesting level. A property the server rejects (a Bean Validation helper such as {@code isTitleInKazakhOrRussian()}
 * published as {@code titleInKazakhOrRussian}) is reported; so is a request body the document lists that no
 * resource method takes, and a resource method body the document does not list.
 *
 * <p>Membership is checked by behaviour, not by introspection: {@code {"<property>": null}} is read with the
 * service's own {@code ObjectMapper}, and an unrecognized- or ignored-property failure means the server rejects
 * (or drops) that property. Properties marked {@code readOnly} (e.g. {@code displayName}) belong to answers and are
 * not checked.
 */
public final class RequestSchemas {

    private RequestSchemas() {
    }

    /**
     * Mismatches between {@code openApi} (the service's {@code /q/openapi?format=json}) and the resource classes
     * compiled next to {@code anyServiceClass}; empty when they agree.
     */
    public static List<String> mismatches(JsonNode openApi, ObjectMapper mapper, Class<?> anyServiceClass) {
        Checker checker = new Checker(openApi, mapper);
        Set<String> documented = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("requestBody") && bodySchema(op.getValue()).isPresent()) {
                documented.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        Set<String> seen = new TreeSet<>();
        for (Class<?> resource : resourceClasses(anyServiceClass)) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                Parameter body = verb == null ? null : bodyParameter(method);
                if (body == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(base, sub == null ? "" : sub.value());
                String operation = verb + " " + path;
                JsonNode op = openApi.path("paths").path(path).path(verb.toLowerCase());
                Optional<JsonNode> schema = bodySchema(op);
                if (schema.isEmpty()) {
                    if (!isJsonish(method)) {
                        continue;
                    }
                    checker.problems.add(operation + ": the method takes a " + body.getType().getSimpleName()
                            + " body the document does not describe");
                    continue;
                }
                seen.add(operation);
                checker.compare(operation, schema.get(), mapper.constructType(body.getParameterizedType()));
            }
        }
        documented.removeAll(seen);
        documented.forEach(op -> checker.problems.add(op + ": the document lists a request body no resource method takes"));
        return checker.problems;
    }

    private static final class Checker {
        final JsonNode doc;
        final ObjectMapper mapper;
        final List<String> problems = new ArrayList<>();
        final Set<String> compared = new HashSet<>();

        Checker(JsonNode doc, ObjectMapper mapper) {
            this.doc = doc;
            this.mapper = mapper;
        }

        void compare(String where, JsonNode schemaOrRef, JavaType type) {
            JsonNode schema = resolve(schemaOrRef);
            if (!compared.add(where + "|" + schema.toString().hashCode() + "|" + type)) {
                return;
            }
            if (type.isContainerType() && !type.isMapLikeType()) {
                if (schema.has("items")) {
                    compare(where + "[]", schema.get("items"), type.getContentType());
                }
                return;
            }
            if (type.isMapLikeType()) {
                if (schema.path("additionalProperties").isObject()) {
                    compare(where + "{}", schema.get("additionalProperties"), type.getContentType());
                }
                return;
            }
            JsonNode properties = schema.path("properties");
            if (!properties.isObject() || properties.isEmpty()) {
                return;
            }
            BeanDescription bean = mapper.getDeserializationConfig().introspect(type);
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (resolve(properties.get(name)).path("readOnly").asBoolean(false)
                        || properties.get(name).path("readOnly").asBoolean(false)) {
                    continue; // an answer's property (OpenAPI readOnly): clients do not send it
                }
                if (!accepted(type, name)) {
                    problems.add(where + ": property '" + name + "' of " + type.getRawClass().getSimpleName()
                            + " is in the schema but the server rejects it");
                    continue;
                }
                bean.findProperties().stream().filter(p -> p.getName().equals(name)).findFirst()
                        .map(BeanPropertyDefinition::getPrimaryType)
                        .ifPresent(t -> compare(where + "." + name, properties.get(name), t));
            }
            if (!accepted(type, "__no_such_property__")) {
                return;
            }
            problems.add(where + ": " + type.getRawClass().getSimpleName() + " accepts unknown properties, so this "
                    + "check cannot tell what the server reads");
        }

        /** True unless reading {@code {"name": null}} fails because the server does not read that property. */
        boolean accepted(JavaType type, String name) {
            try {
                mapper.readerFor(type).readValue(mapper.createObjectNode().putNull(name));
                return true;
            } catch (UnrecognizedPropertyException | IgnoredPropertyException e) {
                return false;
            } catch (IOException | RuntimeException e) {
                return true; // some other refusal of the null value: the property itself is known
            }
        }

        JsonNode resolve(JsonNode schema) {
            for (int i = 0; i < 10; i++) {
                if (schema.has("$ref")) {
                    String ref = schema.get("$ref").asText();
                    schema = doc.at(ref.substring(1));
                } else if (!schema.has("properties") && !schema.has("items") && schema.path("allOf").size() == 1) {
                    schema = schema.get("allOf").get(0);
                } else {
                    return schema;
                }
            }
            return schema;
        }
    }

    private static Optional<JsonNode> bodySchema(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> media = it.next();
            if (media.getKey().contains("json") && media.getValue().has("schema")) {
                return Optional.of(media.getValue().get("schema"));
            }
        }
        return Optional.empty();
    }

    private static boolean isJsonish(Method method) {
        jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(jakarta.ws.rs.Consumes.class);
        }
        return consumes == null || Stream.of(consumes.value()).anyMatch(v -> v.contains("json"));
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The parameter without a JAX-RS or RESTEasy annotation: the entity. */
    private static Parameter bodyParameter(Method method) {
        for (Parameter p : method.getParameters()) {
            boolean bound = Stream.of(p.getAnnotations()).map(a -> a.annotationType().getPackageName())
                    .anyMatch(pkg -> pkg.startsWith("jakarta.ws.rs") || pkg.startsWith("org.jboss.resteasy"));
            boolean context = p.getType().getName().startsWith("jakarta.ws.rs")
                    || p.getType().getName().startsWith("io.vertx") || p.getType().getName().startsWith("io.quarkus");
            if (!bound && !context) {
                return p;
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        path = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The classes annotated with {@code @Path} in the class-path root (directory) that holds {@code anyClass}. */
    private static List<Class<?>> resourceClasses(Class<?> anyClass) {
        java.nio.file.Path root = Paths.get("target", "classes").toAbsolutePath(); // the module's, under surefire
        String classFile = anyClass.getName().replace('.', '/') + ".class";
        java.net.URL url = anyClass.getClassLoader().getResource(classFile);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                String location = Paths.get(url.toURI()).toString();
                root = Paths.get(location.substring(0, location.length() - classFile.length()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String relative = root.relativize(file).toString();
                if (!relative.endsWith(".class") || relative.contains("$")) {
                    continue;
                }
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                Class<?> c;
                try {
                    c = Class.forName(name, false, anyClass.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (c.isAnnotationPresent(Path.class) && !Modifier.isAbstract(c.getModifiers())) {
                    classes.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no resource classes found under " + root);
        }
        return classes;
    }
}

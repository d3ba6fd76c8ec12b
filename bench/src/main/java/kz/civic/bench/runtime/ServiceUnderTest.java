package kz.civic.bench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One packaged service (its fast-jar) started as a child process, timed the way the Quarkus performance guide
 * measures start-up: from just before the process is created to the first successful answer, polling every
 * {@link #POLL_MS} ms; memory is the process's resident set from {@code /proc/<pid>/status}, never the heap.
 */
final class ServiceUnderTest implements AutoCloseable {

    /** The poll interval of the "curl loop": the error bar of a start-up figure is this much. */
    static final long POLL_MS = 10;
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final long startedNanos;

    private ServiceUnderTest(String name, int port, Path log, Process process, long startedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java <jvmFlags> -jar <jar>} with {@code env} on 127.0.0.1:{@code port}, logging to {@code log}. */
    static ServiceUnderTest start(String name, Path jar, List<String> jvmFlags, int port, Map<String, String> env,
            Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not packaged: " + jar + " is missing");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.getFileName().toString());
        // Run from the jar's directory: an AppCDS archive records the class path as Quarkus's build ran it
        // (quarkus-run.jar, relative) and is refused from anywhere else.
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        long t0 = System.nanoTime();
        try {
            return new ServiceUnderTest(name, port, log, builder.start(), t0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Polls {@code endpoint} and {@code /q/health/ready} every {@link #POLL_MS} ms until both have answered 200 once;
     * returns the milliseconds from process creation to each first 200.
     */
    Startup awaitFirstRequest(String endpoint, Duration timeout) {
        HttpRequest real = HttpRequest.newBuilder(URI.create(url(endpoint))).timeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).timeout(Duration.ofSeconds(5))
                .build();
        long deadline = startedNanos + timeout.toNanos();
        double firstRequestMs = -1;
        double readyMs = -1;
        while (firstRequestMs < 0 || readyMs < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not answer " + endpoint + " and /q/health/ready within "
                        + timeout.toSeconds() + " s; see " + log);
            }
            long before = System.nanoTime();
            if (firstRequestMs < 0 && ok(real)) {
                firstRequestMs = millisSinceStart();
            }
            if (readyMs < 0 && ok(ready)) {
                readyMs = millisSinceStart();
            }
            long spent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
            sleep(Math.max(0, POLL_MS - spent));
        }
        return new Startup(firstRequestMs, readyMs, quarkusStartedInMs());
    }

    /** Times from process creation to the first successful request and to readiness; Quarkus's own figure. */
    record Startup(double firstRequestMs, double readyMs, double quarkusStartedInMs) {
    }

    private double millisSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    private static boolean ok(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The "started in N s" of Quarkus's start-up log line (from the JVM's start, as Quarkus counts), or -1. */
    private double quarkusStartedInMs() {
        try {
            Matcher m = STARTED_IN.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return m.find() ? Double.parseDouble(m.group(1)) * 1000 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Resident set size now, in MiB ({@code VmRSS}). */
    double rssMb() {
        return statusKb("VmRSS") / 1024.0;
    }

    /** Peak resident set size so far, in MiB ({@code VmHWM}). */
    double peakRssMb() {
        return statusKb("VmHWM") / 1024.0;
    }

    private long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the status of " + name + " (pid " + pid() + ")", e);
        }
        throw new IllegalStateException("no " + field + " in /proc/" + pid() + "/status");
    }

    /** SIGTERM, then SIGKILL if it is still there after 15 s. */
    @Override
    public void close() {
        ProcessHandle handle = process.toHandle();
        handle.destroy();
        try {
            handle.onExit().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            handle.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

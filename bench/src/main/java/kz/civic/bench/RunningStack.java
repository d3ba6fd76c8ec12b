package kz.civic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.civic.stack.Tokens;

/**
 * The stack of one scale, running in a {@link StackProcess} child JVM: its ports, tokens, a JDBC connection to a
 * service database, and {@link #pin} to move it (services, Kafka, PostgreSQL and its backends) onto the system core.
 */
final class RunningStack implements AutoCloseable {

    final int gateway;
    final int registry;
    final int forum;
    final int procurement;
    final int postgres;
    final Tokens tokens;
    private final Process process;
    private final Path dataDir;

    private RunningStack(Process process, Path dataDir, JsonNode ports) {
        this.process = process;
        this.dataDir = dataDir;
        this.gateway = ports.get("gateway").asInt();
        this.registry = ports.get("registry").asInt();
        this.forum = ports.get("forum").asInt();
        this.procurement = ports.get("procurement").asInt();
        this.postgres = ports.get("postgres").asInt();
        this.tokens = new Tokens(Path.of(ports.get("signingKey").asText()));
    }

    /**
     * Starts the stack on {@code dataDir} (loading the demo data if it is not there yet) on both cores, so that it
     * starts as fast as it can; {@link #pin} moves it afterwards. The benchmark's environment goes to the children:
     * the gateway's rate limits are off (bench/run), everything else is as deployed.
     */
    static RunningStack start(Path repoRoot, Path dataDir, boolean fresh, Path log) {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "0-1",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), StackProcess.class.getName(),
                repoRoot.toString(), dataDir.toString()));
        if (fresh) {
            command.add("--fresh");
        }
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("STACK ")) {
                    return new RunningStack(p, dataDir, new ObjectMapper().readTree(line.substring(6)));
                }
            }
            throw new IllegalStateException("the stack did not start; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pins every process of the stack (and the threads they already have) to {@code cpu}. */
    void pin(String cpu) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.toHandle().descendants().forEach(all::add);
        ProcessHandle.of(postmasterPid()).ifPresent(pm -> {
            all.add(pm);
            pm.descendants().forEach(all::add);
        });
        for (ProcessHandle h : all) {
            Shell.quietly("taskset", "-a", "-p", "-c", cpu, Long.toString(h.pid()));
        }
    }

    /** The service JVMs (name → pid), for JFR. */
    Map<String, Long> servicePids() {
        Map<String, Long> pids = new java.util.TreeMap<>();
        process.toHandle().children().forEach(h -> h.info().arguments().ifPresent(args -> {
            for (String a : args) {
                if (a.endsWith("quarkus-run.jar")) {
                    pids.put(Path.of(a).getParent().getParent().getParent().getFileName().toString(), h.pid());
                }
            }
        }));
        return pids;
    }

    private long postmasterPid() {
        try (Stream<Path> files = Files.walk(dataDir.resolve("postgres"), 2)) {
            Path pidFile = files.filter(f -> f.getFileName().toString().equals("postmaster.pid")).findFirst().orElseThrow();
            return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Connection jdbc(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres + "/" + database, "postgres",
                "postgres");
    }

    String token(String role) {
        return tokens.mint("bench-" + role, role, Map.of(), Duration.ofHours(3));
    }

    /** Closes the child's stdin: it stops the stack and exits. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

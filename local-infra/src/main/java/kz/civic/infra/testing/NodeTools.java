package kz.civic.infra.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Node.js tools the build's checks use (Spectral in the gateway, the TypeScript compiler in e2e-tests): an npm
 * package installed once into a directory under the module's {@code target}, then run as a process. A machine
 * without npm cannot run them: callers ask {@link #npmAvailable()} and skip their test (JUnit's assumptions).
 */
public final class NodeTools {

    /** A finished process: its exit code and its output (stdout and stderr, interleaved). */
    public record Run(int exitCode, String output) {
    }

    private NodeTools() {
    }

    /** Whether {@code npm} (and so {@code node}) is on the {@code PATH}. */
    public static boolean npmAvailable() {
        return onPath("npm");
    }

    /**
     * The executable {@code node_modules/.bin/<binary>} of {@code home}, after {@code npm install
     * <packageSpec>} into {@code home} unless the executable is already there.
     */
    public static synchronized Path install(Path home, String packageSpec, String binary)
            throws IOException, InterruptedException {
        Path executable = home.resolve("node_modules/.bin").resolve(binary);
        if (Files.isExecutable(executable)) {
            return executable;
        }
        Files.createDirectories(home);
        Run install = run(List.of("npm", "install", "--prefix", home.toString(), "--no-audit", "--no-fund",
                "--loglevel=error", "--prefer-offline", packageSpec), home, Map.of(), Duration.ofMinutes(10));
        if (install.exitCode() != 0 || !Files.isExecutable(executable)) {
            throw new IllegalStateException("npm install " + packageSpec + " into " + home + " failed ("
                    + install.exitCode() + "): " + install.output());
        }
        return executable;
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added to this JVM's; fails when it takes
     * longer than {@code timeout}. The exit code is the caller's to judge.
     */
    public static Run run(List<String> command, Path directory, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("node-tools", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + timeout);
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}

package kz.civic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs a command to completion and returns its output (stdout and stderr together). */
final class Shell {

    private Shell() {
    }

    static String run(List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + code + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String run(String... command) {
        return run(List.of(command), Map.of());
    }

    /** Like {@link #run(String...)} but never throws: the output, or the failure's message. */
    static String quietly(String... command) {
        try {
            return run(command).strip();
        } catch (RuntimeException e) {
            return "(" + e.getMessage().strip() + ")";
        }
    }
}

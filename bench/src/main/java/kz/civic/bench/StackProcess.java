package kz.civic.bench;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import kz.civic.infra.FreePorts;
import kz.civic.stack.LocalStack;
import kz.civic.stack.StackOptions;

/**
 * The system under test in its own JVM, so that {@link Bench} can pin it (and everything it starts) to another
 * core than the load generator: starts {@link LocalStack} on free loopback ports with the data in {@code args[1]},
 * prints one {@code STACK {json}} line with the ports, and runs until stdin closes or the process is terminated.
 *
 * <pre>java kz.civic.bench.StackProcess REPO_ROOT DATA_DIR [--fresh]</pre>
 */
public final class StackProcess {

    private StackProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path data = Path.of(args[1]).toAbsolutePath();
        boolean fresh = args.length > 2 && args[2].equals("--fresh");
        int kafka = FreePorts.pick();
        StackOptions options = new StackOptions(root, data, fresh, true, FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), kafka, FreePorts.pick());
        LocalStack stack = LocalStack.start(options, System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }));
        System.out.printf("STACK {\"gateway\":%d,\"registry\":%d,\"forum\":%d,\"procurement\":%d,\"postgres\":%d,"
                + "\"signingKey\":\"%s\",\"pid\":%d}%n", options.gatewayPort(), options.registryPort(), options.forumPort(),
                options.procurementPort(), options.postgresPort(), stack.signingKey(), ProcessHandle.current().pid());
        System.out.flush();
        // the parent closes our stdin to stop us (also when it dies)
        while (System.in.read() >= 0) {
            // ignore input
        }
        System.exit(0);
    }
}

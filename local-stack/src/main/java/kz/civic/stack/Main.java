package kz.civic.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code ./run}.
 *
 * <pre>
 * ./run [--fresh] [--no-demo-data]        start everything (with demo data unless told not to); Ctrl-C stops it
 * ./run token ROLE [--sub ID] [--ngo-id UUID] [--agency-id UUID] [--hours N]
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("civic.root", ".")).toAbsolutePath().normalize();
        int status = execute(root, List.of(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line; returns the exit status: 0, 2 for help or a usage error (the usage printed on
     * {@code err}, nothing on {@code out}), 1 for a failure.
     */
    static int execute(Path root, List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        try {
            LauncherArguments command = LauncherArguments.parse(args);
            if (command instanceof LauncherArguments.Token t) {
                out.println(token(root, t));
            } else if (command instanceof LauncherArguments.Start s) {
                run(StackOptions.fromEnvironment(root, s.fresh(), s.demoData(), System.getenv()));
            }
            return 0;
        } catch (LauncherArguments.UsageException e) {
            if (e.getMessage() != null) {
                err.println("✗ " + e.getMessage());
            }
            err.print(LauncherArguments.USAGE);
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("✗ " + e.getMessage());
            return 1;
        }
    }

    private static void run(StackOptions options) throws InterruptedException {
        System.out.println("Starting the civic platform (data in " + options.dataDir() + ")");
        LocalStack stack = LocalStack.start(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-stack-stop"));
        System.out.println();
        System.out.println("Gateway:      " + stack.gatewayUrl());
        System.out.println("Swagger UI:   " + stack.gatewayUrl() + "/swagger-ui (all services; document at "
                + stack.gatewayUrl() + "/openapi)");
        System.out.println("Logs:         " + options.dataDir().resolve("logs"));
        System.out.println("Token:        ./run token registrar   (roles: " + String.join(" ", Tokens.ROLES) + ")");
        System.out.println("Try:          curl -s " + stack.gatewayUrl() + "/api/v1/ngos");
        System.out.println("Press Ctrl-C to stop everything.");
        stopped.await();
    }

    private static String token(Path root, LauncherArguments.Token t) {
        Path key = root.resolve(".data/keys").resolve(kz.civic.infra.LocalKeys.PRIVATE_KEY_FILE);
        if (!key.toFile().isFile()) {
            kz.civic.infra.LocalKeys.ensure(root.resolve(".data/keys"));
        }
        return new Tokens(key).mint(t.subject(), t.role(), t.claims(), t.lifetime());
    }
}

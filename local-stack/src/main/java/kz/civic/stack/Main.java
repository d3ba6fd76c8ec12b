package kz.civic.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<String> arguments = List.of(args);
        try {
            if (!arguments.isEmpty() && arguments.get(0).equals("token")) {
                System.out.println(token(root, arguments.subList(1, arguments.size())));
                return;
            }
            run(StackOptions.fromEnvironment(root, arguments.contains("--fresh"), !arguments.contains("--no-demo-data"),
                    System.getenv()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
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
        System.out.println("Token:        ./run token registrar   (roles: registrar ngo forum-secretariat agency "
                + "procurement-officer commission-member analyst admin)");
        System.out.println("Try:          curl -s " + stack.gatewayUrl() + "/api/v1/ngos");
        System.out.println("Press Ctrl-C to stop everything.");
        stopped.await();
    }

    static String token(Path root, List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("usage: ./run token ROLE [--sub ID] [--ngo-id UUID] [--agency-id UUID] [--hours N]");
        }
        String role = args.get(0);
        String subject = "local-" + role;
        long hours = 8;
        Map<String, String> claims = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--sub" -> subject = args.get(i + 1);
                case "--ngo-id" -> claims.put("ngoId", args.get(i + 1));
                case "--agency-id" -> claims.put("agencyId", args.get(i + 1));
                case "--hours" -> hours = Long.parseLong(args.get(i + 1));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        Path key = root.resolve(".data/keys").resolve(kz.civic.infra.LocalKeys.PRIVATE_KEY_FILE);
        if (!key.toFile().isFile()) {
            kz.civic.infra.LocalKeys.ensure(root.resolve(".data/keys"));
        }
        return new Tokens(key).mint(subject, role, claims, Duration.ofHours(hours));
    }
}

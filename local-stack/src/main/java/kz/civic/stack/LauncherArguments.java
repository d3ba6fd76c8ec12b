package kz.civic.stack;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The command line of {@code ./run}, parsed before anything is started or minted: help, an unknown option, an
 * unknown role or a malformed value is a {@link UsageException}, so {@code TOKEN=$(./run token --help)} fails
 * instead of capturing a token.
 */
sealed interface LauncherArguments {

    String USAGE = """
            usage: ./run [--fresh] [--no-demo-data]
                     start PostgreSQL, Kafka, the three services and the gateway; Ctrl-C stops everything
                     --fresh         wipe .data/ first
                     --no-demo-data  start with an empty register and no demo forum or funding cycle
                   ./run token ROLE [--sub ID] [--ngo-id UUID] [--agency-id UUID] [--hours N]
                     print a JWT signed with the local key (.data/keys/)
                     ROLE            one of %s
                     --sub ID        the token's subject (default local-ROLE)
                     --ngo-id UUID   bind an ngo token to an NGO
                     --agency-id UUID  bind an agency token to a government body
                     --hours N       lifetime in hours, 1 to 8760 (default 8)
            """.formatted(String.join(", ", Tokens.ROLES));

    /** Start the stack. */
    record Start(boolean fresh, boolean demoData) implements LauncherArguments {
    }

    /** Mint a token. */
    record Token(String role, String subject, Map<String, String> claims, Duration lifetime) implements LauncherArguments {
    }

    /** Asked for help, or a command line that means nothing: print the usage and exit non-zero. */
    final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }

    static LauncherArguments parse(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            throw new UsageException(null);
        }
        if (!args.isEmpty() && args.get(0).equals("token")) {
            return token(args.subList(1, args.size()));
        }
        for (String arg : args) {
            if (!arg.equals("--fresh") && !arg.equals("--no-demo-data")) {
                throw new UsageException("unknown argument " + arg);
            }
        }
        return new Start(args.contains("--fresh"), !args.contains("--no-demo-data"));
    }

    private static Token token(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("token needs a ROLE");
        }
        String role = args.get(0);
        if (!Tokens.ROLES.contains(role)) {
            throw new UsageException("unknown role " + role);
        }
        String subject = "local-" + role;
        long hours = 8;
        Map<String, String> claims = new LinkedHashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 == args.size()) {
                throw new UsageException(option + " needs a value");
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--sub" -> subject = value;
                case "--ngo-id" -> claims.put("ngoId", uuid(option, value));
                case "--agency-id" -> claims.put("agencyId", uuid(option, value));
                case "--hours" -> hours = hours(value);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        return new Token(role, subject, claims, Duration.ofHours(hours));
    }

    private static String uuid(String option, String value) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + value + " is not a UUID");
        }
    }

    private static long hours(String value) {
        try {
            long hours = Long.parseLong(value);
            if (hours >= 1 && hours <= 8760) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--hours " + value + " is not a number of hours from 1 to 8760");
    }
}

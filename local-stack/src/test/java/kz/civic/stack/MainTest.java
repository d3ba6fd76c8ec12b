package kz.civic.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./run}'s command line (issue 16 item 15): help and mistakes print the usage and exit non-zero, mint nothing. */
class MainTest {

    @TempDir
    Path root;

    private record Outcome(int status, String out, String err) {
    }

    private Outcome run(String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(root, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void assertUsage(Outcome o, String message) {
        assertEquals(2, o.status(), o::toString);
        assertEquals("", o.out(), "nothing on stdout, so $(./run token …) captures no token");
        assertTrue(o.err().contains("usage: ./run"), o::toString);
        assertTrue(o.err().contains(message), () -> "expected '" + message + "' in " + o.err());
        assertFalse(Files.exists(root.resolve(".data")), "nothing written");
    }

    @Test
    void helpPrintsTheUsageAndExitsNonZero() throws InterruptedException {
        assertUsage(run("token", "--help"), "forum-secretariat");
        assertUsage(run("token", "-h"), "--ngo-id UUID");
        assertUsage(run("token", "ngo", "--help"), "usage");
        assertUsage(run("--help"), "--no-demo-data");
    }

    @Test
    void anUnknownRoleOrOptionIsAUsageError() throws InterruptedException {
        assertUsage(run("token", "wizard"), "unknown role wizard");
        assertUsage(run("token"), "token needs a ROLE");
        assertUsage(run("token", "ngo", "--ngoid", "7b0c0000-0000-0000-0000-000000000001"), "unknown option --ngoid");
        assertUsage(run("token", "ngo", "--ngo-id"), "--ngo-id needs a value");
        assertUsage(run("token", "ngo", "--ngo-id", "42"), "--ngo-id 42 is not a UUID");
        assertUsage(run("token", "analyst", "--hours", "0"), "--hours 0 is not a number of hours");
        assertUsage(run("token", "analyst", "--hours", "eight"), "--hours eight");
        assertUsage(run("--frsh"), "unknown argument --frsh");
    }

    @Test
    void aKnownRoleGetsATokenWithItsClaims() throws InterruptedException {
        String ngoId = "7b0c0000-0000-0000-0000-000000000001";
        Outcome o = run("token", "ngo", "--ngo-id", ngoId, "--sub", "aigul", "--hours", "2");
        assertEquals(0, o.status(), o::toString);
        assertEquals("", o.err());
        String[] parts = o.out().strip().split("\\.");
        assertEquals(3, parts.length, o.out());
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"groups\":[\"ngo\"]"), payload);
        assertTrue(payload.contains("\"ngoId\":\"" + ngoId + "\""), payload);
        assertTrue(payload.contains("\"sub\":\"aigul\""), payload);
        assertTrue(Files.isRegularFile(root.resolve(".data/keys").resolve(kz.civic.infra.LocalKeys.PRIVATE_KEY_FILE)));
    }

    @Test
    void everyRoleOfTheSecurityModelIsAccepted() {
        for (String role : Tokens.ROLES) {
            assertTrue(LauncherArguments.parse(List.of("token", role)) instanceof LauncherArguments.Token t
                    && t.role().equals(role) && t.subject().equals("local-" + role), role);
        }
        assertEquals(new LauncherArguments.Start(true, false), LauncherArguments.parse(List.of("--fresh", "--no-demo-data")));
        assertEquals(new LauncherArguments.Start(false, true), LauncherArguments.parse(List.of()));
    }
}

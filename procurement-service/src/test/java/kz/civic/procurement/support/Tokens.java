package kz.civic.procurement.support;

import io.smallrye.jwt.build.Jwt;
import java.util.UUID;

/** Bearer tokens signed with the test key of {@code InfraTestResource}. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String role) {
        return Jwt.subject("user-" + role).groups(role).audience("civic-api").sign();
    }

    public static String officer() {
        return of("procurement-officer");
    }

    /** A {@code commission-member} token of member {@code sub}. */
    public static String member(String sub) {
        return Jwt.subject(sub).groups("commission-member").audience("civic-api").sign();
    }

    /** An {@code ngo} token bound to {@code ngoId}. */
    public static String ngo(UUID ngoId) {
        return Jwt.subject("ngo-user-" + ngoId).groups("ngo").claim("ngoId", ngoId.toString()).audience("civic-api").sign();
    }
}

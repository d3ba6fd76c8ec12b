package kz.civic.forum.support;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test key of {@code InfraTestResource}. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String role) {
        return Jwt.subject("user-" + role).groups(role).audience("civic-api").sign();
    }

    /** An {@code agency} token bound to government body {@code agencyId}. */
    public static String agency(Object agencyId) {
        return Jwt.subject("user-agency-" + agencyId).groups("agency").claim("agencyId", agencyId.toString())
                .audience("civic-api").sign();
    }

    /** An {@code ngo} token bound to {@code ngoId}. */
    public static String ngo(Object ngoId) {
        return Jwt.subject("user-ngo-" + ngoId).groups("ngo").claim("ngoId", ngoId.toString()).audience("civic-api").sign();
    }

    public static String secretariat() {
        return of("forum-secretariat");
    }
}

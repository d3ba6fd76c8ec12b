package kz.civic.forum.support;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test key of {@code InfraTestResource}. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String role) {
        return Jwt.subject("user-" + role).groups(role).audience("civic-api").sign();
    }

    public static String secretariat() {
        return of("forum-secretariat");
    }
}

package kz.civic.gateway;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Tokens the gateway accepts, signed with the key {@link FakeBackends} generated. */
public final class TestTokens {

    private TestTokens() {
    }

    public static JwtClaimsBuilder claims(String subject) {
        return Jwt.issuer(FakeBackends.ISSUER).audience(FakeBackends.AUDIENCE).subject(subject).groups("ngo")
                .expiresIn(300);
    }

    public static String signed(String subject) {
        return claims(subject).sign();
    }
}

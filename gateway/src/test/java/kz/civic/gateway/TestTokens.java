package kz.civic.gateway;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Tokens the gateway accepts, signed with the key {@link FakeBackends} generated. */
final class TestTokens {

    private TestTokens() {
    }

    static JwtClaimsBuilder claims(String subject) {
        return Jwt.issuer(FakeBackends.ISSUER).audience(FakeBackends.AUDIENCE).subject(subject).groups("ngo")
                .expiresIn(300);
    }

    static String signed(String subject) {
        return claims(subject).sign();
    }
}

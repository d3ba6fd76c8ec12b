package kz.civic.procurement.demo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The people the demo acts as: the procurement officer, each applicant NGO (a token bound to it by the
 * {@code ngoId} claim) and the commission members. The loader runs on its own thread, so it sets the
 * request context's identity before each step and the services' {@code Caller} checks run as for a
 * request with that token.
 */
@ApplicationScoped
public class DemoActors {

    /** {@code sub} of the demo's procurement officer; the plans it created mark the demo as loaded. */
    public static final String OFFICER = "demo-procurement-officer";

    private final CurrentIdentityAssociation identities;

    public DemoActors(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    void officer() {
        act(OFFICER, Roles.PROCUREMENT_OFFICER, Map.of());
    }

    void ngo(UUID ngoId) {
        act("demo-ngo-" + ngoId, Roles.NGO, Map.of(Roles.NGO_ID_CLAIM, ngoId.toString()));
    }

    void member(String memberId) {
        act(memberId, Roles.COMMISSION_MEMBER, Map.of());
    }

    private void act(String sub, String role, Map<String, Object> claims) {
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new Token(sub, claims)).addRole(role).build());
    }

    /** A bearer token's claims, as the JWT layer would have put them in the identity. */
    record Token(String sub, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return sub;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) ("sub".equals(name) ? sub : claims.get(name));
        }
    }
}

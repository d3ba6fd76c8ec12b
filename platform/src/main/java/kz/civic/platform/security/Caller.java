package kz.civic.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for object-level checks in services: roles, the {@code sub}, and the
 * {@code ngoId} / {@code agencyId} claims that bind a token to one NGO or one government body.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** {@code sub} of the token, or {@code anonymous}. */
    public String id() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** A string claim of the bearer token. */
    public Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
        }
        return Optional.empty();
    }

    /** True when the caller has role {@code ngo} and its token is bound to this NGO. */
    public boolean representsNgo(Object ngoId) {
        return identity.hasRole(Roles.NGO) && claim(Roles.NGO_ID_CLAIM).map(ngoId.toString()::equals).orElse(false);
    }

    /** True when the caller has role {@code agency} and its token is bound to this government body. */
    public boolean representsAgency(Object agencyId) {
        return identity.hasRole(Roles.AGENCY) && claim(Roles.AGENCY_ID_CLAIM).map(agencyId.toString()::equals).orElse(false);
    }
}

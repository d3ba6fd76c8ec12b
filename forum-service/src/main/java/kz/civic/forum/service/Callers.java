package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;

/** Who is acting, for object-level checks: forum staff, or the government body an agency token is bound to. */
@ApplicationScoped
public class Callers {

    private final Caller caller;

    public Callers(Caller caller) {
        this.caller = caller;
    }

    /** The forum secretariat or an admin: they act on behalf of anyone. */
    public boolean isStaff() {
        return caller.hasAnyRole(Roles.FORUM_SECRETARIAT, Roles.ADMIN);
    }

    /** {@code sub} of the token. */
    public String id() {
        return caller.id();
    }

    /**
     * The government body of an {@code agency} token.
     *
     * @throws ApiException 403 when the token has no (valid) {@code agencyId} claim
     */
    public UUID agencyId() {
        return caller.claim(Roles.AGENCY_ID_CLAIM).map(Callers::uuid)
                .orElseThrow(() -> forbidden("agency-not-bound", "the token is not bound to a government body (claim agencyId)"));
    }

    /**
     * The NGO of an {@code ngo} token.
     *
     * @throws ApiException 403 when the token has no (valid) {@code ngoId} claim
     */
    public UUID ngoId() {
        return caller.claim(Roles.NGO_ID_CLAIM).map(Callers::uuid)
                .orElseThrow(() -> forbidden("ngo-not-bound", "the token is not bound to an NGO (claim ngoId)"));
    }

    /** True when the caller is an {@code ngo} token bound to {@code ngoId}. */
    public boolean representsNgo(UUID ngoId) {
        return caller.representsNgo(ngoId);
    }

    static ApiException forbidden(String slug, String detail) {
        return new ApiException(403, slug, detail);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

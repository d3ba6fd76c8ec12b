package kz.civic.platform.security;

/**
 * Role names of architecture.md §7, carried in the MicroProfile JWT {@code groups} claim. Tokens
 * bind an NGO representative to one NGO ({@link #NGO_ID_CLAIM}) and an agency user to one
 * government body ({@link #AGENCY_ID_CLAIM}); the audience is {@link #AUDIENCE}.
 */
public final class Roles {

    public static final String REGISTRAR = "registrar";
    public static final String NGO = "ngo";
    public static final String FORUM_SECRETARIAT = "forum-secretariat";
    public static final String AGENCY = "agency";
    public static final String PROCUREMENT_OFFICER = "procurement-officer";
    public static final String COMMISSION_MEMBER = "commission-member";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    public static final String NGO_ID_CLAIM = "ngoId";
    public static final String AGENCY_ID_CLAIM = "agencyId";
    public static final String AUDIENCE = "civic-api";

    private Roles() {
    }
}

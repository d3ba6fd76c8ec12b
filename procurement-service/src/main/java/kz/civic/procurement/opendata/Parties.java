package kz.civic.procurement.opendata;

import java.util.UUID;
import kz.civic.procurement.GovernmentBodyReplica;
import kz.civic.procurement.NgoReplica;

/**
 * Organisation identifiers of open data: {@code KZ-BIN-<bin>} (org-id.guide scheme KZ-BIN) for every
 * organisation with a BIN. Legacy NGOs registered without a BIN, and government bodies whose BIN the
 * replica does not hold yet, get an id in the publisher's own namespace ({@code <prefix>-ngo-<registry id>},
 * {@code <prefix>-body-<registry id>}), which is stable but not an external register's.
 */
public final class Parties {

    public static final String BIN_SCHEME = "KZ-BIN";

    private Parties() {
    }

    public static String id(NgoReplica ngo, UUID ngoId, String prefix) {
        return ngo != null && ngo.bin != null ? BIN_SCHEME + "-" + ngo.bin : prefix + "-ngo-" + ngoId;
    }

    public static String id(GovernmentBodyReplica body, UUID bodyId, String prefix) {
        return body != null && body.bin != null ? BIN_SCHEME + "-" + body.bin : prefix + "-body-" + bodyId;
    }

    /** The name in Russian, else Kazakh, else English, else the id. */
    public static String name(String ru, String kk, String en, String fallback) {
        return ru != null ? ru : kk != null ? kk : en != null ? en : fallback;
    }

    public static String name(NgoReplica ngo, String fallback) {
        return ngo == null ? fallback : name(ngo.nameRu, ngo.nameKk, ngo.nameEn, fallback);
    }

    public static String name(GovernmentBodyReplica body, String fallback) {
        return body == null ? fallback : name(body.nameRu, body.nameKk, body.nameEn, fallback);
    }
}

package kz.civic.procurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;
import kz.civic.procurement.Instrument;

/** How procurement publishes open data ({@code procurement.open-data.*}; environment {@code PROCUREMENT_OPEN_DATA_*}). */
@ConfigMapping(prefix = "procurement.open-data")
public interface OpenDataConfig {

    /**
     * The OCDS ocid prefix ({@code ocds-} and six characters). A real publisher registers its own with the
     * Open Contracting Partnership; the default is a placeholder for local and test use only.
     */
    @WithDefault("ocds-kzcvc0")
    String ocidPrefix();

    /** The 360Giving publisher prefix of grant ids (and of ids of recipients without a BIN); a real publisher gets one from 360Giving. */
    @WithDefault("360G-kzcivic")
    String threeSixtyGivingPrefix();

    /** The publisher named in every package. */
    @WithDefault("Civil society platform of the Republic of Kazakhstan (procurement-service)")
    String publisherName();

    /** The publisher's web address. */
    Optional<String> publisherUri();

    /** The licence of the published data (an Open Definition conformant licence). */
    @WithDefault("https://creativecommons.org/licenses/by/4.0/")
    String license();

    /** The address of the publication policy (OCDS publicationPolicy). */
    @WithDefault("https://civic.local/open-data/publication-policy")
    String publicationPolicy();

    /** Instruments whose awards are published as 360Giving grants (state orders for services are procurement, OCDS only). */
    @WithDefault("STATE_GRANT,NGO_AWARD")
    Set<Instrument> threeSixtyGivingInstruments();
}

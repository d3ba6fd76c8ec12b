package kz.civic.registry.rest;

import java.time.LocalDate;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.Ngo;

/** Public view of an NGO (no personal data). */
public record NgoResponse(UUID id, String bin, boolean legacy, LocalizedText names, String shortName, String legalForm,
        boolean eligibleForStateNgoFunding, String regionCode, LocalDate registrationDate, String status, long version) {

    public static NgoResponse of(Ngo n) {
        return new NgoResponse(n.id, n.bin, n.legacy, new LocalizedText(n.nameKk, n.nameRu, n.nameEn), n.shortName,
                n.legalForm.name(), n.legalForm.eligibleForStateNgoFunding(), n.regionCode, n.registrationDate,
                n.status.name(), n.version);
    }
}

package kz.civic.registry.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.LegalForm;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoPerson;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.report.Compliance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An NGO as the API shows it. {@code leader} and {@code founders} (personal data) are filled only
 * for the registry and the NGO itself; everyone else gets the public fields.
 */
@Schema(name = "NgoResponse", description = "An NGO's register entry as the API shows it")
public record NgoResponse(UUID id,
        @Schema(nullable = true, description = "absent only for a legacy record") String bin,
        boolean legacy, LocalizedText names,
        @Schema(nullable = true) String shortName,
        List<String> aliases,
        LegalForm legalForm, boolean eligibleForStateNgoFunding, String regionCode, LocalDate registrationDate,
        @Schema(nullable = true, description = "head organisation of a branch or representative office") UUID parentNgoId,
        @Schema(nullable = true) String address,
        @Schema(nullable = true) String settlement,
        @Schema(nullable = true, description = "absent when no contact is recorded") NgoRequest.Contacts contacts,
        Set<String> spheres,
        @Schema(nullable = true) Integer volunteersCount,
        @Schema(nullable = true) Integer beneficiariesCount,
        NgoStatus status,
        @Schema(nullable = true, description = "personal data: only for the registry and the NGO itself")
        NgoRequest.Person leader,
        @Schema(nullable = true, description = "personal data: only for the registry and the NGO itself")
        List<NgoRequest.Person> founders,
        Compliance compliance, long version) {

    public static NgoResponse of(Ngo n, boolean withPersons) {
        NgoRequest.Person leader = null;
        List<NgoRequest.Person> founders = null;
        if (withPersons) {
            leader = n.persons.stream().filter(p -> p.role == NgoPerson.Role.LEADER).findFirst()
                    .map(NgoResponse::person).orElse(null);
            founders = n.persons.stream().filter(p -> p.role == NgoPerson.Role.FOUNDER).map(NgoResponse::person).toList();
        }
        NgoRequest.Contacts contacts = n.contactEmail == null && n.contactPhone == null && n.website == null ? null
                : new NgoRequest.Contacts(n.contactEmail, n.contactPhone, n.website);
        return new NgoResponse(n.id, n.bin, n.legacy, new LocalizedText(n.nameKk, n.nameRu, n.nameEn), n.shortName,
                List.of(n.aliases), n.legalForm, n.legalForm.eligibleForStateNgoFunding(), n.regionCode,
                n.registrationDate, n.parentNgoId, n.address, n.settlement, contacts, Set.copyOf(n.spheres),
                n.volunteersCount, n.beneficiariesCount, n.status, leader, founders, Compliance.of(n), n.version);
    }

    /** Public fields only. */
    public static NgoResponse of(Ngo n) {
        return of(n, false);
    }

    private static NgoRequest.Person person(NgoPerson p) {
        return new NgoRequest.Person(p.fullName, p.iin);
    }
}

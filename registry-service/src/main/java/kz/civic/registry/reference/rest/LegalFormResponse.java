package kz.civic.registry.reference.rest;

import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.LegalForm;
import kz.civic.registry.reference.LegalFormEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalFormDetails", description = "A non-profit legal form and whether it may receive state NGO funding")
public record LegalFormResponse(@Schema(examples = "PUBLIC_FOUNDATION") LegalForm code, LocalizedText names,
        boolean eligibleForStateNgoFunding) {

    public static LegalFormResponse of(LegalFormEntry f) {
        return new LegalFormResponse(LegalForm.valueOf(f.code), new LocalizedText(f.nameKk, f.nameRu, f.nameEn), f.eligibleForStateNgoFunding);
    }
}

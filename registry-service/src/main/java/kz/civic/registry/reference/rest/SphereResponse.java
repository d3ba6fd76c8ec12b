package kz.civic.registry.reference.rest;

import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.reference.Sphere;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sphere", description = "An area of activity of NGOs (MCI list)")
public record SphereResponse(@Schema(examples = "CULTURE_AND_ART") String code, LocalizedText names, int sortOrder) {

    public static SphereResponse of(Sphere s) {
        return new SphereResponse(s.code, new LocalizedText(s.nameKk, s.nameRu, s.nameEn), s.sortOrder);
    }
}

package kz.civic.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** One addressee of a recommendation; {@code governmentBodyId} is set exactly for the agency types. */
@Embeddable
public record Addressee(
        @Enumerated(EnumType.STRING) @Column(name = "type") AddresseeType type,
        @Column(name = "government_body_id") UUID governmentBodyId) {
}

package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A leader or founder of an NGO, known only by the registry's salted IIN hash. */
@Embeddable
public record NgoPerson(String role, @Column(name = "iin_hash") String iinHash) {
}

package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An evaluation criterion of a call with its weight (the weights of a call sum to 100). */
@Embeddable
public record Criterion(String code, @Column(name = "name_kk") String nameKk, @Column(name = "name_ru") String nameRu,
        @Column(name = "name_en") String nameEn, int weight) {
}

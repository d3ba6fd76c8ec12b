package kz.civic.forum;

import jakarta.persistence.Embeddable;
import kz.civic.platform.web.LocalizedText;

/** Stored kk/ru/en text; entities map it onto their own columns with attribute overrides. */
@Embeddable
public record Multilingual(String kk, String ru, String en) {

    public static Multilingual of(LocalizedText text) {
        return text == null ? null : new Multilingual(text.kk(), text.ru(), text.en());
    }

    public static LocalizedText text(Multilingual stored) {
        return stored == null ? null : new LocalizedText(stored.kk, stored.ru, stored.en);
    }
}

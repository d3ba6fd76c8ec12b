package kz.civic.platform.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import kz.civic.platform.web.LocalizedText;

/** Checks {@link KazakhOrRussian}; a missing text is the business of {@code @NotNull}. */
public class KazakhOrRussianValidator implements ConstraintValidator<KazakhOrRussian, LocalizedText> {

    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
        return text == null || text.hasKazakhOrRussian();
    }
}

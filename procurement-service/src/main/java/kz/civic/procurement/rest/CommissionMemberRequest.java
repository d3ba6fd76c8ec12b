package kz.civic.procurement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.civic.platform.identity.Iin;
import kz.civic.platform.identity.ValidIin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A commission member to seat on a call: the {@code sub} of their commission-member token and their
 * IIN, which is hashed at once (salted, as the registry does) and never stored or returned.
 */
public record CommissionMemberRequest(@NotBlank @Size(max = 200) String memberId,
        @Schema(description = Iin.FORMAT, pattern = Iin.PATTERN, examples = "880115300017") @NotNull @ValidIin String iin) {

    @Override
    public String toString() {
        return "CommissionMemberRequest[memberId=" + memberId + ", iin=***]";
    }
}

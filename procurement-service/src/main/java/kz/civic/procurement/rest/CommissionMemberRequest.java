package kz.civic.procurement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A commission member to seat on a call: the {@code sub} of their commission-member token and their
 * IIN, which is hashed at once (salted, as the registry does) and never stored or returned.
 */
public record CommissionMemberRequest(@NotBlank @Size(max = 200) String memberId,
        @NotNull @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String iin) {

    @Override
    public String toString() {
        return "CommissionMemberRequest[memberId=" + memberId + ", iin=***]";
    }
}

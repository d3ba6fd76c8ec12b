package kz.civic.procurement.rest;

import java.util.List;

/** A list answer that is short and bounded by nature (reference data, a call's commission), so not paginated. */
public record Items<T>(List<T> items) {
}

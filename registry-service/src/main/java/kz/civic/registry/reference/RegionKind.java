package kz.civic.registry.reference;

/** A region (oblys) or a city of republican significance (Astana, Almaty, Shymkent). */
public enum RegionKind {
    REGION, CITY
}

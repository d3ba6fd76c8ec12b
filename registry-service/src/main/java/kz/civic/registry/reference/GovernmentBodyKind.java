package kz.civic.registry.reference;

/** What a government body is; a committee belongs to a ministry, an akimat department to an akimat. */
public enum GovernmentBodyKind {
    MINISTRY,
    COMMITTEE,
    AKIMAT,
    AKIMAT_DEPARTMENT,
    GRANT_OPERATOR,
    OTHER;

    /** Whether a body of this kind may sit under a body of kind {@code parent}. */
    public boolean allowsParent(GovernmentBodyKind parent) {
        return switch (this) {
            case COMMITTEE -> parent == MINISTRY;
            case AKIMAT_DEPARTMENT -> parent == AKIMAT;
            default -> true;
        };
    }
}

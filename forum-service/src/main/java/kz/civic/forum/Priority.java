package kz.civic.forum;

/** How urgent the forum considers a recommendation. */
public enum Priority {
    LOW, MEDIUM, HIGH
}

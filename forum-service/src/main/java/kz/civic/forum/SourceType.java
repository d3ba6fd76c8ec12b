package kz.civic.forum;

/** Where a recommendation was made (domain-brief §8.2, decision 4): each source is a separate record. */
public enum SourceType {
    REPUBLICAN_FORUM, REGIONAL_FORUM, DIALOGUE_PLATFORM
}

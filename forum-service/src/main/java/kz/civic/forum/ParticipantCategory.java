package kz.civic.forum;

/** Who took part in a regional forum (domain-brief §2.2 and §8.2). */
public enum ParticipantCategory {
    NGO, GOVERNMENT, BUSINESS, POLITICAL_PARTY, RELIGIOUS_ASSOCIATION, DEPUTY, EXPERT, INTERNATIONAL, DIPLOMATIC, MEDIA,
    FOREIGN_PUBLIC, CITIZEN
}

package nl.zorgloket.intake.carecase;

public enum CaseStatus {
    /** the client asked for a person, or is in crisis, before the request was complete */
    NEEDS_STAFF,
    /** complete, waiting for a coordinator to be assigned */
    WAITING_FOR_COORDINATOR,
    ASSIGNED,
    CLOSED
}

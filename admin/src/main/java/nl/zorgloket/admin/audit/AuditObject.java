package nl.zorgloket.admin.audit;

import java.util.Locale;

/** What an access log row is about, kept as its {@link #code()}; the staff console has a Dutch word for each. */
public enum AuditObject {
    AUDIT_LOG, CARE_CASE, CONTACT, CONVERSATION, CONVERSATION_FEED, POSTCODE_AREA, PROVIDER, STAFF_USER;

    /** As the log keeps it: the table's name ("care_case"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

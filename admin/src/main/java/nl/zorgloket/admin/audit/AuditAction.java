package nl.zorgloket.admin.audit;

/** What a person did, as the access log keeps it; the staff console has a Dutch word for each. */
public enum AuditAction {
    ASSIGN, CLOSE, CREATE, DEACTIVATE, ERASE, EXPORT, IMPORT, LIST, LOGIN, LOGIN_FAILED, NOTE, READ, REINDEX, RELEASE,
    SEARCH, SEND_MESSAGE, SEND_TEMPLATE, SET_PASSWORD, SUBSCRIBE, TAKEOVER, TOTP_OFF, TOTP_ON, TOTP_RESET, TOTP_START,
    UPDATE
}

-- Failed logins that no account row counts, shared by every instance: a username without an account
-- (NAME: failures in a row, waiting as an account would) and the address logins came from (ADDRESS:
-- failures in a window). The key is the SHA-256 of the lower-cased name or of the address, so what
-- was typed (a mistyped password, say) is not kept; rows untouched for a day are removed.

CREATE TABLE login_failure (
    kind         VARCHAR(8)   NOT NULL,
    key_hash     BINARY(32)   NOT NULL,
    failures     INT          NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    waits_until  DATETIME(6)  NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (kind, key_hash),
    INDEX ix_login_failure_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

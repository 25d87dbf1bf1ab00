-- The people who log in: customer-office staff, coordinators and admins.

CREATE TABLE staff_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    -- pbkdf2-sha256$<iterations>$<salt>$<hash>: the cost travels with the hash, so it can be raised
    password_hash       VARCHAR(255) NOT NULL,
    -- comma-separated roles: ADMIN, STAFF, COORDINATOR
    roles               VARCHAR(100) NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    -- every token carries the version it was issued under; raising it (a new password, new roles,
    -- disabling the account) makes every older token invalid at once
    token_version       INT          NOT NULL DEFAULT 0,
    -- failed logins since the last good one, and until when the account refuses to log in
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(6)  NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_staff_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE conversation
    ADD CONSTRAINT fk_conversation_staff FOREIGN KEY (assigned_staff_id) REFERENCES staff_user (id);

ALTER TABLE message
    ADD CONSTRAINT fk_message_staff FOREIGN KEY (staff_user_id) REFERENCES staff_user (id);

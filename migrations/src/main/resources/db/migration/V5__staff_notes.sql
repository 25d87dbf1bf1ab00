-- Internal notes staff write on a conversation: never sent to the client.

CREATE TABLE staff_note (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT       NOT NULL,
    staff_user_id   BIGINT       NOT NULL,
    body            TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_note_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_note_staff FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    INDEX ix_note_conversation (conversation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

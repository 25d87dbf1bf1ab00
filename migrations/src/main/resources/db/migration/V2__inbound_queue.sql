-- Persist first, answer fast: a webhook stores the client's message here in its own commit before
-- anything else runs, then handles it and answers. A message that cannot be handled at once (an
-- older one of the same client waits, or handling failed) stays here for a worker, whose replies go
-- through the outbox. A row lives here only until its message is handled (it is deleted in the same
-- transaction), so the table stays small.

CREATE TABLE inbound_queue (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- Twilio's MessageSid: a second delivery while the first still waits stops here; one that comes
    -- later stops at message.provider_message_id.
    provider_message_id VARCHAR(64)  NULL,
    channel_address     VARCHAR(190) NOT NULL,
    medium              VARCHAR(16)  NOT NULL,
    phone               VARCHAR(32)  NULL,
    display_name        VARCHAR(200) NULL,
    body                MEDIUMTEXT   NOT NULL,
    media               LONGTEXT     NULL CHECK (media IS NULL OR JSON_VALID(media)),
    received_at         DATETIME(6)  NOT NULL,
    attempts            INT          NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(6)  NOT NULL,
    last_error          VARCHAR(500) NULL,
    -- set when handling failed too often: the row stays, the address's later messages go on
    failed_at           DATETIME(6)  NULL,
    CONSTRAINT uq_inbound_queue_provider_id UNIQUE (provider_message_id),
    -- the oldest waiting message of one address, and the addresses with due messages
    INDEX ix_inbound_queue_address (channel_address, failed_at, id),
    INDEX ix_inbound_queue_due (failed_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Replies of one conversation leave in the order they were written: a dispatcher only takes the
-- oldest unsent row of a conversation.
ALTER TABLE outbox ADD COLUMN conversation_id BIGINT NULL AFTER message_id;
UPDATE outbox o JOIN message m ON m.id = o.message_id SET o.conversation_id = m.conversation_id;
ALTER TABLE outbox MODIFY conversation_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_outbox_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    ADD INDEX ix_outbox_conversation (conversation_id, state, id);

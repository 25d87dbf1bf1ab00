-- Zorgloket schema, first version. All times are UTC. utf8mb4 everywhere: clients send emoji.

CREATE TABLE contact (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- medium + address as the channel knows it: 'whatsapp:+31612345678', 'sms:+31612345678'
    channel_address VARCHAR(190) NOT NULL,
    medium          VARCHAR(16)  NOT NULL,
    phone           VARCHAR(32)  NULL,
    display_name    VARCHAR(200) NULL,
    language        CHAR(2)      NULL,
    opted_out_at    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_contact_address UNIQUE (channel_address),
    INDEX ix_contact_phone (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conversation (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contact_id        BIGINT       NOT NULL,
    -- The contact's address while the conversation is open, NULL once closed: at most one open
    -- conversation per address, created race-free with INSERT IGNORE.
    open_key          VARCHAR(190) NULL,
    medium            VARCHAR(16)  NOT NULL,
    mode              VARCHAR(16)  NOT NULL,
    dialogue_state    LONGTEXT     NOT NULL CHECK (JSON_VALID(dialogue_state)),
    assigned_staff_id BIGINT       NULL,
    last_inbound_at   DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    closed_at         DATETIME(6)  NULL,
    CONSTRAINT uq_conversation_open UNIQUE (open_key),
    CONSTRAINT fk_conversation_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    INDEX ix_conversation_mode (mode, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE message (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id     BIGINT       NOT NULL,
    direction           VARCHAR(8)   NOT NULL,
    author              VARCHAR(8)   NOT NULL,
    body                MEDIUMTEXT   NULL,
    -- JSON array of {"url", "contentType"}
    media               LONGTEXT     NULL CHECK (media IS NULL OR JSON_VALID(media)),
    -- Twilio's MessageSid (SM..., MM..., WA...); one inbound message is stored once.
    provider_message_id VARCHAR(64)  NULL,
    -- the inbound message an outbound reply answers: a duplicate webhook gets the same answer
    reply_to_id         BIGINT       NULL,
    staff_user_id       BIGINT       NULL,
    delivery_status     VARCHAR(16)  NULL,
    error_code          INT          NULL,
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_message_provider_id UNIQUE (provider_message_id),
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_message_reply_to FOREIGN KEY (reply_to_id) REFERENCES message (id),
    INDEX ix_message_conversation (conversation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consent (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contact_id      BIGINT      NOT NULL,
    conversation_id BIGINT      NOT NULL,
    -- the message in which the client said yes
    message_id      BIGINT      NOT NULL,
    text_version    VARCHAR(32) NOT NULL,
    medium          VARCHAR(16) NOT NULL,
    given_at        DATETIME(6) NOT NULL,
    withdrawn_at    DATETIME(6) NULL,
    CONSTRAINT fk_consent_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_consent_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_consent_message FOREIGN KEY (message_id) REFERENCES message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE care_case (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id     BIGINT       NOT NULL,
    contact_id          BIGINT       NOT NULL,
    consent_id          BIGINT       NULL,
    status              VARCHAR(24)  NOT NULL,
    priority            VARCHAR(16)  NOT NULL,
    care_for            VARCHAR(16)  NULL,
    age_years           SMALLINT     NULL,
    age_group           VARCHAR(16)  NULL,
    municipality        VARCHAR(100) NULL,
    postcode            VARCHAR(7)   NULL,
    need_text           TEXT         NULL,
    -- JSON array of care category codes read from the need text
    care_categories     LONGTEXT     NULL CHECK (care_categories IS NULL OR JSON_VALID(care_categories)),
    indication          VARCHAR(16)  NULL,
    urgency             VARCHAR(16)  NULL,
    contact_name        VARCHAR(200) NULL,
    contact_preference  VARCHAR(16)  NULL,
    contact_detail      VARCHAR(200) NULL,
    -- every answer with the message it came from: {"slot": {"value", "messageId", "corrected"}}
    answers             LONGTEXT     NOT NULL CHECK (JSON_VALID(answers)),
    -- JSON array of {"externalId", "name", "reasons": [..]}
    suggested_providers LONGTEXT     NULL CHECK (suggested_providers IS NULL OR JSON_VALID(suggested_providers)),
    chosen_provider     VARCHAR(64)  NULL,
    coordinator_id      BIGINT       NULL,
    outcome             VARCHAR(500) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    closed_at           DATETIME(6)  NULL,
    CONSTRAINT fk_case_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_case_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_case_consent FOREIGN KEY (consent_id) REFERENCES consent (id),
    INDEX ix_case_queue (status, priority, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_id       VARCHAR(64)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    description       TEXT          NULL,
    -- JSON arrays of strings: what the provider offers and the municipalities it serves
    expertise         LONGTEXT      NOT NULL CHECK (JSON_VALID(expertise)),
    municipalities    LONGTEXT      NOT NULL CHECK (JSON_VALID(municipalities)),
    street            VARCHAR(200)  NULL,
    postcode          VARCHAR(7)    NULL,
    city              VARCHAR(100)  NULL,
    lat               DOUBLE        NULL,
    lon               DOUBLE        NULL,
    age_min           SMALLINT      NULL,
    age_max           SMALLINT      NULL,
    accepting_clients BOOLEAN       NOT NULL DEFAULT TRUE,
    phone             VARCHAR(32)   NULL,
    email             VARCHAR(200)  NULL,
    website           VARCHAR(300)  NULL,
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    demo              BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_provider_external_id UNIQUE (external_id),
    INDEX ix_provider_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id      BIGINT       NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    -- a dispatcher holds a row until then while it talks to Twilio outside any transaction
    lease_until     DATETIME(6)  NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_outbox_message UNIQUE (message_id),
    CONSTRAINT fk_outbox_message FOREIGN KEY (message_id) REFERENCES message (id),
    INDEX ix_outbox_due (state, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- NEN 7513 access log: append-only. The service account gets INSERT and SELECT only (see README).
CREATE TABLE audit_log (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    on_behalf_of    VARCHAR(100) NULL,
    action          VARCHAR(40)  NOT NULL,
    object_type     VARCHAR(40)  NOT NULL,
    object_id       VARCHAR(64)  NULL,
    contact_id      BIGINT       NULL,
    remote_address  VARCHAR(64)  NULL,
    detail          VARCHAR(500) NULL,
    INDEX ix_audit_contact (contact_id, occurred_at),
    INDEX ix_audit_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Web chat sessions: the browser keeps a random token; only its SHA-256 is stored. A session is
-- one client's channel address ("web:<session id>"), so a reload or a dropped connection resumes it.

CREATE TABLE chat_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)     NOT NULL,
    channel_address VARCHAR(190) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_seen_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_chat_session_token UNIQUE (token_hash),
    CONSTRAINT uq_chat_session_address UNIQUE (channel_address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Two-factor login with an authenticator app (TOTP, RFC 6238).

ALTER TABLE staff_user
    -- the shared secret, Base32 as authenticator apps take it; set when enrolment starts
    ADD COLUMN totp_secret    VARCHAR(64) NULL,
    -- true once the user proved their app has the secret
    ADD COLUMN totp_enabled   BOOLEAN     NOT NULL DEFAULT FALSE,
    -- the last 30-second step a code was accepted for: a code is good once
    ADD COLUMN totp_last_step BIGINT      NULL;

-- A message sent as an approved WhatsApp template (Twilio Content API): outside WhatsApp's 24-hour
-- window only templates may be sent. The body keeps a description for the transcript.

ALTER TABLE message
    ADD COLUMN content_sid       VARCHAR(64) NULL,
    ADD COLUMN content_variables TEXT        NULL CHECK (content_variables IS NULL OR JSON_VALID(content_variables));

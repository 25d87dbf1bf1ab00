package nl.zorgloket.intake.dialogue;

import java.time.Instant;

import nl.zorgloket.intake.conversation.Medium;

/**
 * One client message as the dialogue sees it.
 *
 * @param text what the client typed, possibly empty
 * @param messageId the id of the stored message, so every answer can point back to it
 * @param hasMedia whether a photo, voice note or file came with it
 * @param receivedAt when it came in (the answer may depend on the office's hours); null: unknown
 */
public record Input(String text, long messageId, Medium medium, boolean hasMedia, Instant receivedAt) {
    public Input {
        text = text == null ? "" : text;
    }

    public Input(String text, long messageId, Medium medium, boolean hasMedia) {
        this(text, messageId, medium, hasMedia, null);
    }
}

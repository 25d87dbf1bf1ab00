package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;

/**
 * One client message as the dialogue sees it.
 *
 * @param text what the client typed, possibly empty
 * @param messageId the id of the stored message, so every answer can point back to it
 * @param hasMedia whether a photo, voice note or file came with it
 */
public record Input(String text, long messageId, Medium medium, boolean hasMedia) {
    public Input {
        text = text == null ? "" : text;
    }
}

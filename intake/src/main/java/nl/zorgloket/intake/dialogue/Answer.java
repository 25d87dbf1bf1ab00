package nl.zorgloket.intake.dialogue;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing the client told us, and the message it was said in, so staff can see where each
 * answer came from.
 *
 * @param value the machine value (an enum name, a number, a municipality)
 * @param said the client's own words for it (the place as named, the need as written)
 * @param messageId the stored message it was read from
 */
@Serdeable
public record Answer(String value, String said, long messageId) {
}

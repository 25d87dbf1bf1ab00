package nl.zorgloket.intake.conversation;

import java.util.List;

/**
 * The outcome of one inbound message.
 *
 * @param replies the texts to answer with now, in the same exchange (empty when they wait in the outbox)
 * @param duplicate true when the message had been handled before; the replies are the ones given
 *                  then, unless those were sent through the outbox
 */
public record HandledMessage(long conversationId, long messageId, List<String> replies, boolean duplicate) {
    public HandledMessage {
        replies = List.copyOf(replies);
    }
}

package nl.zorgloket.intake.outbox;

import nl.zorgloket.intake.conversation.Medium;

import java.util.List;

/** A way to reach clients outside an inline webhook reply: the Twilio REST API for WhatsApp and SMS. */
public interface OutboundChannel {

    boolean serves(Medium medium);

    /** One attempt, no retries of its own: the outbox decides when to try again. */
    SendOutcome send(OutboundMessage message);

    /** Messages the channel already holds that may be an earlier, unconfirmed send of this one. */
    Lookup findEarlierSend(OutboundMessage message);

    sealed interface Lookup {
        /** Matching messages, newest first; empty when the earlier attempt never arrived. */
        record Candidates(List<SendOutcome.Accepted> found) implements Lookup {
        }

        record Unavailable(String reason) implements Lookup {
        }
    }
}

package nl.zorgloket.intake.outbox;

/**
 * Where an outbound message is on its way out.
 *
 * <pre>
 * PENDING --claim--> SENDING --accepted--> SENT
 *    ^                  |  \--rejected / out of attempts--> FAILED
 *    |                  |
 *    +-- not sent ------+-- maybe sent (timeout, 5xx, lease ran out) --> UNCERTAIN --claim--> SENDING
 * </pre>
 *
 * A row claimed from UNCERTAIN, or found in SENDING after its lease ran out, may already have
 * reached Twilio: the dispatcher looks it up before it sends again.
 */
public enum OutboxState {
    PENDING, SENDING, UNCERTAIN, SENT, FAILED;

    boolean maybeSentBefore() {
        return this == UNCERTAIN || this == SENDING;
    }
}

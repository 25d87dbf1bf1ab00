package nl.zorgloket.intake.outbox;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.intake.conversation.Medium;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A collecting fake channel: answers from a script, accepts when the script is empty. */
@Singleton
// The test jar travels to the bot's tests, where the real Twilio channel must be the only one.
@Requires(property = "zorgloket.test.scripted-channel", value = "true")
class ScriptedChannel implements OutboundChannel {
    private final Deque<SendOutcome> script = new ArrayDeque<>();
    private final List<OutboundMessage> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<OutboundMessage> lookedUp = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sids = new AtomicInteger();
    private volatile Lookup lookup = new Lookup.Candidates(List.of());

    synchronized void reset() {
        script.clear();
        sent.clear();
        lookedUp.clear();
        sids.set(0);
        lookup = new Lookup.Candidates(List.of());
    }

    synchronized void then(SendOutcome... outcomes) {
        script.addAll(List.of(outcomes));
    }

    void lookupAnswers(Lookup answer) {
        lookup = answer;
    }

    List<OutboundMessage> sent() {
        return List.copyOf(sent);
    }

    List<OutboundMessage> lookedUp() {
        return List.copyOf(lookedUp);
    }

    @Override
    public boolean serves(Medium medium) {
        return medium != Medium.WEBCHAT;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        sent.add(message);
        SendOutcome next;
        synchronized (this) {
            next = script.poll();
        }
        return next != null ? next : new SendOutcome.Accepted("SM" + sids.incrementAndGet(), DeliveryStatus.QUEUED);
    }

    @Override
    public Lookup findEarlierSend(OutboundMessage message) {
        lookedUp.add(message);
        return lookup;
    }
}

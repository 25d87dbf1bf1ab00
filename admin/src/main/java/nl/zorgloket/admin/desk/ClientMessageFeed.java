package nl.zorgloket.admin.desk;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.ClientMessageEvent;
import nl.zorgloket.intake.conversation.MessageRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * New client messages for staff watching the live feed, from every instance: read from the
 * database, so a message that reached another instance shows here too.
 */
@Singleton
class ClientMessageFeed {
    private static final int BATCH = 200;
    // Ids are handed out when a transaction inserts and become visible when it commits, not always in
    // that order: each read looks this far back and skips what it has already passed on.
    private static final int LOOK_BACK = 200;
    private static final int REMEMBERED = 2_000;

    private final MessageRepository messages;
    private final Sinks.Many<ClientMessageEvent> sink = Sinks.many().multicast().directBestEffort();
    private final SequencedSet<Long> passedOn = new LinkedHashSet<>();
    /** Messages at or below this id were there before anyone watched: never passed on. */
    private long floor = -1;
    /** The highest id passed on. */
    private long after = -1;

    ClientMessageFeed(MessageRepository messages) {
        this.messages = messages;
    }

    Flux<ClientMessageEvent> events() {
        return sink.asFlux();
    }

    @Scheduled(fixedDelay = "${zorgloket.feed.poll-interval:1s}")
    synchronized void poll() {
        if (sink.currentSubscriberCount() == 0) {
            // nobody watches: no reading; the feed starts from the newest message once someone does
            floor = -1;
            return;
        }
        if (floor < 0) {
            floor = messages.maxId();
            after = floor;
            passedOn.clear();
            return;
        }
        List<ClientMessageEvent> found = messages.clientMessagesAfter(Math.max(floor, after - LOOK_BACK), BATCH);
        for (ClientMessageEvent e : found) {
            if (!passedOn.add(e.messageId())) {
                continue;
            }
            sink.tryEmitNext(e);
            after = Math.max(after, e.messageId());
            while (passedOn.size() > REMEMBERED) {
                passedOn.removeFirst();
            }
        }
    }
}

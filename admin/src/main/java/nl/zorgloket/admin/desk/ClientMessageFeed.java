package nl.zorgloket.admin.desk;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.ClientMessageEvent;
import nl.zorgloket.intake.conversation.MessageRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * New client messages for staff watching the live feed, from every instance: read from the
 * database, so a message that reached another instance shows here too.
 */
@Singleton
class ClientMessageFeed {
    // what was passed on just before a watcher's stream was subscribed to, after it asked
    private static final Duration REPLAYED = Duration.ofSeconds(30);
    private static final int REPLAYED_AT_MOST = 1_000;

    private final MessageRepository messages;
    private final Sinks.Many<ClientMessageEvent> sink = Sinks.many().replay().limit(REPLAYED_AT_MOST, REPLAYED);
    private int watchers;
    /** Null while nobody watches: nothing is read then. */
    private NewMessages unread;

    ClientMessageFeed(MessageRepository messages) {
        this.messages = messages;
    }

    /** Every client message that arrives from this call on (a blocking call: it reads where the feed stands). */
    Flux<ClientMessageEvent> events() {
        long from;
        synchronized (this) {
            from = messages.maxId();
            watchers++;
            if (unread == null) {
                unread = new NewMessages(from);
            }
        }
        return sink.asFlux().filter(e -> e.messageId() > from).doFinally(signal -> stopWatching());
    }

    // (a stream asked for and never subscribed to stays counted: the feed then reads on, a query a second)
    private synchronized void stopWatching() {
        watchers--;
    }

    @Scheduled(fixedDelay = "${zorgloket.feed.poll-interval:1s}")
    synchronized void poll() {
        if (watchers == 0) {
            // nobody watches: no reading; the feed starts anew from the newest message once someone does
            unread = null;
            return;
        }
        for (ClientMessageEvent e : unread.read(messages::clientMessagesAfter)) {
            sink.tryEmitNext(e);
        }
    }
}

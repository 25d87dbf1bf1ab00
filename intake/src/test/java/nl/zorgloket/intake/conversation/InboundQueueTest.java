package nl.zorgloket.intake.conversation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.intake.outbox.OutboxEntry;
import nl.zorgloket.intake.outbox.OutboxRepository;
import nl.zorgloket.intake.outbox.OutboxState;
import nl.zorgloket.intake.testing.CleanDatabaseTest;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false, environments = "test")
class InboundQueueTest extends CleanDatabaseTest {
    private static final String ADDRESS = "whatsapp:+31612345678";

    @Inject
    InboundQueue queue;
    @Inject
    InboundQueueRepository rows;
    @Inject
    HandleInboundMessage handleNow;
    @Inject
    MessageRepository messages;
    @Inject
    OutboxRepository outbox;

    private static InboundMessage whatsapp(String sid, String body) {
        return new InboundMessage(Medium.WHATSAPP, ADDRESS, "+31612345678", "Anna", sid, body, List.of());
    }

    private List<Message> conversationMessages() {
        return messages.findAll().stream().sorted(java.util.Comparator.comparing(Message::id)).toList();
    }

    @Test
    void acceptedMessageIsHandledLaterAndItsRepliesWaitInTheOutbox() {
        assertTrue(queue.accept(whatsapp("SM1", "Hoi")).isPresent());
        assertEquals(0, messages.count(), "accepting only stores the message in the queue");
        assertEquals(1, queue.waiting());

        assertEquals(InboundQueue.Step.HANDLED, queue.handleNext(ADDRESS));
        assertEquals(InboundQueue.Step.NOTHING_DUE, queue.handleNext(ADDRESS));
        assertEquals(0, queue.waiting(), "a handled message leaves the queue");

        List<Message> stored = conversationMessages();
        assertEquals("Hoi", stored.get(0).body());
        assertEquals("SM1", stored.get(0).providerMessageId());
        List<Message> replies = stored.subList(1, stored.size());
        assertFalse(replies.isEmpty());
        for (Message reply : replies) {
            assertEquals(Author.BOT, reply.author());
            OutboxEntry entry = outbox.findByMessageId(reply.id()).orElseThrow();
            assertEquals(OutboxState.PENDING, entry.state());
            assertEquals(reply.conversationId(), entry.conversationId());
        }
    }

    private HandledMessage answered(InboundQueue.Receipt receipt) {
        return assertInstanceOf(InboundQueue.Receipt.Answered.class, receipt).handled();
    }

    private List<String> unsentBodies() {
        return outbox.findAll().stream().filter(e -> e.state() == OutboxState.PENDING)
                .sorted(java.util.Comparator.comparing(OutboxEntry::id))
                .map(e -> messages.findById(e.messageId()).orElseThrow().body()).toList();
    }

    @Test
    void receivedMessageIsStoredFirstAndAnsweredAtOnce() {
        HandledMessage handled = answered(queue.receive(whatsapp("SM1", "Hoi")));
        assertFalse(handled.replies().isEmpty());
        assertTrue(handled.replies().get(0).startsWith("Hoi! Fijn dat je"));
        assertEquals(0, queue.waiting());
        assertEquals(0, outbox.count(), "an answer given at once does not go through the outbox");
        assertEquals("Hoi", conversationMessages().get(0).body());
    }

    @Test
    void duplicateOfAMessageAnsweredAtOnceGetsTheSameAnswer() {
        HandledMessage first = answered(queue.receive(whatsapp("SM1", "Hoi")));
        long stored = messages.count();
        HandledMessage again = answered(queue.receive(whatsapp("SM1", "Hoi")));
        assertTrue(again.duplicate());
        assertEquals(first.replies(), again.replies());
        assertEquals(stored, messages.count());
    }

    @Test
    void duplicateOfAMessageAnsweredThroughTheOutboxIsNotAnsweredAgain() {
        queue.accept(whatsapp("SM1", "Hoi"));
        queue.handleNext(ADDRESS);
        HandledMessage again = answered(queue.receive(whatsapp("SM1", "Hoi")));
        assertTrue(again.duplicate());
        assertEquals(List.of(), again.replies());
    }

    @Test
    void messageBehindAnOlderWaitingOneWaitsItsTurn() {
        queue.accept(whatsapp("SM1", "Hoi"));
        sql("UPDATE inbound_queue SET next_attempt_at = received_at + INTERVAL 1 HOUR WHERE provider_message_id = 'SM1'");

        assertEquals(new InboundQueue.Receipt.Waiting(ADDRESS), queue.receive(whatsapp("SM2", "ja")));
        assertEquals(2, queue.waiting());
        assertEquals(0, messages.count());

        sql("UPDATE inbound_queue SET next_attempt_at = received_at");
        while (queue.handleNext(ADDRESS) == InboundQueue.Step.HANDLED) {
            // drain
        }
        assertEquals(List.of("SM1", "SM2"), conversationMessages().stream()
                .filter(m -> m.direction() == Direction.IN).map(Message::providerMessageId).toList());
    }

    @Test
    void repliesDoNotOvertakeRepliesStillInTheOutbox() {
        queue.accept(whatsapp("SM1", "Hoi"));
        queue.handleNext(ADDRESS);
        List<String> earlier = unsentBodies();

        HandledMessage handled = answered(queue.receive(whatsapp("SM2", "ja")));
        assertEquals(List.of(), handled.replies(), "the replies wait behind the earlier ones");
        List<String> all = unsentBodies();
        assertEquals(earlier, all.subList(0, earlier.size()));
        assertTrue(all.size() > earlier.size());
    }

    @Test
    void messageWhoseHandlingFailsIsKeptForTheWorker() {
        answered(queue.receive(whatsapp("SM1", "Hoi")));
        // a dialogue state that cannot be read: handling fails until it is repaired
        sql("UPDATE conversation SET dialogue_state = '[]'");

        assertEquals(new InboundQueue.Receipt.Waiting(ADDRESS), queue.receive(whatsapp("SM2", "ja")));
        QueuedInbound kept = rows.findHead(ADDRESS).orElseThrow();
        assertEquals("SM2", kept.providerMessageId());
        assertEquals(1, kept.attempts());
        assertEquals("ja", kept.body());
    }

    @Test
    void handledMessageKeepsTheTimeItArrived() {
        queue.accept(whatsapp("SM1", "Hoi"));
        QueuedInbound queued = rows.findHead(ADDRESS).orElseThrow();
        queue.handleNext(ADDRESS);
        assertEquals(queued.receivedAt(), conversationMessages().get(0).createdAt());
    }

    @Test
    void secondDeliveryWhileTheFirstWaitsIsNotStored() {
        assertTrue(queue.accept(whatsapp("SM1", "Hoi")).isPresent());
        assertTrue(queue.accept(whatsapp("SM1", "Hoi")).isEmpty());
        assertInstanceOf(InboundQueue.Receipt.AlreadyWaiting.class, queue.receive(whatsapp("SM1", "Hoi")));
        assertEquals(1, queue.waiting());
    }

    @Test
    void secondDeliveryAfterTheFirstWasHandledChangesNothingAndSendsNothing() {
        queue.accept(whatsapp("SM1", "Hoi"));
        queue.handleNext(ADDRESS);
        long storedBefore = messages.count();
        long queuedBefore = outbox.count();

        assertTrue(queue.accept(whatsapp("SM1", "Hoi")).isPresent());
        assertEquals(InboundQueue.Step.HANDLED, queue.handleNext(ADDRESS));
        assertEquals(storedBefore, messages.count());
        assertEquals(queuedBefore, outbox.count());
        assertEquals(0, queue.waiting());
    }

    @Test
    void messagesOfOneClientAreHandledOldestFirst() {
        queue.accept(whatsapp("SM1", "Hoi"));
        queue.accept(whatsapp("SM2", "ja"));
        queue.accept(whatsapp("SM3", "dagbesteding"));
        while (queue.handleNext(ADDRESS) == InboundQueue.Step.HANDLED) {
            // drain
        }
        List<String> inbound = conversationMessages().stream().filter(m -> m.direction() == Direction.IN)
                .map(Message::providerMessageId).toList();
        assertEquals(List.of("SM1", "SM2", "SM3"), inbound);
    }

    @Test
    void queuedAndDirectlyHandledMessagesGiveTheSameConversation() {
        queue.accept(whatsapp("SM1", "dagbesteding voor mijn zoon van 15 in Ulft"));
        queue.handleNext(ADDRESS);
        List<String> queuedReplies = conversationMessages().stream().filter(m -> m.direction() == Direction.OUT)
                .map(Message::body).toList();

        TestDatabase.clean(dataSource);
        HandledMessage direct = handleNow.handle(whatsapp("SM1", "dagbesteding voor mijn zoon van 15 in Ulft"));
        assertEquals(direct.replies(), queuedReplies);
    }

    @Test
    void messageThatCannotBeHandledIsTriedAgainAndThenSetAsideWithoutBlockingTheNext() {
        queue.accept(whatsapp("SM1", "Hoi"));
        queue.accept(whatsapp("SM2", "ja"));
        // media that is valid JSON but not a list: reading the queued message fails every time
        sql("UPDATE inbound_queue SET media = '{\"not\": \"a list\"}' WHERE provider_message_id = 'SM1'");

        assertEquals(InboundQueue.Step.FAILED, queue.handleNext(ADDRESS));
        QueuedInbound failing = rows.findHead(ADDRESS).orElseThrow();
        assertEquals("SM1", failing.providerMessageId());
        assertEquals(1, failing.attempts());
        assertTrue(failing.nextAttemptAt().isAfter(failing.receivedAt()), "the retry waits");
        assertEquals(InboundQueue.Step.NOTHING_DUE, queue.handleNext(ADDRESS), "the later message waits its turn");
        assertEquals(0, messages.count());

        for (int attempt = 2; attempt <= InboundQueue.MAX_ATTEMPTS; attempt++) {
            sql("UPDATE inbound_queue SET next_attempt_at = received_at WHERE provider_message_id = 'SM1'");
            assertEquals(InboundQueue.Step.FAILED, queue.handleNext(ADDRESS));
        }
        assertEquals(1, queue.failed());
        QueuedInbound setAside = rows.findAll().stream()
                .filter(r -> "SM1".equals(r.providerMessageId())).findFirst().orElseThrow();
        assertNotNull(setAside.failedAt());
        assertEquals("Hoi", setAside.body(), "nothing is lost");

        assertEquals(InboundQueue.Step.HANDLED, queue.handleNext(ADDRESS));
        assertEquals("SM2", conversationMessages().get(0).providerMessageId());
    }

    @Test
    void addressesDueAreThoseWhoseMessageWaitedLongerThanTheGrace() throws Exception {
        queue.accept(whatsapp("SM1", "Hoi"));
        assertEquals(List.of(), queue.addressesDue(Duration.ofMinutes(1), 10), "a fresh message is left to its worker");
        assertEquals(List.of(ADDRESS), queue.addressesDue(Duration.ZERO, 10));
    }

    @Test
    void concurrentWorkersHandleEveryMessageOnceAndInOrder() throws Exception {
        for (int i = 1; i <= 20; i++) {
            queue.accept(whatsapp("SM" + i, i % 2 == 0 ? "ja" : "hoi"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger failures = new AtomicInteger();
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(() -> {
                    int handled = 0;
                    for (int idle = 0; idle < 3; ) {
                        switch (queue.handleNext(ADDRESS)) {
                            case HANDLED -> handled++;
                            case FAILED -> {
                                failures.incrementAndGet();
                                idle++;
                            }
                            case NOTHING_DUE -> idle++;
                        }
                    }
                    return handled;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(workers)) {
                total += f.get();
            }
            assertEquals(20, total, "every message handled once");
            // a worker that waited for another's lock sees what it did: nothing due, not a failure
            assertEquals(0, failures.get(), "no worker failed");
        } finally {
            pool.shutdown();
        }
        assertEquals(0, queue.waiting());
        List<String> inbound = conversationMessages().stream().filter(m -> m.direction() == Direction.IN)
                .map(Message::providerMessageId).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            expected.add("SM" + i);
        }
        assertEquals(expected, inbound);
    }
}

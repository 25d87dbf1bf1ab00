package nl.zorgloket.intake.conversation;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.testing.CleanDatabaseTest;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Messages of several clients stored and handled together, and the batcher that groups them. */
@MicronautTest(transactional = false, environments = "test")
class InboundTogetherTest extends CleanDatabaseTest {
    /** A whole care request, as a client types it: opening, consent, urgency, indication, name, contact, summary, choice. */
    private static final List<String> CARE_REQUEST = List.of(
            "Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, wij wonen in Lichtenvoorde",
            "ja", "binnen een paar weken", "nee", "Anna", "1", "ja", "1", "Dank je wel!");
    private static final List<String> SHORT_ONE = List.of("Hoi", "ja", "mijn moeder", "82", "Ulft", "stop");
    private static final List<String> SOMEONE_ELSE = List.of("hi", "for my wife", "yes", "medewerker", "hallo?");

    @Inject
    InboundQueue queue;
    @Inject
    InboundQueueRepository queued;
    @Inject
    MessageRepository messages;
    @Inject
    ConversationRepository conversations;
    @Inject
    CareCaseRepository cases;

    private static InboundMessage whatsapp(String number, String sid, String body) {
        return new InboundMessage(Medium.WHATSAPP, "whatsapp:" + number, number, "Klant", sid, body, List.of());
    }

    private static HandledMessage answered(InboundQueue.Receipt receipt) {
        return assertInstanceOf(InboundQueue.Receipt.Answered.class, receipt).handled();
    }

    /** Per client, the three scripts above side by side: the replies to each message, in order. */
    private Map<String, List<List<String>>> playTogether(boolean together) {
        Map<String, List<String>> scripts = new LinkedHashMap<>();
        scripts.put("+31611111111", CARE_REQUEST);
        scripts.put("+31622222222", SHORT_ONE);
        scripts.put("+31633333333", SOMEONE_ELSE);
        Map<String, List<List<String>>> replies = new LinkedHashMap<>();
        scripts.keySet().forEach(n -> replies.put(n, new ArrayList<>()));
        for (int turn = 0; turn < CARE_REQUEST.size(); turn++) {
            List<InboundMessage> round = new ArrayList<>();
            for (Map.Entry<String, List<String>> s : scripts.entrySet()) {
                if (turn < s.getValue().size()) {
                    round.add(whatsapp(s.getKey(), "SM" + s.getKey() + "-" + turn, s.getValue().get(turn)));
                }
            }
            List<InboundQueue.Receipt> receipts = together ? queue.receiveTogether(round)
                    : round.stream().map(queue::receive).toList();
            for (int i = 0; i < round.size(); i++) {
                replies.get(round.get(i).phone()).add(answered(receipts.get(i)).replies());
            }
        }
        return replies;
    }

    @Test
    void clientsHandledTogetherGetTheAnswersTheyGetOneByOne() {
        Map<String, List<List<String>>> oneByOne = playTogether(false);
        long storedOneByOne = messages.count();
        long casesOneByOne = cases.count();
        TestDatabase.clean(dataSource);

        Map<String, List<List<String>>> together = playTogether(true);
        assertEquals(oneByOne, together);
        assertEquals(storedOneByOne, messages.count());
        assertEquals(casesOneByOne, cases.count());
        assertTrue(cases.count() >= 2, "the care request and the handoff made cases");
        assertEquals(0, queue.waiting());
        // every client message is stored once, in its own conversation, with its replies after it
        for (Conversation c : conversations.findAll()) {
            List<Message> own = messages.findAll().stream().filter(m -> m.conversationId().equals(c.id()))
                    .sorted(Comparator.comparing(Message::id)).toList();
            assertEquals(Direction.IN, own.getFirst().direction());
            for (Message m : own) {
                if (m.direction() == Direction.OUT) {
                    assertTrue(m.replyToId() < m.id());
                }
            }
        }
    }

    @Test
    void aMessageThatCannotBeHandledDoesNotHoldUpTheOthers() {
        List<InboundMessage> first = List.of(whatsapp("+31611111111", "SM1", "Hoi"),
                whatsapp("+31622222222", "SM2", "Hoi"), whatsapp("+31633333333", "SM3", "Hoi"));
        queue.receiveTogether(first).forEach(InboundTogetherTest::answered);
        // a dialogue state that cannot be read: handling this client's messages fails until it is repaired
        sql("UPDATE conversation SET dialogue_state = '[]' WHERE open_key = 'whatsapp:+31622222222'");

        List<InboundQueue.Receipt> receipts = queue.receiveTogether(List.of(whatsapp("+31611111111", "SM4", "ja"),
                whatsapp("+31622222222", "SM5", "ja"), whatsapp("+31633333333", "SM6", "ja")));
        assertTrue(answered(receipts.get(0)).replies().size() > 0);
        assertEquals(new InboundQueue.Receipt.Waiting("whatsapp:+31622222222"), receipts.get(1));
        assertTrue(answered(receipts.get(2)).replies().size() > 0);

        QueuedInbound kept = queued.findHead("whatsapp:+31622222222").orElseThrow();
        assertEquals("SM5", kept.providerMessageId());
        assertEquals(1, kept.attempts(), "failing together is not counted; failing on its own is");
        assertEquals(1, queue.waiting());
    }

    @Test
    void repeatedNewAndWaitingMessagesShareABatch() {
        HandledMessage earlier = answered(queue.receive(whatsapp("+31611111111", "SM1", "Hoi")));
        queue.accept(whatsapp("+31622222222", "SM2", "Hoi"));
        sql("UPDATE inbound_queue SET next_attempt_at = received_at + INTERVAL 1 HOUR");
        long storedBefore = messages.count();

        List<InboundQueue.Receipt> receipts = queue.receiveTogether(List.of(
                whatsapp("+31611111111", "SM1", "Hoi"),
                whatsapp("+31622222222", "SM3", "ja"),
                whatsapp("+31633333333", "SM4", "Hoi")));

        HandledMessage repeated = answered(receipts.get(0));
        assertTrue(repeated.duplicate());
        assertEquals(earlier.replies(), repeated.replies(), "a repeated delivery gets the same answer");
        assertEquals(new InboundQueue.Receipt.Waiting("whatsapp:+31622222222"), receipts.get(1),
                "behind the client's older message");
        HandledMessage fresh = answered(receipts.get(2));
        assertTrue(fresh.replies().getFirst().startsWith("Hoi! Fijn dat je"));

        assertEquals(storedBefore + 1 + fresh.replies().size(), messages.count(), "only the new client's message is new");
        assertEquals(2, queue.waiting(), "both messages of the waiting client are kept");
    }

    @Test
    void storingTogetherWithAMessageThatWaitsAlreadyStoresNothing() {
        queue.accept(whatsapp("+31611111111", "SM1", "Hoi"));
        List<InboundMessage> batch = List.of(whatsapp("+31611111111", "SM1", "Hoi"),
                whatsapp("+31622222222", "SM2", "Hoi"));
        assertThrows(DataAccessException.class, () -> queue.receiveTogether(batch));
        assertEquals(1, queue.waiting());
        assertEquals(0, messages.count());
    }

    @Test
    void messagesWaitingWhileTheHandlerIsBusyAreHandledTogether() throws Exception {
        answered(queue.receive(whatsapp("+31600000000", "SM0", "Hoi")));
        InboundBatcher batcher = new InboundBatcher(queue, 1, 32);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        // Hold the first client's contact: the only handler stops at its lock with that message.
        try (Connection holder = holdContact("whatsapp:+31600000000")) {
            Future<InboundQueue.Receipt> held = clients.submit(
                    () -> batcher.receive(whatsapp("+31600000000", "SM00", "ja")));
            waitUntil(() -> batcher.batches() == 1);
            List<Future<InboundQueue.Receipt>> others = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                InboundMessage in = whatsapp("+3161000000" + i, "SM" + i, "Hoi");
                others.add(clients.submit(() -> batcher.receive(in)));
            }
            waitUntil(() -> batcher.waiting() == 5);
            holder.rollback();

            answered(held.get(10, TimeUnit.SECONDS));
            for (Future<InboundQueue.Receipt> f : others) {
                answered(f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, batcher.batches(), "the five that waited were handled in one batch");
            assertEquals(6, batcher.received());
        } finally {
            clients.shutdownNow();
            batcher.stop();
        }
    }

    @Test
    void oneClientsQuickMessagesAreHandledInTheOrderTheyArrived() throws Exception {
        answered(queue.receive(whatsapp("+31600000000", "SM0", "Hoi")));
        InboundBatcher batcher = new InboundBatcher(queue, 3, 32);
        ExecutorService client = Executors.newFixedThreadPool(6);
        List<String> typed = List.of("ja", "mijn moeder", "82", "Ulft", "huishoudelijke hulp", "weet ik niet");
        try (Connection holder = holdContact("whatsapp:+31600000000")) {
            List<Future<InboundQueue.Receipt>> sent = new ArrayList<>();
            for (int i = 0; i < typed.size(); i++) {
                InboundMessage in = whatsapp("+31600000000", "SM" + (i + 1), typed.get(i));
                sent.add(client.submit(() -> batcher.receive(in)));
                long arrived = i + 1;
                // each reaches the batcher before the next is sent: the first is taken (and stops at the
                // lock), the others wait, each behind the one before
                waitUntil(() -> batcher.received() + batcher.waiting() == arrived);
            }
            holder.rollback();
            for (Future<InboundQueue.Receipt> f : sent) {
                answered(f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(typed.size(), batcher.batches(), "one client's messages never share a batch");
        } finally {
            client.shutdownNow();
            batcher.stop();
        }
        List<String> inbound = messages.findAll().stream().filter(m -> m.direction() == Direction.IN)
                .sorted(Comparator.comparing(Message::id)).map(Message::body).toList();
        List<String> expected = new ArrayList<>(List.of("Hoi"));
        expected.addAll(typed);
        assertEquals(expected, inbound);
    }

    @Test
    void manyClientsAtOnceEachGetTheirWholeConversation() throws Exception {
        InboundBatcher batcher = new InboundBatcher(queue, 3, 32);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int c = 1; c <= 8; c++) {
                String number = "+3162000000" + c;
                sent.add(clients.submit(() -> {
                    for (int i = 0; i < CARE_REQUEST.size(); i++) {
                        answered(batcher.receive(whatsapp(number, "SM" + number + "-" + i, CARE_REQUEST.get(i))));
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
            batcher.stop();
        }
        assertEquals(8, conversations.count());
        assertEquals(8, cases.count());
        assertEquals(8 * CARE_REQUEST.size(), batcher.received());
        for (Conversation c : conversations.findAll()) {
            List<String> inbound = messages.findAll().stream()
                    .filter(m -> m.conversationId().equals(c.id()) && m.direction() == Direction.IN)
                    .sorted(Comparator.comparing(Message::id)).map(Message::body).toList();
            assertEquals(CARE_REQUEST, inbound);
        }
        assertEquals(0, queue.waiting());
    }

    /** A connection in a transaction that holds the lock on the address's contact until rolled back. */
    private Connection holdContact(String address) throws SQLException {
        Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM contact WHERE channel_address = ? FOR UPDATE")) {
            ps.setString(1, address);
            ps.executeQuery().close();
        }
        return c;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached in 10 s");
    }
}

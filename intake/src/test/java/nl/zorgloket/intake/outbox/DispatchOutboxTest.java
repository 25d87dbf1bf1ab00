package nl.zorgloket.intake.outbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.zorgloket.intake.conversation.Author;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.intake.conversation.HandleInboundMessage;
import nl.zorgloket.intake.conversation.InboundMessage;
import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@MicronautTest(transactional = false, environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchOutboxTest implements TestPropertyProvider {
    private static final String ADDRESS = "whatsapp:+31612345678";

    @Inject
    DispatchOutbox dispatch;
    @Inject
    QueueOutboundMessage queue;
    @Inject
    RecordDeliveryStatus status;
    @Inject
    OutboxTransactions transactions;
    @Inject
    ScriptedChannel channel;
    @Inject
    HandleInboundMessage inbound;
    @Inject
    OutboxRepository outbox;
    @Inject
    MessageRepository messages;
    @Inject
    ConversationRepository conversations;
    @Inject
    ContactRepository contacts;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("zorgloket.test.scripted-channel", "true");
        p.put("zorgloket.outbox.base-delay", "20ms");
        p.put("zorgloket.outbox.max-delay", "40ms");
        p.put("zorgloket.outbox.lookup-delay", "20ms");
        p.put("zorgloket.outbox.max-attempts", "4");
        return p;
    }

    private long staffId;

    @BeforeEach
    void clean() {
        TestDatabase.clean(dataSource);
        staffId = TestDatabase.staffUser(dataSource, "els");
        channel.reset();
    }

    private long conversationWithClient() {
        return inbound.handle(new InboundMessage(Medium.WHATSAPP, ADDRESS, "+31612345678", null, "SMin1", "Hoi",
                List.of())).conversationId();
    }

    private OutboxEntry entry(Message m) {
        return outbox.findByMessageId(m.id()).orElseThrow();
    }

    private void dispatchUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("the outbox did not get there in 10 seconds");
            }
            dispatch.dispatchDue();
            Thread.sleep(5);
        }
    }

    @Test
    void queuedMessageIsSentOnceAndNamedByTheChannel() throws Exception {
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Goedemorgen, ik ben Els.");
        assertEquals(OutboxState.PENDING, entry(m).state());

        assertEquals(1, dispatch.dispatchDue());
        assertEquals(0, dispatch.dispatchDue());

        assertEquals(1, channel.sent().size());
        assertEquals("Goedemorgen, ik ben Els.", channel.sent().get(0).body());
        assertEquals(ADDRESS, channel.sent().get(0).channelAddress());
        Message after = messages.findById(m.id()).orElseThrow();
        assertEquals("SM1", after.providerMessageId());
        assertEquals("QUEUED", after.deliveryStatus());
        assertEquals(OutboxState.SENT, entry(m).state());
        assertEquals(1, entry(m).attempts());
    }

    @Test
    void rateLimitedMessageWaitsAndIsSentLater() throws Exception {
        channel.then(new SendOutcome.NotSent("HTTP 429, Twilio error 20429", 20429, null));
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        Instant before = Instant.now();

        dispatch.dispatchDue();
        OutboxEntry waiting = entry(m);
        assertEquals(OutboxState.PENDING, waiting.state());
        assertTrue(waiting.nextAttemptAt().isAfter(before), "the retry waits");
        assertTrue(waiting.lastError().contains("20429"));
        assertEquals(0, dispatch.dispatchDue(), "not due yet");

        dispatchUntil(() -> entry(m).state() == OutboxState.SENT);
        assertEquals(2, channel.sent().size());
        assertTrue(channel.lookedUp().isEmpty(), "a message that certainly was not sent needs no lookup");
    }

    @Test
    void channelsOwnWaitIsHonoured() throws Exception {
        channel.then(new SendOutcome.NotSent("HTTP 429", 20429, Duration.ofMinutes(5)));
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        Instant before = Instant.now();
        dispatch.dispatchDue();
        assertTrue(entry(m).nextAttemptAt().isAfter(before.plus(Duration.ofMinutes(4))));
    }

    @Test
    void messageThatMayHaveBeenSentIsLookedUpNotSentAgain() throws Exception {
        channel.then(new SendOutcome.MaybeSent("read timed out"));
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        dispatch.dispatchDue();
        assertEquals(OutboxState.UNCERTAIN, entry(m).state());

        channel.lookupAnswers(new OutboundChannel.Lookup.Candidates(
                List.of(new SendOutcome.Accepted("SMfound", DeliveryStatus.SENT))));
        dispatchUntil(() -> entry(m).state() == OutboxState.SENT);

        assertEquals(1, channel.sent().size(), "sent once, never blindly again");
        assertEquals(1, channel.lookedUp().size());
        Message after = messages.findById(m.id()).orElseThrow();
        assertEquals("SMfound", after.providerMessageId());
        assertEquals("SENT", after.deliveryStatus());
    }

    @Test
    void messageThatDidNotArriveIsSentAgainAfterTheLookup() throws Exception {
        channel.then(new SendOutcome.MaybeSent("HTTP 500"));
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        dispatchUntil(() -> entry(m).state() == OutboxState.SENT);
        assertEquals(2, channel.sent().size());
        assertEquals(1, channel.lookedUp().size());
    }

    @Test
    void lookupDoesNotMistakeAnotherOfOurMessagesForThisOne() throws Exception {
        long conversation = conversationWithClient();
        Message earlier = queue.queue(conversation, Author.STAFF, staffId, "Ok");
        dispatch.dispatchDue();
        String earlierSid = messages.findById(earlier.id()).orElseThrow().providerMessageId();

        channel.then(new SendOutcome.MaybeSent("HTTP 502"));
        Message again = queue.queue(conversation, Author.STAFF, staffId, "Ok");
        dispatch.dispatchDue();
        channel.lookupAnswers(new OutboundChannel.Lookup.Candidates(
                List.of(new SendOutcome.Accepted(earlierSid, DeliveryStatus.DELIVERED))));
        dispatchUntil(() -> entry(again).state() == OutboxState.SENT);

        assertEquals(3, channel.sent().size(), "the second Ok is sent again: the match was the first Ok");
        Message after = messages.findById(again.id()).orElseThrow();
        assertTrue(after.providerMessageId() != null && !after.providerMessageId().equals(earlierSid));
    }

    @Test
    void failedLookupLeavesTheMessageUncertainInsteadOfSending() throws Exception {
        channel.then(new SendOutcome.MaybeSent("read timed out"));
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        dispatch.dispatchDue();
        channel.lookupAnswers(new OutboundChannel.Lookup.Unavailable("HTTP 503"));
        dispatchUntil(() -> channel.lookedUp().size() == 1 && entry(m).state() == OutboxState.UNCERTAIN);
        assertEquals(1, channel.sent().size());
    }

    @Test
    void permanentRejectionMarksTheMessageFailedWithItsCode() throws Exception {
        channel.then(new SendOutcome.Rejected("HTTP 400, Twilio error 21211", 21211));
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        dispatch.dispatchDue();
        assertEquals(OutboxState.FAILED, entry(m).state());
        Message after = messages.findById(m.id()).orElseThrow();
        assertEquals("FAILED", after.deliveryStatus());
        assertEquals(21211, after.errorCode());
        dispatch.dispatchDue();
        assertEquals(1, channel.sent().size());
    }

    @Test
    void outboxGivesUpAfterItsLastAttempt() throws Exception {
        for (int i = 0; i < 10; i++) {
            channel.then(new SendOutcome.NotSent("connection refused", null, null));
        }
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        dispatchUntil(() -> entry(m).state() == OutboxState.FAILED);
        assertEquals(4, channel.sent().size());
        assertEquals(4, entry(m).attempts());
        assertTrue(entry(m).lastError().startsWith("gave up after 4 attempts"));
        assertEquals("FAILED", messages.findById(m.id()).orElseThrow().deliveryStatus());
    }

    @Test
    void statusReportForALostAnswerSettlesTheMessage() throws Exception {
        channel.then(new SendOutcome.MaybeSent("read timed out"));
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        dispatch.dispatchDue();

        assertTrue(status.record("SMlate", m.id(), DeliveryStatus.DELIVERED, null));

        assertEquals(OutboxState.SENT, entry(m).state());
        Message after = messages.findById(m.id()).orElseThrow();
        assertEquals("SMlate", after.providerMessageId());
        assertEquals("DELIVERED", after.deliveryStatus());
        Thread.sleep(60);
        dispatch.dispatchDue();
        assertEquals(1, channel.sent().size());
        assertTrue(channel.lookedUp().isEmpty());
    }

    @Test
    void statusReportNeverRenamesANamedMessage() throws Exception {
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        dispatch.dispatchDue();
        status.record("SMother", m.id(), DeliveryStatus.DELIVERED, null);
        assertEquals("SM1", messages.findById(m.id()).orElseThrow().providerMessageId());
    }

    @Test
    void rowOfADispatcherThatDiedMidSendIsLookedUpFirst() throws Exception {
        Message m = queue.queue(conversationWithClient(), Author.STAFF, staffId, "Hallo");
        // A dispatcher claims the row with a short lease and never settles it.
        assertEquals(1, transactions.claimDue(Instant.now(), 10, Duration.ofMillis(1)).size());
        Thread.sleep(5);

        dispatch.dispatchDue();

        assertEquals(1, channel.lookedUp().size());
        assertEquals(1, channel.sent().size());
        assertEquals(OutboxState.SENT, entry(m).state());
        assertEquals(2, entry(m).attempts());
    }

    @Test
    void clientWhoOptedOutIsNotSentWhatWasQueuedBefore() throws Exception {
        long conversation = conversationWithClient();
        Message m = queue.queue(conversation, Author.STAFF, staffId, "Hallo");
        Conversation c = conversations.findById(conversation).orElseThrow();
        contacts.updateOptedOutAt(c.contactId(), Instant.now(), Instant.now());

        dispatch.dispatchDue();

        assertTrue(channel.sent().isEmpty());
        assertEquals(OutboxState.FAILED, entry(m).state());
    }

    @Test
    void queueRefusesAClientWhoOptedOutAndStoresNothing() {
        long conversation = conversationWithClient();
        Conversation c = conversations.findById(conversation).orElseThrow();
        contacts.updateOptedOutAt(c.contactId(), Instant.now(), Instant.now());
        long before = messages.count();

        OutboundRefused refused = assertThrows(OutboundRefused.class,
                () -> queue.queue(conversation, Author.STAFF, staffId, "Hallo"));

        assertEquals(OutboundRefused.Reason.CLIENT_OPTED_OUT, refused.reason());
        assertEquals(before, messages.count());
        assertEquals(0, outbox.count());
    }

    @Test
    void queueRefusesFreeTextOutsideWhatsAppsWindow() {
        long conversation = conversationWithClient();
        Conversation c = conversations.findById(conversation).orElseThrow();
        conversations.update(new Conversation(c.id(), c.contactId(), c.openKey(), c.medium(), c.mode(),
                c.dialogueState(), c.assignedStaffId(), Instant.now().minus(Duration.ofHours(25)), c.version(),
                c.createdAt(), c.updatedAt(), c.closedAt()));

        OutboundRefused refused = assertThrows(OutboundRefused.class,
                () -> queue.queue(conversation, Author.STAFF, staffId, "Hallo"));

        assertEquals(OutboundRefused.Reason.WHATSAPP_WINDOW_CLOSED, refused.reason());
        assertEquals(0, outbox.count());
    }

    @Test
    void concurrentDispatchersSendEveryMessageExactlyOnceAndInOrder() throws Exception {
        Map<Long, List<Long>> written = new HashMap<>();
        for (int c = 0; c < 3; c++) {
            long conversation = inbound.handle(new InboundMessage(Medium.WHATSAPP, "whatsapp:+3161234500" + c,
                    "+3161234500" + c, null, "SMin-c" + c, "Hoi", List.of())).conversationId();
            for (int i = 0; i < 20; i++) {
                written.computeIfAbsent(conversation, k -> new ArrayList<>())
                        .add(queue.queue(conversation, Author.STAFF, staffId, "bericht " + i).id());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(() -> {
                    int total = 0;
                    for (int n; (n = dispatch.dispatchDue()) > 0; ) {
                        total += n;
                    }
                    return total;
                });
            }
            int claimed = 0;
            for (var f : pool.invokeAll(rounds)) {
                claimed += f.get();
            }
            assertEquals(60, claimed);
        } finally {
            pool.shutdown();
        }
        assertEquals(60, channel.sent().size());
        assertEquals(60, channel.sent().stream().map(OutboundMessage::messageId).distinct().count());
        for (var conversation : written.entrySet()) {
            List<Long> sentInOrder = channel.sent().stream().map(OutboundMessage::messageId)
                    .filter(conversation.getValue()::contains).toList();
            assertEquals(conversation.getValue(), sentInOrder, "one conversation's messages leave in written order");
            for (long id : conversation.getValue()) {
                assertNull(messages.findById(id).orElseThrow().errorCode());
                assertEquals(OutboxState.SENT, outbox.findByMessageId(id).orElseThrow().state());
            }
        }
    }

    @Test
    void laterMessageWaitsWhileAnEarlierOneOfItsConversationIsRetried() throws Exception {
        channel.then(new SendOutcome.NotSent("HTTP 429, Twilio error 20429", 20429, null));
        long conversation = conversationWithClient();
        Message first = queue.queue(conversation, Author.STAFF, staffId, "Eerste");
        Message second = queue.queue(conversation, Author.STAFF, staffId, "Tweede");

        dispatch.dispatchDue();
        assertEquals(OutboxState.PENDING, entry(first).state());
        assertEquals(0, dispatch.dispatchDue(), "the second waits for the first");
        assertEquals(0, entry(second).attempts());

        dispatchUntil(() -> entry(second).state() == OutboxState.SENT);
        assertEquals(List.of("Eerste", "Eerste", "Tweede"),
                channel.sent().stream().map(OutboundMessage::body).toList());
    }
}

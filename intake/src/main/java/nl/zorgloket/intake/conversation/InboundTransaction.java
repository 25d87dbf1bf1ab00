package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.carecase.CoordinatorNames;
import nl.zorgloket.intake.carecase.OpenCase;
import nl.zorgloket.intake.dialogue.Dialogue;
import nl.zorgloket.intake.dialogue.DialogueState;
import nl.zorgloket.intake.dialogue.Effect;
import nl.zorgloket.intake.dialogue.Input;
import nl.zorgloket.intake.dialogue.Language;
import nl.zorgloket.intake.dialogue.Turn;
import nl.zorgloket.intake.outbox.OutboxEntry;
import nl.zorgloket.intake.outbox.OutboxRepository;
import nl.zorgloket.intake.outbox.OutboxState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Client messages in one transaction: lock the contact and its open conversation, store the
 * message once, let the dialogue answer (or stay silent while staff hold the conversation), store
 * the replies and carry out the dialogue's effects. Messages of several clients can share one
 * transaction and its statements. Called through {@link HandleInboundMessage} and
 * {@link InboundQueue}, which retry when the database aborts a transaction to break a deadlock.
 */
@Singleton
class InboundTransaction {
    private static final Logger LOG = LoggerFactory.getLogger(InboundTransaction.class);

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConsentRepository consents;
    private final CareCaseRepository cases;
    private final OpenCase openCase;
    private final Dialogue dialogue;
    private final InboundRows rows;
    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Clock clock;
    @Nullable
    private final CoordinatorNames coordinatorNames;

    InboundTransaction(ContactRepository contacts, ConversationRepository conversations, MessageRepository messages,
                         ConsentRepository consents, CareCaseRepository cases, OpenCase openCase, Dialogue dialogue,
                         InboundRows rows, OutboxRepository outbox, ObjectMapper json, Clock clock,
                         @Nullable CoordinatorNames coordinatorNames) {
        this.coordinatorNames = coordinatorNames;
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
        this.consents = consents;
        this.cases = cases;
        this.openCase = openCase;
        this.dialogue = dialogue;
        this.rows = rows;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /*
     * READ COMMITTED: under InnoDB's default REPEATABLE READ, "SELECT ... FOR UPDATE" on an address
     * that has no contact yet takes a gap lock, and two first messages from two new numbers that fall
     * in the same gap then deadlock on their inserts. These transactions need no repeatable reads:
     * they lock the rows they work on explicitly.
     */

    /** A message handled as it arrives; the replies are returned for the caller to deliver. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public HandledMessage handle(InboundMessage in) {
        return handleAll(List.of(new Arrival(in, mediaJson(in.media()), null, clock.instant(), Delivery.INLINE)))
                .getFirst().orElseThrow();
    }

    /** How the replies of a message reach the client. */
    enum Delivery {
        /** Returned to the caller, who answers in the same exchange. */
        INLINE,
        /**
         * Returned to the caller unless replies of the conversation still wait in the outbox: then
         * these wait behind them, so the client reads everything in order.
         */
        INLINE_IN_ORDER,
        /** Written to the outbox. */
        OUTBOX
    }

    /**
     * A message to handle.
     *
     * @param media its media as the message row keeps them (JSON, as queued), or null
     * @param queueId its row in the inbound queue, deleted when it is handled; null when it was not queued
     * @param receivedAt when the client's message reached us: its time in the conversation
     */
    record Arrival(InboundMessage in, @Nullable String media, @Nullable Long queueId, Instant receivedAt,
                   Delivery delivery) {
        static Arrival of(QueuedInbound queued, InboundMessage in, Delivery delivery) {
            return new Arrival(in, queued.media(), queued.id(), queued.receivedAt(), delivery);
        }
    }

    /**
     * A message the {@link InboundQueue} stored; its queue row is deleted in this same transaction.
     * Empty when it is not this message's turn: another worker handled it meanwhile, or an older
     * message of the same client still waits.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Optional<HandledMessage> handleQueued(QueuedInbound queued, Delivery delivery) {
        return handleQueued(List.of(queued), delivery).getFirst();
    }

    /**
     * Messages of different clients that the {@link InboundQueue} stored, handled together: one
     * lock, one read of their facts, one write of the messages, the conversations and the replies,
     * one commit. Each is handled as {@link #handleQueued(QueuedInbound, Delivery)} would; if one
     * fails, none is.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<Optional<HandledMessage>> handleQueued(List<QueuedInbound> queued, Delivery delivery) {
        List<Arrival> arrivals = new ArrayList<>(queued.size());
        for (QueuedInbound q : queued) {
            arrivals.add(Arrival.of(q, toInbound(q), delivery));
        }
        return handleAll(arrivals);
    }

    /**
     * The work of one transaction, for messages of different addresses; the answers in their order.
     * The statements are shared: one each for the locks, the facts, the client messages, the
     * conversations, the replies and the queue rows, however many messages there are.
     */
    private List<Optional<HandledMessage>> handleAll(List<Arrival> arrivals) {
        Map<String, InboundLock> locks = lock(arrivals);
        List<InboundFacts> facts = rows.facts(arrivals.stream().map(a -> new InboundRows.FactsOf(
                a.in().channelAddress(), locks.get(a.in().channelAddress()).conversationId(),
                a.in().providerMessageId())).toList());

        HandledMessage[] results = new HandledMessage[arrivals.size()];
        List<Long> handledQueueRows = new ArrayList<>();
        List<Fresh> fresh = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival a = arrivals.get(i);
            InboundFacts f = facts.get(i);
            InboundLock lock = locks.get(a.in().channelAddress());
            // Handlers of one address wait for each other on the contact lock: look again now that we hold it.
            if (a.queueId() != null && !a.queueId().equals(f.queueHeadId())) {
                continue;
            }
            if (a.queueId() != null) {
                handledQueueRows.add(a.queueId());
            }
            if (f.earlierMessageId() != null) {
                results[i] = repeated(lock.conversation(), f.earlierMessageId(), a.delivery());
            } else {
                fresh.add(new Fresh(i, a, lock, a.delivery() == Delivery.OUTBOX
                        || a.delivery() == Delivery.INLINE_IN_ORDER && f.unsentReplies() > 0));
            }
        }
        if (!fresh.isEmpty()) {
            answer(fresh, results);
        }
        rows.deleteQueued(handledQueueRows);
        return Arrays.stream(results).map(Optional::ofNullable).toList();
    }

    /**
     * A message seen for the first time, to store and answer.
     *
     * @param index its place among the messages handled together
     * @param queueReplies whether its replies go to the outbox rather than back to the caller
     */
    private record Fresh(int index, Arrival arrival, InboundLock lock, boolean queueReplies) {
    }

    /** Stores the messages, lets the dialogue answer each and writes the conversations and the replies. */
    private void answer(List<Fresh> fresh, HandledMessage[] results) {
        List<Long> stored = rows.insertClientMessages(fresh.stream().map(f -> new InboundRows.ClientMessage(
                f.lock().conversationId(), f.arrival().in(), f.arrival().media(),
                f.arrival().receivedAt())).toList());
        List<Conversation> changed = new ArrayList<>(fresh.size());
        List<InboundRows.Reply> replies = new ArrayList<>();
        for (int n = 0; n < fresh.size(); n++) {
            changed.add(turn(fresh.get(n).lock(), fresh.get(n).arrival(), stored.get(n), replies));
        }
        rows.updateAfterInbound(changed);
        List<Long> replyIds = rows.insertReplies(replies);
        // the replies are in the order of the messages they answer
        int r = 0;
        for (int n = 0; n < fresh.size(); n++) {
            Fresh f = fresh.get(n);
            long messageId = stored.get(n);
            List<String> bodies = new ArrayList<>();
            for (; r < replies.size() && replies.get(r).replyToId() == messageId; r++) {
                InboundRows.Reply reply = replies.get(r);
                bodies.add(reply.body());
                if (f.queueReplies()) {
                    outbox.save(new OutboxEntry(null, replyIds.get(r), reply.conversationId(), OutboxState.PENDING, 0,
                            reply.at(), null, null, reply.at(), reply.at()));
                }
            }
            results[f.index()] = new HandledMessage(f.lock().conversationId(), messageId,
                    f.queueReplies() ? List.of() : bodies, false);
        }
    }

    /**
     * Locks the contacts and their open conversations, creating them on a first message; one query
     * when all exist, which is every message but a conversation's first. The locks are taken
     * before anything else is read: a read in the same statement could see the state from before
     * the wait for them. New contacts and conversations are made in the order of their addresses.
     */
    private Map<String, InboundLock> lock(List<Arrival> arrivals) {
        Map<String, Arrival> byAddress = new TreeMap<>();
        for (Arrival a : arrivals) {
            if (byAddress.put(a.in().channelAddress(), a) != null) {
                throw new IllegalArgumentException("messages handled together must come from different addresses");
            }
        }
        Map<String, InboundLock> locks = rows.lock(byAddress.keySet());
        if (locks.size() < byAddress.size()) {
            List<String> missing = new ArrayList<>();
            byAddress.forEach((address, a) -> {
                if (!locks.containsKey(address)) {
                    contacts.insertIgnore(address, a.in().medium().name(), a.in().phone(), a.in().displayName(),
                            a.receivedAt());
                    missing.add(address);
                }
            });
            locks.putAll(rows.lock(missing));
        }
        List<String> withoutConversation = new ArrayList<>();
        byAddress.forEach((address, a) -> {
            InboundLock lock = locks.get(address);
            if (lock == null) {
                throw new IllegalStateException("no contact after creating it");
            }
            if (!lock.hasConversation()) {
                conversations.insertIgnoreOpen(lock.contactId(), address, a.in().medium().name(),
                        write(DialogueState.initial()), a.receivedAt());
                withoutConversation.add(address);
            }
        });
        if (!withoutConversation.isEmpty()) {
            locks.putAll(rows.lock(withoutConversation));
        }
        return locks;
    }

    /** The answer to a repeated delivery of a message handled before: nothing is stored. */
    private HandledMessage repeated(Conversation conversation, long earlier, Delivery delivery) {
        LOG.debug("duplicate delivery of message {}", earlier);
        List<Message> replies = messages.findByReplyToIdOrderById(earlier);
        // The same answer again, unless it went out through the outbox: that sends each message once.
        boolean answeredInline = delivery != Delivery.OUTBOX && !replies.isEmpty()
                && outbox.countByMessageIdIn(replies.stream().map(Message::id).toList()) == 0;
        return new HandledMessage(conversation.id(), earlier,
                answeredInline ? replies.stream().map(Message::body).toList() : List.of(), true);
    }

    /**
     * Lets the dialogue answer a stored client message (or stay silent while staff hold the
     * conversation) and carries out its effects; adds the replies to {@code replies} and returns the
     * conversation as it is to be written.
     */
    private Conversation turn(InboundLock lock, Arrival a, long stored, List<InboundRows.Reply> replies) {
        Conversation conversation = lock.conversation();
        InboundMessage in = a.in();
        DialogueState state = read(conversation.dialogueState());
        Input input = new Input(in.body(), stored, in.medium(), !in.media().isEmpty(), a.receivedAt());
        Turn turn = conversation.mode() == Mode.BOT ? dialogue.next(state, input) : dialogue.whileWithStaff(state, input);

        Mode mode = conversation.mode();
        Long coordinator = null;
        for (Effect effect : turn.effects()) {
            Applied applied = apply(effect, lock.contactId(), conversation, turn.state(), mode, a.receivedAt());
            mode = applied.mode();
            coordinator = applied.coordinator() != null ? applied.coordinator() : coordinator;
        }
        if (turn.state().language() != state.language()) {
            contacts.updateLanguage(lock.contactId(), turn.state().language().code());
        }
        Instant now = clock.instant();
        for (String body : withCoordinator(turn, coordinator)) {
            replies.add(new InboundRows.Reply(conversation.id(), stored, body, now));
        }
        return conversation.afterInbound(write(turn.state()), mode, a.receivedAt(), now);
    }

    private InboundMessage toInbound(QueuedInbound queued) {
        List<InboundMessage.Media> media = List.of();
        if (queued.media() != null) {
            try {
                media = json.readValue(queued.media(), io.micronaut.core.type.Argument.listOf(InboundMessage.Media.class));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable media of queued message " + queued.id(), e);
            }
        }
        return new InboundMessage(queued.medium(), queued.channelAddress(), queued.phone(), queued.displayName(),
                queued.providerMessageId(), queued.body(), media);
    }

    /** The conversation's mode after an effect, and the coordinator a submitted request went to at once. */
    private record Applied(Mode mode, @Nullable Long coordinator) {
    }

    private Applied apply(Effect effect, long contactId, Conversation conversation, DialogueState state, Mode mode,
                          Instant now) {
        return switch (effect) {
            case Effect.ConsentGiven given -> {
                consents.save(new Consent(null, contactId, conversation.id(), given.messageId(), given.textVersion(),
                        conversation.medium(), now, null));
                yield new Applied(mode, null);
            }
            case Effect.ConsentRefused refused -> {
                messages.redactClientMessages(conversation.id());
                contacts.forgetDisplayName(contactId, now);
                yield new Applied(mode, null);
            }
            case Effect.OptedOut out -> {
                contacts.updateOptedOutAt(contactId, now, now);
                yield new Applied(mode, null);
            }
            case Effect.OptedIn in -> {
                contacts.updateOptedOutAt(contactId, null, now);
                yield new Applied(mode, null);
            }
            case Effect.Handoff handoff -> {
                openCase.forHandoff(conversation, handoff.reason(), state, now);
                LOG.info("conversation {} handed to staff ({})", conversation.id(), handoff.reason());
                yield new Applied(mode == Mode.STAFF ? Mode.STAFF : Mode.WAITING, null);
            }
            case Effect.SubmitCase submit -> {
                Long coordinator = openCase.submit(conversation, submit.state(), now).coordinatorId();
                LOG.info("conversation {} submitted a care request", conversation.id());
                yield new Applied(mode, coordinator);
            }
            case Effect.ProviderChosen chosen -> {
                cases.updateChosenProviderOfOpenCase(conversation.id(), chosen.externalId(), now);
                yield new Applied(mode, null);
            }
        };
    }

    /**
     * The replies, and when the request went to a coordinator at once (the household's, one household,
     * one coordinator), who: "Je aanvraag gaat naar Els, de coördinator van jullie huishouden."
     */
    private List<String> withCoordinator(Turn turn, @Nullable Long coordinator) {
        if (coordinator == null || coordinatorNames == null || turn.replies().isEmpty()) {
            return turn.replies();
        }
        Optional<String> name = coordinatorNames.firstName(coordinator);
        if (name.isEmpty()) {
            return turn.replies();
        }
        List<String> replies = new ArrayList<>(turn.replies());
        replies.set(0, replies.getFirst() + " " + (turn.state().language() == Language.EN
                ? "It goes to " + name.get() + ", your household's coordinator."
                : "Je aanvraag gaat naar " + name.get() + ", de coördinator van jullie huishouden."));
        return replies;
    }

    String mediaJson(List<InboundMessage.Media> media) {
        if (media.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(media);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(DialogueState state) {
        try {
            return json.writeValueAsString(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DialogueState read(String text) {
        try {
            return json.readValue(text, DialogueState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable dialogue state", e);
        }
    }
}

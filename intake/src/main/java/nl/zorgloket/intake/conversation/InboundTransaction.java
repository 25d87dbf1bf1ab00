package nl.zorgloket.intake.conversation;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.carecase.OpenCase;
import nl.zorgloket.intake.dialogue.Dialogue;
import nl.zorgloket.intake.dialogue.DialogueState;
import nl.zorgloket.intake.dialogue.Effect;
import nl.zorgloket.intake.dialogue.Input;
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
import java.util.List;
import java.util.Optional;

/**
 * One client message in one transaction: lock the contact and its open conversation, store the
 * message once, let the dialogue answer (or stay silent while staff hold the conversation), store
 * the replies and carry out the dialogue's effects. Called through {@link HandleInboundMessage} and
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

    InboundTransaction(ContactRepository contacts, ConversationRepository conversations, MessageRepository messages,
                         ConsentRepository consents, CareCaseRepository cases, OpenCase openCase, Dialogue dialogue,
                         InboundRows rows, OutboxRepository outbox, ObjectMapper json, Clock clock) {
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
        Instant now = clock.instant();
        InboundLock lock = lock(in, now);
        return process(lock, rows.facts(in.channelAddress(), lock.conversationId(), in.providerMessageId()), in, now,
                Delivery.INLINE);
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
     * A message the {@link InboundQueue} stored; its queue row is deleted in this same transaction.
     * Empty when it is not this message's turn: another worker handled it meanwhile, or an older
     * message of the same client still waits.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Optional<HandledMessage> handleQueued(QueuedInbound queued, Delivery delivery) {
        InboundMessage in = toInbound(queued);
        InboundLock lock = lock(in, queued.receivedAt());
        InboundFacts facts = rows.facts(in.channelAddress(), lock.conversationId(), in.providerMessageId());
        // Handlers of one address wait for each other on the contact lock: look again now that we hold it.
        if (!queued.id().equals(facts.queueHeadId())) {
            return Optional.empty();
        }
        HandledMessage handled = process(lock, facts, in, queued.receivedAt(), delivery);
        rows.deleteQueued(queued.id());
        return Optional.of(handled);
    }

    /**
     * Locks the contact and its open conversation, creating them on the first message; one query
     * when both exist, which is every message but a conversation's first. The locks are taken
     * before anything else is read: a read in the same statement could see the state from before
     * the wait for them.
     */
    private InboundLock lock(InboundMessage in, Instant now) {
        Optional<InboundLock> known = rows.lock(in.channelAddress());
        if (known.isEmpty()) {
            contacts.insertIgnore(in.channelAddress(), in.medium().name(), in.phone(), in.displayName(), now);
            known = rows.lock(in.channelAddress());
        }
        InboundLock lock = known.orElseThrow();
        if (lock.hasConversation()) {
            return lock;
        }
        conversations.insertIgnoreOpen(lock.contactId(), in.channelAddress(), in.medium().name(),
                write(DialogueState.initial()), now);
        return rows.lock(in.channelAddress()).orElseThrow();
    }

    /** @param receivedAt when the client's message reached us: its time in the conversation */
    private HandledMessage process(InboundLock lock, InboundFacts facts, InboundMessage in, Instant receivedAt,
                                   Delivery delivery) {
        Conversation conversation = lock.conversation();
        long contactId = lock.contactId();
        boolean queueReplies = delivery == Delivery.OUTBOX
                || delivery == Delivery.INLINE_IN_ORDER && facts.unsentReplies() > 0;

        if (facts.earlierMessageId() != null) {
            long earlier = facts.earlierMessageId();
            LOG.debug("duplicate delivery of message {}", earlier);
            List<Message> replies = messages.findByReplyToIdOrderById(earlier);
            // The same answer again, unless it went out through the outbox: that sends each message once.
            boolean answeredInline = delivery != Delivery.OUTBOX && !replies.isEmpty()
                    && outbox.countByMessageIdIn(replies.stream().map(Message::id).toList()) == 0;
            return new HandledMessage(conversation.id(), earlier,
                    answeredInline ? replies.stream().map(Message::body).toList() : List.of(), true);
        }
        long stored = rows.insertClientMessage(conversation.id(), in, mediaJson(in.media()), receivedAt);

        DialogueState state = read(conversation.dialogueState());
        Input input = new Input(in.body(), stored, in.medium(), !in.media().isEmpty(), receivedAt);
        Turn turn = conversation.mode() == Mode.BOT ? dialogue.next(state, input) : dialogue.whileWithStaff(state, input);

        Mode mode = conversation.mode();
        for (Effect effect : turn.effects()) {
            mode = apply(effect, contactId, conversation, turn.state(), mode, receivedAt);
        }
        if (turn.state().language() != state.language()) {
            contacts.updateLanguage(contactId, turn.state().language().code());
        }
        Instant now = clock.instant();
        rows.updateAfterInbound(conversation.afterInbound(write(turn.state()), mode, receivedAt, now));

        List<Long> replies = rows.insertReplies(conversation.id(), stored, turn.replies(), now);
        if (!queueReplies) {
            return new HandledMessage(conversation.id(), stored, turn.replies(), false);
        }
        for (long reply : replies) {
            outbox.save(new OutboxEntry(null, reply, conversation.id(), OutboxState.PENDING, 0, now, null, null, now,
                    now));
        }
        return new HandledMessage(conversation.id(), stored, List.of(), false);
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

    private Mode apply(Effect effect, long contactId, Conversation conversation, DialogueState state, Mode mode,
                       Instant now) {
        return switch (effect) {
            case Effect.ConsentGiven given -> {
                consents.save(new Consent(null, contactId, conversation.id(), given.messageId(), given.textVersion(),
                        conversation.medium(), now, null));
                yield mode;
            }
            case Effect.ConsentRefused refused -> {
                messages.redactClientMessages(conversation.id());
                contacts.forgetDisplayName(contactId, now);
                yield mode;
            }
            case Effect.OptedOut out -> {
                contacts.updateOptedOutAt(contactId, now, now);
                yield mode;
            }
            case Effect.OptedIn in -> {
                contacts.updateOptedOutAt(contactId, null, now);
                yield mode;
            }
            case Effect.Handoff handoff -> {
                openCase.forHandoff(conversation, handoff.reason(), state, now);
                LOG.info("conversation {} handed to staff ({})", conversation.id(), handoff.reason());
                yield mode == Mode.STAFF ? Mode.STAFF : Mode.WAITING;
            }
            case Effect.SubmitCase submit -> {
                openCase.submit(conversation, submit.state(), now);
                LOG.info("conversation {} submitted a care request", conversation.id());
                yield mode;
            }
            case Effect.ProviderChosen chosen -> {
                cases.findOpenByConversation(conversation.id())
                        .ifPresent(c -> cases.updateChosenProvider(c.id(), chosen.externalId(), now));
                yield mode;
            }
        };
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

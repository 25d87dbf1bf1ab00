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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One client message in one transaction: lock the contact and its open conversation, store the
 * message once, let the dialogue answer (or stay silent while staff hold the conversation), store
 * the replies and carry out the dialogue's effects. Called through {@link HandleInboundMessage},
 * which retries when the database aborts the transaction to break a deadlock.
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
    private final ObjectMapper json;
    private final Clock clock;

    InboundTransaction(ContactRepository contacts, ConversationRepository conversations, MessageRepository messages,
                         ConsentRepository consents, CareCaseRepository cases, OpenCase openCase, Dialogue dialogue,
                         ObjectMapper json, Clock clock) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
        this.consents = consents;
        this.cases = cases;
        this.openCase = openCase;
        this.dialogue = dialogue;
        this.json = json;
        this.clock = clock;
    }

    /*
     * READ COMMITTED: under InnoDB's default REPEATABLE READ, "SELECT ... FOR UPDATE" on an address
     * that has no contact yet takes a gap lock, and two first messages from two new numbers that fall
     * in the same gap then deadlock on their inserts. This transaction needs no repeatable reads: it
     * locks the rows it works on explicitly.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public HandledMessage handle(InboundMessage in) {
        Instant now = clock.instant();
        Optional<Contact> known = contacts.findForUpdate(in.channelAddress());
        if (known.isEmpty()) {
            contacts.insertIgnore(in.channelAddress(), in.medium().name(), in.phone(), in.displayName(), now);
            known = contacts.findForUpdate(in.channelAddress());
        }
        Contact contact = known.orElseThrow();
        Optional<Conversation> open = conversations.findOpenForUpdate(in.channelAddress());
        if (open.isEmpty()) {
            conversations.insertIgnoreOpen(contact.id(), in.channelAddress(), in.medium().name(),
                    write(DialogueState.initial()), now);
            open = conversations.findOpenForUpdate(in.channelAddress());
        }
        Conversation conversation = open.orElseThrow();

        if (in.providerMessageId() != null) {
            Optional<Message> earlier = messages.findByProviderMessageId(in.providerMessageId());
            if (earlier.isPresent()) {
                LOG.debug("duplicate delivery of message {}", earlier.get().id());
                List<String> replies = messages.findByReplyToIdOrderById(earlier.get().id()).stream()
                        .map(Message::body).toList();
                return new HandledMessage(conversation.id(), earlier.get().id(), replies, true);
            }
        }
        Message stored = messages.save(new Message(null, conversation.id(), Direction.IN, Author.CLIENT, in.body(),
                mediaJson(in.media()), in.providerMessageId(), null, null, null, null, now));

        DialogueState state = read(conversation.dialogueState());
        Input input = new Input(in.body(), stored.id(), in.medium(), !in.media().isEmpty());
        Turn turn = conversation.mode() == Mode.BOT ? dialogue.next(state, input) : dialogue.whileWithStaff(state, input);

        Mode mode = conversation.mode();
        for (Effect effect : turn.effects()) {
            mode = apply(effect, contact, conversation, turn.state(), mode, now);
        }
        if (turn.state().language() != state.language()) {
            contacts.updateLanguage(contact.id(), turn.state().language().code());
        }
        conversations.update(conversation.afterInbound(write(turn.state()), mode, now));

        List<String> replies = new ArrayList<>();
        for (String reply : turn.replies()) {
            messages.save(new Message(null, conversation.id(), Direction.OUT, Author.BOT, reply, null, null,
                    stored.id(), null, null, null, now));
            replies.add(reply);
        }
        return new HandledMessage(conversation.id(), stored.id(), replies, false);
    }

    private Mode apply(Effect effect, Contact contact, Conversation conversation, DialogueState state, Mode mode,
                       Instant now) {
        return switch (effect) {
            case Effect.ConsentGiven given -> {
                consents.save(new Consent(null, contact.id(), conversation.id(), given.messageId(), given.textVersion(),
                        conversation.medium(), now, null));
                yield mode;
            }
            case Effect.ConsentRefused refused -> {
                messages.redactClientMessages(conversation.id());
                contacts.forgetDisplayName(contact.id(), now);
                yield mode;
            }
            case Effect.OptedOut out -> {
                contacts.updateOptedOutAt(contact.id(), now, now);
                yield mode;
            }
            case Effect.OptedIn in -> {
                contacts.updateOptedOutAt(contact.id(), null, now);
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

    private String mediaJson(List<InboundMessage.Media> media) {
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

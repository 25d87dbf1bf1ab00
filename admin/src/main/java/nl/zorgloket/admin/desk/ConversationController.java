package nl.zorgloket.admin.desk;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.MediaType;
import io.micronaut.http.sse.Event;
import io.micronaut.serde.ObjectMapper;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.intake.conversation.ClientMessageEvent;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.staff.Tokens;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.conversation.Contact;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.intake.conversation.Mode;
import nl.zorgloket.intake.db.Like;
import nl.zorgloket.intake.handoff.HandoffRefused;
import nl.zorgloket.intake.handoff.ReleaseConversation;
import nl.zorgloket.intake.handoff.StaffNote;
import nl.zorgloket.intake.handoff.StaffNoteRepository;
import nl.zorgloket.intake.handoff.TakeOverConversation;
import nl.zorgloket.intake.handoff.WriteNote;
import nl.zorgloket.intake.handoff.WriteToClient;
import nl.zorgloket.intake.outbox.OutboundRefused;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * /api/conversations: staff see every conversation, take one over, write to the client through
 * the client's own channel, keep internal notes, and give it back to the bot.
 */
@Controller("/api/conversations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.STAFF_NAME)
class ConversationController {
    // Twilio splits longer SMS texts and refuses anything over 1,600 characters.
    private static final int MAX_TEXT = 1_600;
    private static final int MAX_NOTE = 5_000;
    private static final int MAX_PAGE = 100;
    private static final int MAX_QUERY = 100;
    private static final int SEARCH_HITS = 20;
    private static final int MAX_VARIABLES = 20;
    private static final int MAX_VARIABLE = 1_000;

    @Serdeable
    record TakeoverResult(long conversationId, boolean clientNotified, @Nullable String noticeRefused) {
    }

    @Serdeable
    record ReleaseResult(long conversationId, boolean clientNotified) {
    }

    @Serdeable
    record Written(long id) {
    }

    @Serdeable
    record TemplateCommand(@Nullable String contentSid, @Nullable Map<String, String> variables) {
    }

    private final ConversationRepository conversations;
    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final CareCaseRepository cases;
    private final StaffNoteRepository notes;
    private final TakeOverConversation takeOver;
    private final ReleaseConversation release;
    private final WriteToClient writeToClient;
    private final WriteNote writeNote;
    private final ClientAccess access;
    private final ObjectMapper json;
    private final ClientMessageFeed feed;
    private final RecordAudit audit;
    private final ReopenTemplate reopen;
    private final Clock clock;
    private final java.time.Duration heartbeat;

    ConversationController(ConversationRepository conversations, ContactRepository contacts,
                           MessageRepository messages, CareCaseRepository cases, StaffNoteRepository notes,
                           TakeOverConversation takeOver, ReleaseConversation release, WriteToClient writeToClient,
                           WriteNote writeNote, ClientAccess access, ObjectMapper json, ClientMessageFeed feed,
                           RecordAudit audit, ReopenTemplate reopen, Clock clock,
                           @Value("${zorgloket.feed.heartbeat:15s}") java.time.Duration heartbeat) {
        this.heartbeat = heartbeat;
        this.reopen = reopen;
        this.clock = clock;
        this.json = json;
        this.feed = feed;
        this.audit = audit;
        this.conversations = conversations;
        this.contacts = contacts;
        this.messages = messages;
        this.cases = cases;
        this.notes = notes;
        this.takeOver = takeOver;
        this.release = release;
        this.writeToClient = writeToClient;
        this.writeNote = writeNote;
        this.access = access;
    }

    /**
     * The live feed: an event for every new client message, on every instance (server-sent events,
     * a heartbeat comment every 15 seconds). It names the conversation, never the text: staff open
     * the conversation to read it, and that read is logged. It starts with a comment "watching": from
     * then on no client message is missed, so a page reads its lists after that.
     */
    @Get(value = "/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Object>> events(HttpRequest<?> request, Authentication who) {
        audit.record(who.getName(), request, AuditAction.SUBSCRIBE, AuditObject.CONVERSATION_FEED, null, null, null);
        Flux<Event<Object>> heartbeats = Flux.interval(heartbeat).map(i -> comment("heartbeat"));
        Flux<Event<Object>> messages = feed.events()
                .map(e -> Event.<Object>of(e).name("client-message").id(String.valueOf(e.messageId())));
        return Flux.concat(Flux.just(comment("watching")), Flux.merge(messages, heartbeats));
    }

    /** A comment: an event has data, so it gets an empty line of it, which a client passes over. */
    private static Event<Object> comment(String text) {
        return Event.<Object>of("").comment(text);
    }

    /**
     * Conversations in a mode (WAITING unless asked otherwise): crisis first, then urgent, then the rest,
     * most recently active first within each.
     */
    @Get
    List<DeskViews.ConversationSummary> list(HttpRequest<?> request, Authentication who,
                                             @QueryValue(defaultValue = "WAITING") String mode,
                                             @QueryValue(defaultValue = "0") int page,
                                             @QueryValue(defaultValue = "50") int size) {
        Mode m;
        try {
            m = Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(InvalidField.of("mode", "mode is BOT, WAITING, STAFF or CLOSED.")));
        }
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw ProblemException.invalid(List.of(InvalidField.of("size", "page from 0, size 1 to " + MAX_PAGE + ".")));
        }
        List<DeskViews.ConversationSummary> found = conversations.findByModeMostPressingFirst(m.name(), size,
                page * size).stream().map(this::summary).toList();
        for (DeskViews.ConversationSummary c : found) {
            access.log(who, request, AuditAction.LIST, AuditObject.CONVERSATION, c.id(), c.contactId());
        }
        return found;
    }

    /**
     * A client who calls the office is found by the number they write from ("06 12345678", "+31 6 ...")
     * or by part of their name, in any mode: a conversation still with the assistant can be taken over too.
     */
    @Get("/search")
    List<DeskViews.ConversationSummary> search(HttpRequest<?> request, Authentication who,
                                               @Nullable @QueryValue String q) {
        String query = q == null ? "" : q.strip();
        List<String> phones = ClientNumbers.candidates(query);
        if (query.length() > MAX_QUERY || phones.isEmpty() && query.codePoints().filter(Character::isLetter).count() < 2) {
            throw ProblemException.invalid(List.of(InvalidField.of("q", "q is a phone number (6 or more digits) or "
                    + "part of a name (2 or more letters), at most " + MAX_QUERY + " characters.")));
        }
        List<Conversation> found = phones.isEmpty() ? conversations.findByClientName(Like.containing(query), SEARCH_HITS)
                : conversations.findByClientPhone(phones, SEARCH_HITS);
        List<DeskViews.ConversationSummary> summaries = found.stream().map(this::summary).toList();
        for (DeskViews.ConversationSummary c : summaries) {
            access.log(who, request, AuditAction.SEARCH, AuditObject.CONVERSATION, c.id(), c.contactId());
        }
        return summaries;
    }

    @Get("/{id}")
    DeskViews.ConversationView get(HttpRequest<?> request, Authentication who, long id) {
        Conversation c = conversations.findById(id).orElseThrow(() -> ProblemException.notFound("Conversation " + id));
        access.log(who, request, AuditAction.READ, AuditObject.CONVERSATION, id, c.contactId());
        return new DeskViews.ConversationView(summary(c),
                messages.findByConversationIdOrderById(id).stream().map(DeskViews.MessageView::of).toList(),
                notes.findByConversationIdOrderById(id).stream().map(DeskViews.NoteView::of).toList(),
                c.medium() == Medium.WHATSAPP && reopen.configured() ? reopen.filledIn(firstName(c)) : null);
    }

    @Post("/{id}/takeover")
    TakeoverResult takeOver(HttpRequest<?> request, Authentication who, long id) {
        TakeOverConversation.TakenOver taken = handoff(() -> takeOver.takeOver(id, Tokens.userId(who), firstName(who)));
        access.log(who, request, AuditAction.TAKEOVER, AuditObject.CONVERSATION, id, contactOf(id));
        return new TakeoverResult(id, taken.clientNotified(), taken.noticeRefused().orElse(null));
    }

    @Post("/{id}/messages")
    @Status(HttpStatus.CREATED)
    Written write(HttpRequest<?> request, Authentication who, long id, @Body DeskViews.TextCommand command) {
        String text = text(command, MAX_TEXT);
        Message m;
        try {
            m = handoff(() -> writeToClient.write(id, Tokens.userId(who), text));
        } catch (OutboundRefused e) {
            throw new ProblemException(HttpStatus.CONFLICT, switch (e.reason()) {
                case WHATSAPP_WINDOW_CLOSED -> "WhatsApp window closed";
                case CLIENT_OPTED_OUT -> "Client opted out";
                case CONVERSATION_CLOSED -> "Conversation closed";
            }, e.getMessage());
        }
        access.log(who, request, AuditAction.SEND_MESSAGE, AuditObject.CONVERSATION, id, contactOf(id), "message " + m.id());
        return new Written(m.id());
    }

    /**
     * An approved WhatsApp template (Twilio Content API): the way to reach a client more than 24 hours
     * after their last message, when free text is refused.
     */
    @Post("/{id}/template")
    @Status(HttpStatus.CREATED)
    Written template(HttpRequest<?> request, Authentication who, long id, @Body TemplateCommand command) {
        List<InvalidField> errors = new ArrayList<>();
        if (command.contentSid() == null || !ReopenTemplate.CONTENT_SID.matcher(command.contentSid()).matches()) {
            errors.add(InvalidField.of("contentSid", "An approved template's ContentSid: HX and 32 hexadecimal characters."));
        }
        Map<String, String> variables = command.variables() == null ? Map.of() : command.variables();
        if (variables.size() > MAX_VARIABLES || variables.entrySet().stream().anyMatch(e -> e.getKey() == null
                || e.getKey().isBlank() || e.getValue() == null || e.getValue().length() > MAX_VARIABLE)) {
            errors.add(InvalidField.of("variables", "At most " + MAX_VARIABLES + " variables, each a name and a text of"
                    + " at most " + MAX_VARIABLE + " characters."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String variablesJson;
        try {
            variablesJson = json.writeValueAsString(new TreeMap<>(variables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Message m;
        try {
            m = handoff(() -> writeToClient.writeTemplate(id, Tokens.userId(who), command.contentSid(), variablesJson));
        } catch (OutboundRefused e) {
            throw new ProblemException(HttpStatus.CONFLICT, e.reason() == OutboundRefused.Reason.CLIENT_OPTED_OUT
                    ? "Client opted out" : "Conversation closed", e.getMessage());
        }
        access.log(who, request, AuditAction.SEND_TEMPLATE, AuditObject.CONVERSATION, id, contactOf(id), "message " + m.id());
        return new Written(m.id());
    }

    /**
     * A WhatsApp client whose 24-hour window has closed is invited to answer with the approved template of
     * {@code zorgloket.whatsapp.reopen}, greeting them by first name; once they answer, free text may follow.
     */
    @Post("/{id}/reopen")
    @Status(HttpStatus.CREATED)
    Written reopen(HttpRequest<?> request, Authentication who, long id) {
        Conversation c = conversations.findById(id).orElseThrow(() -> ProblemException.notFound("Conversation " + id));
        if (c.medium() != Medium.WHATSAPP) {
            throw ProblemException.conflict("Only WhatsApp closes its window; write to this client as usual.");
        }
        if (!reopen.configured()) {
            throw ProblemException.conflict("No WhatsApp template is set up to invite the client to answer: set "
                    + "ZORGLOKET_WHATSAPP_REOPEN_CONTENT_SID and ZORGLOKET_WHATSAPP_REOPEN_TEXT.");
        }
        String name = firstName(c);
        String variablesJson;
        try {
            variablesJson = json.writeValueAsString(Map.of("1", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Message m;
        try {
            m = handoff(() -> writeToClient.writeTemplate(id, Tokens.userId(who), reopen.contentSid(), variablesJson,
                    reopen.filledIn(name)));
        } catch (OutboundRefused e) {
            throw new ProblemException(HttpStatus.CONFLICT, e.reason() == OutboundRefused.Reason.CLIENT_OPTED_OUT
                    ? "Client opted out" : "Conversation closed", e.getMessage());
        }
        access.log(who, request, AuditAction.SEND_TEMPLATE, AuditObject.CONVERSATION, id, c.contactId(), "message " + m.id());
        return new Written(m.id());
    }

    /** The client's first name as they told it in the request, else as their WhatsApp profile shows it. */
    private String firstName(Conversation c) {
        String told = cases.findFirstByConversationIdOrderByIdDesc(c.id()).map(CareCase::contactName).orElse(null);
        String name = told != null && !told.isBlank() ? told
                : contacts.findById(c.contactId()).map(Contact::displayName).orElse(null);
        return name == null || name.isBlank() ? ReopenTemplate.NO_NAME : name.strip().split("\\s+")[0];
    }

    @Post("/{id}/notes")
    @Status(HttpStatus.CREATED)
    Written note(HttpRequest<?> request, Authentication who, long id, @Body DeskViews.TextCommand command) {
        String text = text(command, MAX_NOTE);
        StaffNote note = handoff(() -> writeNote.write(id, Tokens.userId(who), text));
        access.log(who, request, AuditAction.NOTE, AuditObject.CONVERSATION, id, contactOf(id), "note " + note.id());
        return new Written(note.id());
    }

    @Post("/{id}/release")
    ReleaseResult release(HttpRequest<?> request, Authentication who, long id) {
        boolean told = handoff(() -> release.release(id, Tokens.userId(who)));
        access.log(who, request, AuditAction.RELEASE, AuditObject.CONVERSATION, id, contactOf(id));
        return new ReleaseResult(id, told);
    }

    private DeskViews.ConversationSummary summary(Conversation c) {
        Contact contact = contacts.findById(c.contactId()).orElseThrow();
        CareCase careCase = cases.findFirstByConversationIdOrderByIdDesc(c.id()).orElse(null);
        return new DeskViews.ConversationSummary(c.id(), c.contactId(), c.medium(), c.mode(), contact.displayName(),
                c.lastInboundAt(), c.updatedAt(), c.assignedStaffId(), careCase == null ? null : careCase.id(),
                careCase == null ? null : careCase.status(), careCase == null ? null : careCase.priority(),
                DeskViews.handoffReasons(careCase, json), c.canSendFreeform(clock.instant()));
    }

    private Long contactOf(long conversationId) {
        return conversations.findById(conversationId).map(Conversation::contactId).orElse(null);
    }

    private static String firstName(Authentication who) {
        Object name = who.getAttributes().get("name");
        String full = name == null ? who.getName() : name.toString();
        return full.strip().split("\\s+")[0];
    }

    private static String text(DeskViews.TextCommand command, int max) {
        String text = command.text() == null ? "" : command.text().strip();
        if (text.isEmpty() || text.length() > max || text.indexOf('\0') >= 0) {
            throw ProblemException.invalid(List.of(InvalidField.of("text", "Write 1 to " + max + " characters.")));
        }
        return text;
    }

    /** Runs a handoff step; a refusal becomes the problem it is. */
    static <T> T handoff(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (HandoffRefused e) {
            throw switch (e.reason()) {
                case NO_SUCH_CONVERSATION -> ProblemException.notFound("The conversation");
                case CLOSED, HELD_BY_ANOTHER, NOT_HELD -> ProblemException.conflict(e.getMessage());
            };
        }
    }
}

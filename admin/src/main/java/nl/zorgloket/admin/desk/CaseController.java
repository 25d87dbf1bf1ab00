package nl.zorgloket.admin.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.staff.Tokens;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.carecase.CaseStatus;
import nl.zorgloket.intake.carecase.OpenCase;
import nl.zorgloket.intake.conversation.Consent;
import nl.zorgloket.intake.conversation.ConsentRepository;
import nl.zorgloket.intake.conversation.Contact;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.intake.dialogue.Indication;
import nl.zorgloket.intake.dialogue.Slot;
import nl.zorgloket.search.care.CareCategory;
import nl.zorgloket.search.care.CareVocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * /api/cases: the customer office's queue. Staff see every case; a coordinator sees the waiting
 * cases and their own, and no other coordinator's.
 */
@Controller("/api/cases")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.STAFF_NAME, Role.COORDINATOR_NAME})
class CaseController {
    private static final int MAX_PAGE = 100;

    @Serdeable
    record AssignCommand(@Nullable Long coordinatorId) {
    }

    @Serdeable
    record CloseCommand(@Nullable String outcome) {
    }

    private final CareCaseRepository cases;
    private final ContactRepository contacts;
    private final ConsentRepository consents;
    private final MessageRepository messages;
    private final ChangeCase changeCase;
    private final ClientAccess access;
    private final ObjectMapper json;
    private final Map<String, CareCategory> categories;

    CaseController(CareCaseRepository cases, ContactRepository contacts, ConsentRepository consents,
                   MessageRepository messages, ChangeCase changeCase, ClientAccess access, ObjectMapper json,
                   CareVocabulary vocabulary) {
        this.categories = vocabulary.categories().stream()
                .collect(Collectors.toUnmodifiableMap(CareCategory::code, Function.identity()));
        this.cases = cases;
        this.contacts = contacts;
        this.consents = consents;
        this.messages = messages;
        this.changeCase = changeCase;
        this.access = access;
        this.json = json;
    }

    @Get
    List<DeskViews.CaseSummary> list(HttpRequest<?> request, Authentication who, @Nullable @QueryValue String status,
                                     @QueryValue(defaultValue = "0") int page,
                                     @QueryValue(defaultValue = "50") int size) {
        String s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(List.of(InvalidField.of("status",
                        "status is NEEDS_STAFF, WAITING_FOR_COORDINATOR, ASSIGNED or CLOSED.")));
            }
        }
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw ProblemException.invalid(List.of(InvalidField.of("size", "page from 0, size 1 to " + MAX_PAGE + ".")));
        }
        Long onlyOwn = staff(who) ? null : Tokens.userId(who);
        List<DeskViews.CaseSummary> found = cases.queue(s, onlyOwn, size, page * size).stream().map(this::summary).toList();
        for (DeskViews.CaseSummary c : found) {
            access.log(who, request, AuditAction.LIST, AuditObject.CARE_CASE, c.id(), c.contactId());
        }
        return found;
    }

    @Get("/{id}")
    DeskViews.CaseView get(HttpRequest<?> request, Authentication who, long id) {
        CareCase c = visible(who, id);
        access.log(who, request, AuditAction.READ, AuditObject.CARE_CASE, id, c.contactId());
        Consent consent = c.consentId() == null ? null : consents.findById(c.consentId()).orElse(null);
        // the number the client wrote from: "bel me op dit nummer" is this one
        String phone = contacts.findById(c.contactId()).map(Contact::phone).orElse(null);
        Map<String, Object> answers = read(c.answers(), Argument.mapOf(String.class, Object.class), Map.of());
        return new DeskViews.CaseView(summary(c), c.ageYears(), c.postcode(), c.address(), careKinds(c), c.indication(),
                indicationKind(answers), c.urgency(), c.contactPreference(), c.contactDetail(), phone, answers,
                consent == null ? null : new DeskViews.ConsentView(consent.textVersion(), consent.givenAt(),
                        consent.medium(), consent.messageId(), consent.withdrawnAt()),
                read(c.suggestedProviders(), Argument.listOf(Object.class), List.of()), c.chosenProvider(), c.outcome(),
                c.closedAt(),
                messages.findByConversationIdOrderById(c.conversationId()).stream().map(DeskViews.MessageView::of).toList());
    }

    /** Staff assign any coordinator; a coordinator takes a waiting case on themselves. */
    @Post("/{id}/assign")
    DeskViews.CaseSummary assign(HttpRequest<?> request, Authentication who, long id, @Body AssignCommand command) {
        CareCase c = visible(who, id);
        long coordinator = command.coordinatorId() == null ? Tokens.userId(who) : command.coordinatorId();
        if (!staff(who) && coordinator != Tokens.userId(who)) {
            throw ProblemException.invalid(List.of(InvalidField.of("coordinatorId",
                    "A coordinator takes a case on themselves; staff assign others.")));
        }
        CareCase assigned = changeCase.assign(id, coordinator);
        access.log(who, request, AuditAction.ASSIGN, AuditObject.CARE_CASE, id, c.contactId(), "coordinator " + coordinator);
        return summary(assigned);
    }

    @Post("/{id}/close")
    DeskViews.CaseSummary close(HttpRequest<?> request, Authentication who, long id, @Body CloseCommand command) {
        CareCase c = visible(who, id);
        if (!staff(who) && !Long.valueOf(Tokens.userId(who)).equals(c.coordinatorId())) {
            throw ProblemException.notFound("Case " + id);
        }
        String outcome = command.outcome() == null ? "" : command.outcome().strip();
        if (outcome.isEmpty() || outcome.length() > 500) {
            throw ProblemException.invalid(List.of(InvalidField.of("outcome",
                    "Say in 1 to 500 characters how the case ended.")));
        }
        CareCase closed = changeCase.close(id, outcome);
        access.log(who, request, AuditAction.CLOSE, AuditObject.CARE_CASE, id, c.contactId());
        return summary(closed);
    }

    /**
     * The case, when this user may see it: staff every case, a coordinator the waiting ones and their
     * own. Any other answers as if it did not exist, so ids cannot be probed.
     */
    private CareCase visible(Authentication who, long id) {
        CareCase c = cases.findById(id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        boolean waiting = c.status() == CaseStatus.NEEDS_STAFF || c.status() == CaseStatus.WAITING_FOR_COORDINATOR;
        if (staff(who) || waiting || Long.valueOf(Tokens.userId(who)).equals(c.coordinatorId())) {
            return c;
        }
        throw ProblemException.notFound("Case " + id);
    }

    private static boolean staff(Authentication who) {
        return who.getRoles().contains(Role.STAFF_NAME);
    }

    private DeskViews.CaseSummary summary(CareCase c) {
        String client = contacts.findById(c.contactId()).map(x -> x.displayName()).orElse(null);
        return new DeskViews.CaseSummary(c.id(), c.status(), c.priority(), DeskViews.handoffReasons(c, json),
                c.conversationId(), c.contactId(),
                c.contactName() != null ? c.contactName() : client, c.careFor(), c.ageGroup(), c.municipality(),
                c.needText(), c.coordinatorId(), c.createdAt());
    }

    /** The kinds of care read from the need, as staff read them; a code no longer known shows as itself. */
    private List<DeskViews.CareKind> careKinds(CareCase c) {
        return read(c.careCategories(), Argument.listOf(String.class), List.<String>of()).stream()
                .map(code -> new DeskViews.CareKind(code,
                        categories.containsKey(code) ? categories.get(code).labelNl() : code))
                .toList();
    }

    /**
     * The law or form the client named with the indication ("ja, wmo": Wmo), read from their own words in
     * the case's answers ({@link OpenCase.Answers}).
     */
    private static String indicationKind(Map<String, Object> answers) {
        return answers.get("answers") instanceof Map<?, ?> slots
                && slots.get(Slot.INDICATION.name()) instanceof Map<?, ?> indication
                && indication.get("said") instanceof String said ? Indication.kindIn(said).orElse(null) : null;
    }

    private <T> T read(String text, Argument<T> type, T empty) {
        if (text == null || text.isBlank()) {
            return empty;
        }
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

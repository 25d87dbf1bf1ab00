package nl.zorgloket.admin.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.audit.AuditRepository;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.conversation.Consent;
import nl.zorgloket.intake.conversation.ConsentRepository;
import nl.zorgloket.intake.conversation.Contact;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.intake.handoff.StaffNoteRepository;
import nl.zorgloket.intake.privacy.EraseClient;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A client's rights (AVG): everything held about them as JSON (article 15), and erasure (article
 * 17). Staff handle these requests; both are written to the access log.
 */
@Controller("/api/contacts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.STAFF_NAME)
class ContactController {
    @Serdeable
    record MessageExport(long id, String direction, String author, @Nullable String text, @Nullable String media,
                         Instant at, @Nullable String deliveryStatus) {
    }

    @Serdeable
    record ConversationExport(long id, String medium, String mode, Instant startedAt, @Nullable Instant closedAt,
                              @JsonInclude(JsonInclude.Include.ALWAYS) List<MessageExport> messages,
                              @JsonInclude(JsonInclude.Include.ALWAYS) List<String> staffNotes) {
    }

    @Serdeable
    record CaseExport(long id, String status, String priority, @Nullable String careFor, @Nullable Integer age,
                      @Nullable String municipality, @Nullable String postcode, @Nullable String address,
                      @Nullable String need,
                      @Nullable String indication, @Nullable String urgency, @Nullable String name,
                      @Nullable String contactPreference, @Nullable String contactDetail, Object answers,
                      @Nullable Object suggestedProviders, @Nullable String chosenProvider, @Nullable String outcome,
                      Instant createdAt, @Nullable Instant closedAt) {
    }

    @Serdeable
    record ConsentExport(String textVersion, Instant givenAt, String channel, @Nullable Instant withdrawnAt) {
    }

    /** Who looked at or changed this client's data: the client may know that too. */
    @Serdeable
    record AccessExport(Instant at, String who, String what, String objectType) {
    }

    @Serdeable
    record ContactExport(long id, String address, @Nullable String phone, @Nullable String name,
                         @Nullable String language, @Nullable Instant optedOutAt, Instant firstContact,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<ConversationExport> conversations,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<CaseExport> cases,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<ConsentExport> consents,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<AccessExport> accessLog) {
    }

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final StaffNoteRepository notes;
    private final CareCaseRepository cases;
    private final ConsentRepository consents;
    private final AuditRepository auditLog;
    private final EraseClient erase;
    private final RecordAudit audit;
    private final ObjectMapper json;

    ContactController(ContactRepository contacts, ConversationRepository conversations, MessageRepository messages,
                      StaffNoteRepository notes, CareCaseRepository cases, ConsentRepository consents,
                      AuditRepository auditLog, EraseClient erase, RecordAudit audit, ObjectMapper json) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
        this.notes = notes;
        this.cases = cases;
        this.consents = consents;
        this.auditLog = auditLog;
        this.erase = erase;
        this.audit = audit;
        this.json = json;
    }

    @Get("/{id}/export")
    HttpResponse<ContactExport> export(HttpRequest<?> request, Authentication who, long id) {
        Contact c = contacts.findById(id).orElseThrow(() -> ProblemException.notFound("Contact " + id));
        List<ConversationExport> talks = conversations.findByContactIdOrderById(id).stream().map(this::export).toList();
        List<CaseExport> caseExports = cases.findByContactIdOrderById(id).stream().map(this::export).toList();
        List<ConsentExport> given = consents.findByContactIdOrderById(id).stream()
                .map(x -> new ConsentExport(x.textVersion(), x.givenAt(), x.medium().name(), x.withdrawnAt())).toList();
        List<AccessExport> access = auditLog.search(id, null, null, null, 10_000, 0).stream()
                .map(e -> new AccessExport(e.occurredAt(), e.actor(), e.action(), e.objectType())).toList();
        audit.record(who.getName(), request, AuditAction.EXPORT, AuditObject.CONTACT, String.valueOf(id), id, null);
        return HttpResponse.ok(new ContactExport(c.id(), c.channelAddress(), c.phone(), c.displayName(), c.language(),
                        c.optedOutAt(), c.createdAt(), talks, caseExports, given, access))
                .header("Content-Disposition", "attachment; filename=\"client-" + id + ".json\"");
    }

    /** Erasure: personal data and texts go, a pseudonym stays for the access log. */
    @Delete("/{id}")
    HttpResponse<Void> erase(HttpRequest<?> request, Authentication who, long id) {
        if (!erase.erase(id)) {
            throw ProblemException.notFound("Contact " + id);
        }
        audit.record(who.getName(), request, AuditAction.ERASE, AuditObject.CONTACT, String.valueOf(id), id, null);
        return HttpResponse.noContent();
    }

    private ConversationExport export(Conversation c) {
        List<MessageExport> said = messages.findByConversationIdOrderById(c.id()).stream().map(this::export).toList();
        List<String> written = notes.findByConversationIdOrderById(c.id()).stream().map(n -> n.body()).toList();
        return new ConversationExport(c.id(), c.medium().name(), c.mode().name(), c.createdAt(), c.closedAt(), said,
                written);
    }

    private MessageExport export(Message m) {
        return new MessageExport(m.id(), m.direction().name(), m.author().name(), m.body(), m.media(), m.createdAt(),
                m.deliveryStatus());
    }

    private CaseExport export(CareCase c) {
        return new CaseExport(c.id(), c.status().name(), c.priority().name(), c.careFor(), c.ageYears(), c.municipality(),
                c.postcode(), c.address(), c.needText(), c.indication(), c.urgency(), c.contactName(), c.contactPreference(),
                c.contactDetail(), parse(c.answers()), parse(c.suggestedProviders()), c.chosenProvider(), c.outcome(),
                c.createdAt(), c.closedAt());
    }

    private Object parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            return text;
        }
    }
}

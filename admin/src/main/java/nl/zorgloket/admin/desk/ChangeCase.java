package nl.zorgloket.admin.desk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.staff.StaffUser;
import nl.zorgloket.admin.staff.StaffUserRepository;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.carecase.CaseStatus;
import nl.zorgloket.intake.conversation.Author;
import nl.zorgloket.intake.conversation.Contact;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Mode;
import nl.zorgloket.intake.outbox.QueueOutboundMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A case gets its coordinator, or is closed with an outcome; under the case's row lock, taken after
 * the contact's and the conversation's as every inbound message takes them. A client whose case gets
 * a (new) coordinator is told who, in their own channel, when they can be written to.
 */
@Singleton
class ChangeCase {
    private final CareCaseRepository cases;
    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final StaffUserRepository users;
    private final QueueOutboundMessage outbound;
    private final Clock clock;

    ChangeCase(CareCaseRepository cases, ContactRepository contacts, ConversationRepository conversations,
               StaffUserRepository users, QueueOutboundMessage outbound, Clock clock) {
        this.cases = cases;
        this.contacts = contacts;
        this.conversations = conversations;
        this.users = users;
        this.outbound = outbound;
        this.clock = clock;
    }

    @Transactional
    CareCase assign(long caseId, long coordinatorId) {
        StaffUser coordinator = users.findById(coordinatorId).filter(StaffUser::active)
                .filter(u -> u.roleSet().contains(Role.COORDINATOR))
                .orElseThrow(() -> ProblemException.invalid(List.of(InvalidField.of("coordinatorId",
                        "No active coordinator has id " + coordinatorId + "."))));
        CareCase unlocked = cases.findById(caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        Contact contact = contacts.findByIdForUpdate(unlocked.contactId()).orElseThrow();
        conversations.findByIdForUpdate(unlocked.conversationId()).orElseThrow();
        CareCase c = cases.findByIdForUpdate(caseId).orElseThrow();
        if (c.status() == CaseStatus.CLOSED) {
            throw ProblemException.conflict("This case is closed.");
        }
        CareCase assigned = cases.update(with(c, CaseStatus.ASSIGNED, coordinator.id(), c.outcome(), null));
        if (!Objects.equals(c.coordinatorId(), coordinator.id())) {
            // "één coördinator": the client knows who; one who cannot be written to now hears it when called
            String name = coordinator.firstName();
            outbound.queueIfAllowed(c.conversationId(), Author.SYSTEM, null, "en".equals(contact.language())
                    ? "Hi! From now on " + name + " is your coordinator: your contact person. " + name
                            + " will get in touch with you."
                    : "Hoi! Vanaf nu is " + name + " je coördinator: je vaste aanspreekpunt. " + name
                            + " neemt contact met je op.");
        }
        return assigned;
    }

    /**
     * Closes the case and its conversation: the client's next message starts a new conversation
     * (and, through the household, finds the same coordinator). Locks contact, conversation, case:
     * the order every inbound message takes.
     */
    @Transactional
    CareCase close(long caseId, String outcome) {
        CareCase unlocked = cases.findById(caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        contacts.findByIdForUpdate(unlocked.contactId()).orElseThrow();
        Conversation conversation = conversations.findByIdForUpdate(unlocked.conversationId()).orElseThrow();
        CareCase c = cases.findByIdForUpdate(caseId).orElseThrow();
        if (c.status() == CaseStatus.CLOSED) {
            throw ProblemException.conflict("This case is closed already.");
        }
        Instant now = clock.instant();
        if (conversation.closedAt() == null) {
            conversations.update(new Conversation(conversation.id(), conversation.contactId(), null,
                    conversation.medium(), Mode.CLOSED, conversation.dialogueState(), null,
                    conversation.lastInboundAt(), conversation.version(), conversation.createdAt(), now, now));
        }
        return cases.update(with(c, CaseStatus.CLOSED, c.coordinatorId(), outcome, now));
    }

    private CareCase with(CareCase c, CaseStatus status, Long coordinatorId, String outcome, Instant closedAt) {
        return new CareCase(c.id(), c.conversationId(), c.contactId(), c.consentId(), status, c.priority(),
                c.handoffReasons(), c.careFor(),
                c.ageYears(), c.ageGroup(), c.municipality(), c.postcode(), c.address(), c.needText(), c.careCategories(),
                c.indication(), c.urgency(), c.contactName(), c.contactPreference(), c.contactDetail(), c.answers(),
                c.suggestedProviders(), c.chosenProvider(), coordinatorId, outcome, c.version(), c.createdAt(),
                clock.instant(), closedAt);
    }
}

package nl.zorgloket.intake.carecase;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Consent;
import nl.zorgloket.intake.conversation.ConsentRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.dialogue.Answer;
import nl.zorgloket.intake.dialogue.ContactPreference;
import nl.zorgloket.intake.dialogue.Correction;
import nl.zorgloket.intake.dialogue.DialogueState;
import nl.zorgloket.intake.dialogue.Effect;
import nl.zorgloket.intake.dialogue.Slot;
import nl.zorgloket.search.place.Gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes what the dialogue learned into the conversation's open case, creating it when there is none. */
@Singleton
public class OpenCase {
    /** The width of care_case.contact_detail; the whole detail stays in the answers. */
    public static final int CONTACT_DETAIL_CHARS = 200;
    private final CareCaseRepository cases;
    private final ConsentRepository consents;
    private final ObjectMapper json;

    OpenCase(CareCaseRepository cases, ConsentRepository consents, ObjectMapper json) {
        this.cases = cases;
        this.consents = consents;
        this.json = json;
    }

    /** Every answer with the message it came from, and each correction the client made. */
    @Serdeable
    public record Answers(Map<Slot, Answer> answers, List<Correction> corrections) {
    }

    public CareCase submit(Conversation conversation, DialogueState state, Instant now) {
        // the open case of this request (one a handoff opened on the way); a request made after "opnieuw"
        // is a case of its own, and the one handed in before stays as it was
        Optional<CareCase> open = cases.findOpenByConversation(conversation.id()).filter(c -> sameRequest(c, state));
        Priority priority = open.map(CareCase::priority).filter(p -> p == Priority.CRISIS)
                .orElse("SOON".equals(state.value(Slot.URGENCY)) ? Priority.URGENT : Priority.NORMAL);
        // a household that has a coordinator keeps them; else the case waits for one
        Long coordinator = open.map(CareCase::coordinatorId)
                .or(() -> cases.householdCoordinator(conversation.contactId(), address(state))).orElse(null);
        CareCase c = fromState(open.map(CareCase::id).orElse(null), conversation, state,
                coordinator == null ? CaseStatus.WAITING_FOR_COORDINATOR : CaseStatus.ASSIGNED, coordinator, priority,
                open.map(CareCase::handoffReasons).orElse(null), open.map(CareCase::version).orElse(null),
                open.map(CareCase::createdAt).orElse(now), now);
        return open.isPresent() ? cases.update(c) : cases.save(c);
    }

    /**
     * A person is to take over: the conversation's open case, or a new one, waits for staff with the
     * reason added to the ones it has. A crisis raises the priority; nothing lowers it.
     */
    public void forHandoff(Conversation conversation, Effect.Handoff.Reason reason, DialogueState state, Instant now) {
        Priority priority = reason == Effect.Handoff.Reason.CRISIS ? Priority.CRISIS
                : reason == Effect.Handoff.Reason.CLIENT_ASKED && "SOON".equals(state.value(Slot.URGENCY))
                ? Priority.URGENT : Priority.NORMAL;
        Optional<CareCase> open = cases.findOpenByConversation(conversation.id());
        if (open.isPresent()) {
            CareCase c = open.get();
            List<String> reasons = new ArrayList<>(handoffReasons(c));
            boolean newReason = !reasons.contains(reason.name());
            boolean higher = priority.ordinal() < c.priority().ordinal();
            if (newReason) {
                reasons.add(reason.name());
            }
            if (newReason || higher) {
                cases.updateHandoff(c.id(), (higher ? priority : c.priority()).name(), write(reasons), now);
            }
            return;
        }
        // staff answer now; the household's coordinator, if it has one, sees it among their own cases
        cases.save(fromState(null, conversation, state, CaseStatus.NEEDS_STAFF,
                cases.householdCoordinator(conversation.contactId(), address(state)).orElse(null), priority,
                write(List.of(reason.name())), null, now, now));
    }

    private List<String> handoffReasons(CareCase c) {
        if (c.handoffReasons() == null) {
            return List.of();
        }
        try {
            return json.readValue(c.handoffReasons(), Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the case was written from this request: it holds no answer yet beyond consent (a handoff
     * before any question), or it shares an answer said in the same message. A request begun again
     * with "opnieuw" keeps only the consent, so it shares nothing with the one handed in before.
     */
    private boolean sameRequest(CareCase c, DialogueState state) {
        Answers written = read(c.answers());
        Map<Slot, Answer> now = state.answersBySlot();
        boolean onlyConsent = written.answers() == null || written.answers().keySet().stream()
                .allMatch(slot -> slot == Slot.CONSENT);
        return onlyConsent || written.answers().entrySet().stream().anyMatch(e -> e.getKey() != Slot.CONSENT
                && now.get(e.getKey()) != null && now.get(e.getKey()).messageId() == e.getValue().messageId());
    }

    private Answers read(String answers) {
        try {
            return json.readValue(answers, Answers.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CareCase fromState(Long id, Conversation conversation, DialogueState s, CaseStatus status,
                               Long coordinatorId, Priority priority, String handoffReasons, Long version,
                               Instant createdAt, Instant now) {
        Integer age = s.has(Slot.AGE) ? Integer.valueOf(s.value(Slot.AGE)) : null;
        Answer place = s.answer(Slot.PLACE);
        Answer need = s.answer(Slot.NEED);
        Answer contact = s.answer(Slot.CONTACT);
        Long consentId = consents.findByConversationId(conversation.id()).stream()
                .max(Comparator.comparing(Consent::givenAt)).map(Consent::id).orElse(null);
        String categories = need == null || need.value().isEmpty() ? null
                : write(Arrays.asList(need.value().split(",")));
        return new CareCase(id, conversation.id(), conversation.contactId(), consentId, status, priority, handoffReasons,
                s.value(Slot.CARE_FOR), age, CareCase.ageGroup(age), place == null ? null : place.value(),
                place == null ? null : Gazetteer.postcodeIn(place.said()), address(s), need == null ? null : need.said(),
                categories,
                s.value(Slot.INDICATION), s.value(Slot.URGENCY), s.value(Slot.NAME),
                s.value(Slot.CONTACT), contactDetail(contact),
                write(new Answers(s.answersBySlot(), s.corrections())),
                s.suggestions().isEmpty() ? null : write(s.suggestions()), s.chosenProvider(), coordinatorId, null,
                version, createdAt, now, null);
    }

    /** The number or address to use, or for this channel when to use it ("na 17:00"), as the client said. */
    private static String contactDetail(Answer contact) {
        if (contact == null) {
            return null;
        }
        return fitted("OTHER".equals(contact.value()) ? contact.said()
                : ContactPreference.when(contact.said()).orElse(null));
    }

    /** The detail as its column holds it: shortened with "…", cut between characters, never inside an emoji. */
    static String fitted(String detail) {
        if (detail == null || detail.length() <= CONTACT_DETAIL_CHARS) {
            return detail;
        }
        int end = CONTACT_DETAIL_CHARS - 1;
        if (Character.isHighSurrogate(detail.charAt(end - 1))) {
            end--;
        }
        return detail.substring(0, end) + "…";
    }

    private static String address(DialogueState s) {
        Answer place = s.answer(Slot.PLACE);
        return place == null ? null : Gazetteer.addressIn(place.said());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

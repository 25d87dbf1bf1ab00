package nl.zorgloket.admin.desk;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CaseStatus;
import nl.zorgloket.intake.carecase.Priority;
import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.Mode;
import nl.zorgloket.intake.handoff.StaffNote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the desk API shows of conversations and cases: responses, never entities. */
final class DeskViews {
    private DeskViews() {
    }

    /**
     * @param handoffReasons why a person was asked to take over (CLIENT_ASKED, CRISIS, SEE_DATA, ERASE, COMPLAINT,
     *                       VIOLENCE), in the order they came; empty when there was no such reason
     * @param freeTextAllowed false for a WhatsApp client who last wrote more than 24 hours ago: only an approved
     *                        template reaches them now
     */
    @Serdeable
    record ConversationSummary(long id, long contactId, Medium medium, Mode mode, @Nullable String client,
                               @Nullable Instant lastInboundAt, Instant updatedAt, @Nullable Long heldBy,
                               @Nullable Long caseId, @Nullable CaseStatus caseStatus, @Nullable Priority priority,
                               @JsonInclude(JsonInclude.Include.ALWAYS) List<String> handoffReasons,
                               boolean freeTextAllowed) {
    }

    @Serdeable
    record MessageView(long id, String direction, String author, @Nullable String body, boolean media,
                       Instant createdAt, @Nullable String deliveryStatus, @Nullable Integer errorCode,
                       @Nullable Long staffUserId) {
        static MessageView of(Message m) {
            return new MessageView(m.id(), m.direction().name(), m.author().name(), m.body(), m.media() != null,
                    m.createdAt(), m.deliveryStatus(), m.errorCode(), m.staffUserId());
        }
    }

    @Serdeable
    record NoteView(long id, long staffUserId, String text, Instant createdAt) {
        static NoteView of(StaffNote n) {
            return new NoteView(n.id(), n.staffUserId(), n.body(), n.createdAt());
        }
    }

    /**
     * @param reopenText on WhatsApp, the invitation to answer that {@code POST /api/conversations/{id}/reopen} sends,
     *                   as the client would read it; null when no template is set up or on another channel
     */
    @Serdeable
    record ConversationView(ConversationSummary conversation,
                            @JsonInclude(JsonInclude.Include.ALWAYS) List<MessageView> messages,
                            @JsonInclude(JsonInclude.Include.ALWAYS) List<NoteView> notes,
                            @Nullable String reopenText) {
    }

    /** @param handoffReasons as in {@link ConversationSummary} */
    @Serdeable
    record CaseSummary(long id, CaseStatus status, Priority priority,
                       @JsonInclude(JsonInclude.Include.ALWAYS) List<String> handoffReasons,
                       long conversationId, long contactId,
                       @Nullable String client,
                       @Nullable String careFor, @Nullable String ageGroup, @Nullable String municipality,
                       @Nullable String needText, @Nullable Long coordinatorId, Instant createdAt) {
    }

    /** The consent a client gave: which text, when, through which channel, in which message. */
    @Serdeable
    record ConsentView(String textVersion, Instant givenAt, Medium medium, long messageId,
                       @Nullable Instant withdrawnAt) {
    }

    @Serdeable
    record CaseView(CaseSummary summary, @Nullable Integer ageYears, @Nullable String postcode, @Nullable String address,
                    @JsonInclude(JsonInclude.Include.ALWAYS) List<CareKind> careKinds,
                    @Nullable String indication, @Nullable String indicationKind, @Nullable String urgency,
                    @Nullable String contactPreference,
                    @Nullable String contactDetail, @Nullable String phone,
                    @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> answers,
                    @Nullable ConsentView consent,
                    @JsonInclude(JsonInclude.Include.ALWAYS) List<Object> suggestedProviders,
                    @Nullable String chosenProvider, @Nullable String outcome, @Nullable Instant closedAt,
                    @JsonInclude(JsonInclude.Include.ALWAYS) List<MessageView> transcript) {
    }

    /** A kind of care read from the client's words: its code and what staff read ("verzorging thuis (wijkverpleging)"). */
    @Serdeable
    record CareKind(String code, String label) {
    }

    /** Why a person was asked to take over the case (a JSON array in its column); none without a case. */
    static List<String> handoffReasons(@Nullable CareCase c, ObjectMapper json) {
        if (c == null || c.handoffReasons() == null) {
            return List.of();
        }
        try {
            return json.readValue(c.handoffReasons(), Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record TextCommand(@Nullable String text) {
    }
}

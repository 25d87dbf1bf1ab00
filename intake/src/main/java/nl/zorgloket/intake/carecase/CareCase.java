package nl.zorgloket.intake.carecase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * A care request for the customer office. JSON columns are kept as text here and read by the
 * admin API; the dialogue's state is the source they were written from.
 *
 * @param handoffReasons why a person was asked to take over, a JSON array of {@code Effect.Handoff.Reason}
 *                       names in the order they came; null when there was no such reason
 * @param contactDetail with {@code OTHER} the number or address to use; otherwise when the client would
 *                      like to be reached, in their words ("na 17:00"), or null
 */
@MappedEntity("care_case")
public record CareCase(
        @Id @GeneratedValue @Nullable Long id,
        Long conversationId,
        Long contactId,
        @Nullable Long consentId,
        CaseStatus status,
        Priority priority,
        @Nullable String handoffReasons,
        @Nullable String careFor,
        @Nullable Integer ageYears,
        @Nullable String ageGroup,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable String address,
        @Nullable String needText,
        @Nullable String careCategories,
        @Nullable String indication,
        @Nullable String urgency,
        @Nullable String contactName,
        @Nullable String contactPreference,
        @Nullable String contactDetail,
        String answers,
        @Nullable String suggestedProviders,
        @Nullable String chosenProvider,
        @Nullable Long coordinatorId,
        @Nullable String outcome,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt) {

    /** Age groups as providers and municipalities (Jeugdwet, Wmo) divide them. */
    public static String ageGroup(Integer age) {
        if (age == null) {
            return null;
        }
        if (age < 18) {
            return "JEUGD";
        }
        return age < 65 ? "VOLWASSENE" : "OUDERE";
    }
}

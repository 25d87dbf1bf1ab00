package nl.zorgloket.bot.pages;

import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.intake.carecase.CaseStatus;
import nl.zorgloket.intake.carecase.Priority;
import nl.zorgloket.intake.conversation.Author;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.conversation.Mode;
import nl.zorgloket.intake.dialogue.CareFor;
import nl.zorgloket.intake.dialogue.ContactPreference;
import nl.zorgloket.intake.dialogue.Effect;
import nl.zorgloket.intake.dialogue.Indication;
import nl.zorgloket.intake.dialogue.Urgency;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The staff console shows every code the API sends in Dutch: a new code without a label fails here. */
class ConsoleLabelsTest {

    @Test
    void everyCodeTheConsoleShowsHasADutchLabel() throws IOException {
        String js;
        try (InputStream in = getClass().getResourceAsStream("/console/console.js")) {
            assertNotNull(in, "console.js on the classpath");
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> missing = new ArrayList<>();
        check(js, "priority", Priority.values(), missing);
        check(js, "status", CaseStatus.values(), missing);
        check(js, "medium", Medium.values(), missing);
        check(js, "mode", Mode.values(), missing);
        check(js, "careFor", CareFor.values(), missing);
        check(js, "indication", Indication.values(), missing);
        check(js, "urgency", Urgency.values(), missing);
        check(js, "contactPreference", ContactPreference.values(), missing);
        check(js, "author", Author.values(), missing);
        check(js, "deliveryStatus", DeliveryStatus.values(), missing);
        check(js, "role", Role.values(), missing);
        check(js, "handoffReason", Effect.Handoff.Reason.values(), missing);
        check(js, "action", AuditAction.values(), missing);
        check(js, "objectType", Arrays.stream(AuditObject.values()).map(AuditObject::code).toList(), missing);
        assertEquals(List.of(), missing);
    }

    private static void check(String js, String kind, Enum<?>[] codes, List<String> missing) {
        check(js, kind, Arrays.stream(codes).map(Enum::name).toList(), missing);
    }

    private static void check(String js, String kind, List<String> codes, List<String> missing) {
        Matcher m = Pattern.compile("\\b" + kind + ": \\{([^}]*)}").matcher(js);
        if (!m.find()) {
            missing.add(kind);
            return;
        }
        for (String code : codes) {
            if (!Pattern.compile("\\b" + code + ": \"[^\"]+\"").matcher(m.group(1)).find()) {
                missing.add(kind + "." + code);
            }
        }
    }
}

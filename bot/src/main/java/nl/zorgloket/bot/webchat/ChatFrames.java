package nl.zorgloket.bot.webchat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.dialogue.Dialogue;
import nl.zorgloket.intake.dialogue.Language;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON frames of /chat/ws, both ways. */
final class ChatFrames {
    // "1. Ja, dat is goed": the numbered options every channel gets as text become buttons here; a suggested
    // provider's line, "1. Zorgboerderij De Linde – werkt in Oost Gelre, ...", by its name
    private static final Pattern CHOICE = Pattern.compile("^\\s*(\\d{1,2})[.)]\\s+(.{1,80}?)(?: – .*)?$");

    private ChatFrames() {
    }

    /**
     * From the browser. {@code hello}: {@code token} (null for a new chat) and {@code after} (the last
     * message id the page shows). {@code message}: {@code ref} (the page's own id for it, so a
     * message sent twice over a shaky connection counts once) and {@code text}.
     */
    @Serdeable
    record In(@Nullable String type, @Nullable String token, @Nullable Long after, @Nullable String ref,
              @Nullable String text) {
    }

    @Serdeable
    record Choice(String value, String label) {
    }

    /**
     * To the browser: session, message, typing or error. An error has a {@code code} the page words
     * for the client in their language (too-long, too-fast, too-many-chats, bad-frame, server) and a
     * {@code reason} for developers.
     */
    @Serdeable
    record Out(String type, @Nullable String token, @Nullable Long id, @Nullable String from, @Nullable String text,
               @Nullable List<Choice> choices, @Nullable String ref, @Nullable Instant at, @Nullable String code,
               @Nullable String reason) {
        static Out session(String token) {
            return new Out("session", token, null, null, null, null, null, null, null, null);
        }

        static Out typing() {
            return new Out("typing", null, null, null, null, null, null, null, null, null);
        }

        static Out error(String code, String reason) {
            return new Out("error", null, null, null, null, null, null, null, code, reason);
        }

        static Out message(Message m, @Nullable String ref) {
            String text = m.body() == null ? "" : m.body();
            return new Out("message", null, m.id(), m.author().name().toLowerCase(Locale.ROOT), text, ChatFrames.choices(text),
                    ref, m.createdAt(), null, null);
        }
    }

    // the summary's lines are answers, not options: a yes and a way to change one are its buttons
    private static final Map<Language, List<Choice>> SUMMARY_BUTTONS = Map.of(
            Language.NL, List.of(new Choice("ja", "Ja, dit klopt"), new Choice("iets veranderen", "Iets veranderen")),
            Language.EN, List.of(new Choice("yes", "Yes, that's right"), new Choice("change something", "Change something")));
    private static final Map<Language, Choice> NO_PREFERENCE = Map.of(Language.NL, new Choice("0", "Geen voorkeur"),
            Language.EN, new Choice("0", "No preference"));

    static List<Choice> choices(String text) {
        for (Language l : Language.values()) {
            if (text.endsWith(Dialogue.summaryQuestion(l))) {
                return SUMMARY_BUTTONS.get(l);
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = CHOICE.matcher(line);
            if (m.matches()) {
                choices.add(new Choice(m.group(1), m.group(2).strip()));
            }
        }
        for (Language l : Language.values()) {
            if (text.endsWith(Dialogue.preferenceQuestion(l))) {
                choices.add(NO_PREFERENCE.get(l));
            }
        }
        return choices.size() >= 2 ? choices : List.of();
    }
}

package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.provider.ProviderHit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Drives the dialogue like a client would, one message at a time, keeping state and effects. */
final class Chat {
    static final Gazetteer GAZETTEER = Gazetteer.bundled();
    static final CareVocabulary VOCABULARY = CareVocabulary.bundled();
    static final Dialogue.Settings SETTINGS = new Dialogue.Settings("Sorg", "binnen 2 werkdagen", "within 2 working days");

    private final Dialogue dialogue;
    private final Medium medium;
    DialogueState state = DialogueState.initial();
    final List<Effect> effects = new ArrayList<>();
    List<String> last = List.of();
    long nextId = 100;
    /** When each message comes in; null: not known, as in most tests. */
    Instant at;

    Chat(Medium medium, List<ProviderHit> hits) {
        this(medium, hits, SETTINGS);
    }

    Chat(Medium medium, List<ProviderHit> hits, Dialogue.Settings settings) {
        this.medium = medium;
        this.dialogue = new Dialogue(GAZETTEER, VOCABULARY, q -> hits, settings);
    }

    Chat(Medium medium) {
        this(medium, List.of(new ProviderHit("p1", "Zorgboerderij De Linde", 3f,
                List.of("werkt in Oost Gelre", "ervaring met autisme")),
                new ProviderHit("p2", "Zorgerf Het Veld", 2f, List.of("werkt in Oost Gelre", "heeft een wachtlijst"))));
    }

    /** Sends a message and returns all replies joined, for easy contains-checks. */
    String send(String text) {
        Turn t = dialogue.next(state, new Input(text, nextId++, medium, false, at));
        state = t.state();
        effects.addAll(t.effects());
        last = t.replies();
        return String.join("\n---\n", t.replies());
    }

    /** Sends each message in turn, as a client answers question after question; the chat, to go on with. */
    Chat sendAll(String... messages) {
        for (String m : messages) {
            send(m);
        }
        return this;
    }

    String sendMedia() {
        Turn t = dialogue.next(state, new Input("", nextId++, medium, true));
        state = t.state();
        effects.addAll(t.effects());
        last = t.replies();
        return String.join("\n---\n", t.replies());
    }

    long lastId() {
        return nextId - 1;
    }
}

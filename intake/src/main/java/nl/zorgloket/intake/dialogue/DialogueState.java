package nl.zorgloket.intake.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the dialogue knows between two messages. Stored as JSON on the conversation, so any
 * instance can take the next message. Immutable: every change returns a new state.
 *
 * @param asking the slot the last question asked for, when {@code step} is ASKING
 * @param editing the slot being changed from the summary, so the dialogue returns there after
 * @param history the slots in the order they were answered, for "terug"
 * @param unclearPlace a place name several municipalities share ("Hengelo"), or one the tables do not know
 *     ("Wezep"), told before the place was known: the place question asks which one is meant, or in
 *     which municipality it lies
 * @param misunderstood how many answers in a row did not fit the question
 */
@Serdeable
public record DialogueState(
        Language language,
        Step step,
        @Nullable Slot asking,
        @Nullable Slot editing,
        @Nullable Map<String, Answer> answers,
        @Nullable List<Correction> corrections,
        @Nullable List<Slot> history,
        @Nullable List<Suggestion> suggestions,
        @Nullable String chosenProvider,
        @Nullable Answer unclearPlace,
        int misunderstood,
        boolean optedOut) {

    public DialogueState {
        // serde leaves empty collections out of the JSON: absent means empty
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        history = history == null ? List.of() : List.copyOf(history);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public static DialogueState initial() {
        return new DialogueState(Language.NL, Step.START, null, null, Map.of(), List.of(), List.of(), List.of(),
                null, null, 0, false);
    }

    public boolean has(Slot slot) {
        return answers.containsKey(slot.name());
    }

    @Nullable
    public Answer answer(Slot slot) {
        return answers.get(slot.name());
    }

    @Nullable
    public String value(Slot slot) {
        Answer a = answers.get(slot.name());
        return a == null ? null : a.value();
    }

    /** Answers keyed by slot in the order of the slots, for summaries and the case record. */
    public Map<Slot, Answer> answersBySlot() {
        Map<Slot, Answer> ordered = new LinkedHashMap<>();
        for (Slot s : Slot.values()) {
            if (has(s)) {
                ordered.put(s, answer(s));
            }
        }
        return ordered;
    }

    DialogueState with(Slot slot, Answer answer) {
        Map<String, Answer> a = new LinkedHashMap<>(answers);
        a.put(slot.name(), answer);
        List<Slot> h = new ArrayList<>(history);
        h.remove(slot);
        h.add(slot);
        return new DialogueState(language, step, asking, editing, a, corrections, h, suggestions, chosenProvider,
                slot == Slot.PLACE ? null : unclearPlace, misunderstood, optedOut);
    }

    /** The same slot answered anew without counting as a new answer: the order of answering stays. */
    DialogueState reread(Slot slot, Answer answer) {
        Map<String, Answer> a = new LinkedHashMap<>(answers);
        a.put(slot.name(), answer);
        return new DialogueState(language, step, asking, editing, a, corrections, history, suggestions, chosenProvider,
                unclearPlace, misunderstood, optedOut);
    }

    DialogueState without(Slot slot) {
        Map<String, Answer> a = new LinkedHashMap<>(answers);
        a.remove(slot.name());
        List<Slot> h = new ArrayList<>(history);
        h.remove(slot);
        return new DialogueState(language, step, asking, editing, a, corrections, h, suggestions, chosenProvider,
                unclearPlace, misunderstood, optedOut);
    }

    DialogueState corrected(Correction correction) {
        List<Correction> c = new ArrayList<>(corrections);
        c.add(correction);
        return new DialogueState(language, step, asking, editing, answers, c, history, suggestions, chosenProvider,
                unclearPlace, misunderstood, optedOut);
    }

    DialogueState at(Step newStep, @Nullable Slot newAsking) {
        return new DialogueState(language, newStep, newAsking, editing, answers, corrections, history, suggestions,
                chosenProvider, unclearPlace, newStep == step && newAsking == asking ? misunderstood : 0, optedOut);
    }

    DialogueState editingSlot(@Nullable Slot slot) {
        return new DialogueState(language, step, asking, slot, answers, corrections, history, suggestions,
                chosenProvider, unclearPlace, misunderstood, optedOut);
    }

    DialogueState inLanguage(Language l) {
        return new DialogueState(l, step, asking, editing, answers, corrections, history, suggestions, chosenProvider,
                unclearPlace, misunderstood, optedOut);
    }

    DialogueState withSuggestions(List<Suggestion> s) {
        return new DialogueState(language, step, asking, editing, answers, corrections, history, s, chosenProvider,
                unclearPlace, misunderstood, optedOut);
    }

    DialogueState choosing(@Nullable String provider) {
        return new DialogueState(language, step, asking, editing, answers, corrections, history, suggestions, provider,
                unclearPlace, misunderstood, optedOut);
    }

    DialogueState withUnclearPlace(@Nullable Answer place) {
        return new DialogueState(language, step, asking, editing, answers, corrections, history, suggestions,
                chosenProvider, place, misunderstood, optedOut);
    }

    DialogueState notUnderstood() {
        return new DialogueState(language, step, asking, editing, answers, corrections, history, suggestions,
                chosenProvider, unclearPlace, misunderstood + 1, optedOut);
    }

    DialogueState optedOut(boolean out) {
        return new DialogueState(language, step, asking, editing, answers, corrections, history, suggestions,
                chosenProvider, unclearPlace, misunderstood, out);
    }

    /** Starts over: answers gone, language and consent kept (consent is a stored fact, not a slot to redo). */
    DialogueState restarted() {
        Map<String, Answer> keep = new LinkedHashMap<>();
        if (has(Slot.CONSENT)) {
            keep.put(Slot.CONSENT.name(), answer(Slot.CONSENT));
        }
        List<Slot> h = has(Slot.CONSENT) ? List.of(Slot.CONSENT) : List.of();
        return new DialogueState(language, Step.START, null, null, keep, List.of(), h, List.of(), null, null, 0,
                optedOut);
    }
}

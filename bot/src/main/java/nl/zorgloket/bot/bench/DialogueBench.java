package nl.zorgloket.bot.bench;

import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.dialogue.Dialogue;
import nl.zorgloket.intake.dialogue.DialogueState;
import nl.zorgloket.intake.dialogue.Input;
import nl.zorgloket.intake.dialogue.Step;
import nl.zorgloket.intake.dialogue.Turn;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.Gazetteer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The dialogue alone (bin/bench-dialogue, docs/benchmarks.md): the webhook benchmark's conversation
 * played through {@link Dialogue#next} in one thread, with no database, HTTP or provider search, in
 * blocks of conversations; the fastest block counts, per message and per message of the conversation.
 */
public final class DialogueBench {
    private DialogueBench() {
    }

    public static void main(String[] args) {
        Map<String, String> o = SearchBench.options(args);
        int blocks = Integer.parseInt(o.getOrDefault("blocks", "8"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "4"));
        int conversations = Integer.parseInt(o.getOrDefault("conversations", "4000"));
        Dialogue dialogue = new Dialogue(Gazetteer.bundled(), CareVocabulary.bundled(), q -> List.of(),
                new Dialogue.Settings("Sorg", "binnen 2 werkdagen", "within 2 working days"));
        List<String> conversation = WebhookLoad.CONVERSATION;
        long[] best = new long[conversation.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        long bestTotal = Long.MAX_VALUE;
        long replies = 0;
        for (int block = 0; block < warmup + blocks; block++) {
            long[] spent = new long[conversation.size()];
            for (int c = 0; c < conversations; c++) {
                DialogueState state = DialogueState.initial();
                for (int m = 0; m < conversation.size(); m++) {
                    Input in = new Input(conversation.get(m), m + 1, Medium.WHATSAPP, false, Instant.now());
                    long start = System.nanoTime();
                    Turn turn = dialogue.next(state, in);
                    spent[m] += System.nanoTime() - start;
                    state = turn.state();
                    replies += turn.replies().size();
                }
                if (state.step() != Step.DONE) {
                    // a conversation that no longer reaches its end would time something else
                    throw new IllegalStateException("the benchmark conversation ended at " + state.step());
                }
            }
            if (block >= warmup) {
                long total = Arrays.stream(spent).sum();
                bestTotal = Math.min(bestTotal, total);
                for (int m = 0; m < spent.length; m++) {
                    best[m] = Math.min(best[m], spent[m]);
                }
            }
        }
        List<String> perMessage = new ArrayList<>();
        for (int m = 0; m < conversation.size(); m++) {
            perMessage.add(String.format("%d \"%s\" %.1f", m + 1, WebhookLoad.abbreviate(conversation.get(m)),
                    best[m] / 1000.0 / conversations));
        }
        System.out.printf("dialogue: %.1f us per message (fastest of %d blocks of %d conversations after %d of warm-up;"
                        + " %d replies)%n", bestTotal / 1000.0 / conversations / conversation.size(), blocks,
                conversations, warmup, replies);
        System.out.println("per message of the conversation, us: " + String.join("; ", perMessage));
    }
}

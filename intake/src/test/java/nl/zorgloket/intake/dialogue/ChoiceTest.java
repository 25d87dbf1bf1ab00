package nl.zorgloket.intake.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChoiceTest {
    private static final List<Choice> CHOICES = List.of(
            new Choice("NO", new Text("Nee", "No"), List.of("nee", "nop", "niet")),
            new Choice("UNKNOWN", new Text("Weet ik niet", "Don't know"), List.of("weet ik niet")),
            new Choice("YES", new Text("Ja", "Yes"), List.of("ja", "jep", "jip", "jawel")));

    @Test
    void longestMatchingPhraseWins() {
        assertEquals("UNKNOWN", Choice.pick(CHOICES, "weet ik niet").orElseThrow().value());
    }

    @Test
    void twoOptionsNamedEquallyChooseNothing() {
        assertEquals(Optional.empty(), Choice.pick(CHOICES, "jep nee"));
    }

    @Test
    void aTieStaysATieWhenOneSideMatchesTwice() {
        assertEquals(Optional.empty(), Choice.pick(CHOICES, "nop jep jip"));
    }

    @Test
    void numberOutsideTheOptionsChoosesNothing() {
        assertEquals(Optional.empty(), Choice.pick(CHOICES, "4"));
        assertEquals("YES", Choice.pick(CHOICES, "optie 3").orElseThrow().value());
    }
}

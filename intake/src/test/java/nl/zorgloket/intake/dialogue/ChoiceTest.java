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
    void lettersTypedTwiceOrMoreCountOnce() {
        assertEquals("YES", Choice.pick(CHOICES, "jaa").orElseThrow().value());
        assertEquals("YES", Choice.pick(CHOICES, "Jaaaa!").orElseThrow().value());
        assertEquals("NO", Choice.pick(CHOICES, "neeee").orElseThrow().value());
        assertEquals("UNKNOWN", Choice.pick(CHOICES, "weet ik nieet").orElseThrow().value());
        assertEquals("YES", Choice.pick(CHOICES, "jjaa").orElseThrow().value(), "a repeat at the start");
        assertEquals(Optional.empty(), Choice.pick(CHOICES, "jan"), "no repeat, no other word");
    }

    @Test
    void numberOutsideTheOptionsChoosesNothing() {
        assertEquals(Optional.empty(), Choice.pick(CHOICES, "4"));
        assertEquals("YES", Choice.pick(CHOICES, "optie 3").orElseThrow().value());
    }

    private static final List<Choice> HOW_SOON = List.of(
            new Choice("SOON", new Text("Zo snel mogelijk", "As soon as possible"), List.of("dringend", "meteen", "urgent")),
            new Choice("NO_HURRY", new Text("Geen haast", "No hurry"), List.of("geen haast", "niet dringend")));

    @Test
    void aDeniedWordDoesNotChooseItsOption() {
        assertEquals("NO_HURRY", Choice.pick(HOW_SOON, "het is niet dringend").orElseThrow().value());
        assertEquals(Optional.empty(), Choice.pick(HOW_SOON, "not very urgent"), "denied, and no option says so");
        assertEquals(Optional.empty(), Choice.pick(HOW_SOON, "hoeft niet meteen"));
        assertEquals("SOON", Choice.pick(HOW_SOON, "nee, het is dringend").orElseThrow().value(),
                "a no further away denies nothing");
        assertEquals("SOON", Choice.pick(HOW_SOON, "heel dringend").orElseThrow().value());
    }

    @Test
    void aDenyingPhraseIsSaidWithSoftenersToo() {
        assertEquals("NO_HURRY", Choice.pick(HOW_SOON, "niet zo dringend").orElseThrow().value());
        assertEquals("NO_HURRY", Choice.pick(HOW_SOON, "niet heel erg dringend").orElseThrow().value(),
                "softeners typed with a doubled letter are softeners still");
        assertEquals("NO_HURRY", Choice.pick(HOW_SOON, "het is niet echt dringend, maar wel fijn").orElseThrow().value());
        assertEquals("SOON", Choice.pick(HOW_SOON, "niet zo meteen, wel dringend").orElseThrow().value(),
                "only softeners between");
        assertEquals(Optional.empty(), Choice.pick(HOW_SOON, "niet zo heel meteen"), "two softeners still deny");
    }
}

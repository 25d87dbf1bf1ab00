package nl.zorgloket.bot.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

class DialogueBenchTest {
    @Test
    void timesEveryMessageOfTheWebhookBenchmarksConversationWhichReachesItsEnd() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DialogueBench.main(new String[] {"--blocks", "1", "--warmup", "0", "--conversations", "2"});
        } finally {
            System.setOut(out);
        }
        // read by its lines: another test's log may be printed meanwhile
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("dialogue: ")), report);
        assertTrue(report.contains("9 \"Dank je wel!\" "), report);
    }
}

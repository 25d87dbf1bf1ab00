package nl.zorgloket.admin.desk;

import nl.zorgloket.intake.conversation.ClientMessageEvent;
import nl.zorgloket.intake.conversation.Mode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewMessagesTest {
    /** The client messages committed so far, by id, read as the database reads them. */
    private final TreeMap<Long, ClientMessageEvent> committed = new TreeMap<>();
    private final NewMessages.Source database =
            (after, limit) -> committed.tailMap(after, false).values().stream().limit(limit).toList();

    private void commit(long... ids) {
        for (long id : ids) {
            committed.put(id, new ClientMessageEvent(id, 1, Mode.STAFF, Instant.EPOCH));
        }
    }

    private static List<Long> ids(List<ClientMessageEvent> events) {
        return events.stream().map(ClientMessageEvent::messageId).toList();
    }

    @Test
    void passesOnEveryMessageAfterItsStartOnce() {
        commit(1, 2, 3);
        NewMessages unread = new NewMessages(3);
        assertEquals(List.of(), ids(unread.read(database)));
        commit(4, 6);
        assertEquals(List.of(4L, 6L), ids(unread.read(database)));
        assertEquals(List.of(), ids(unread.read(database)));
    }

    @Test
    void aMessageCommittedAfterOneWithAHigherIdIsPassedOnWhenItShows() {
        NewMessages unread = new NewMessages(0);
        commit(1, 3);
        assertEquals(List.of(1L, 3L), ids(unread.read(database)));
        commit(2);
        assertEquals(List.of(2L), ids(unread.read(database)));
    }

    @Test
    void aBurstOfMessagesWithNoRepliesBetweenIsPassedOnWhole() {
        // a thousand client messages in a row, in conversations staff hold (the bot sends nothing between them)
        NewMessages unread = new NewMessages(0);
        commit(LongStream.rangeClosed(1, 1_000).toArray());
        assertEquals(1_000, unread.read(database).size());
        commit(LongStream.rangeClosed(1_001, 1_450).toArray());
        List<Long> next = ids(unread.read(database));
        assertEquals(450, next.size());
        assertEquals(1_001L, next.getFirst());
        assertEquals(1_450L, next.getLast());
    }
}

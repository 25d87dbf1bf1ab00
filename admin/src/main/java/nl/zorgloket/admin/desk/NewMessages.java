package nl.zorgloket.admin.desk;

import nl.zorgloket.intake.conversation.ClientMessageEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * Which client messages the live feed has still to pass on, read in id order from where the feed started. Ids are
 * handed out when a transaction inserts and become visible when it commits, not always in that order: each read
 * looks back a little and skips what it has passed on already.
 */
final class NewMessages {
    /** Reads the client messages with an id above {@code after}, at most {@code limit}, oldest first. */
    interface Source {
        List<ClientMessageEvent> after(long after, int limit);
    }

    static final int LOOK_BACK = 200;
    static final int BATCH = 200;
    private static final int REMEMBERED = 2_000;

    private final SequencedSet<Long> passedOn = new LinkedHashSet<>();
    /** Messages at or below this id were there before the feed started: never passed on. */
    private final long floor;
    /** The highest id passed on. */
    private long after;

    NewMessages(long floor) {
        this.floor = floor;
        this.after = floor;
    }

    /** The messages not passed on before, read until none are left; each is passed on once. */
    List<ClientMessageEvent> read(Source source) {
        List<ClientMessageEvent> fresh = new ArrayList<>();
        while (true) {
            long before = after;
            // the look-back fills at most LOOK_BACK of the read, so a full read always brings something new
            List<ClientMessageEvent> found = source.after(Math.max(floor, after - LOOK_BACK), LOOK_BACK + BATCH);
            for (ClientMessageEvent e : found) {
                if (passedOn.add(e.messageId())) {
                    fresh.add(e);
                    after = Math.max(after, e.messageId());
                    while (passedOn.size() > REMEMBERED) {
                        passedOn.removeFirst();
                    }
                }
            }
            if (found.size() < LOOK_BACK + BATCH || after == before) {
                return fresh;
            }
        }
    }
}

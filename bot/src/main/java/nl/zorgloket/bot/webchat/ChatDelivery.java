package nl.zorgloket.bot.webchat;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.websocket.WebSocketSession;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings every message of a chat to the browser, from the database: the bot's replies, staff
 * messages written on any instance, and after a reload everything the page has not shown yet. Each
 * open socket remembers the last message id it sent, so nothing is sent twice or skipped.
 */
@Singleton
class ChatDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ChatDelivery.class);
    static final String ADDRESS = "address";
    static final String LAST_SENT = "lastSent";
    private static final int BATCH = 200;

    private final MessageRepository messages;
    private final ObjectMapper json;
    private final Map<String, Set<WebSocketSession>> open = new ConcurrentHashMap<>();

    ChatDelivery(MessageRepository messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** From now on this socket gets the chat's messages after {@code after}; {@link #wake} sends the first. */
    void register(WebSocketSession socket, String address, long after) {
        socket.put(ADDRESS, address);
        socket.put(LAST_SENT, after);
        open.computeIfAbsent(address, a -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void unregister(WebSocketSession socket) {
        socket.get(ADDRESS, String.class).ifPresent(address -> open.computeIfPresent(address, (a, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        }));
    }

    /** Sends what the chats of this address have not shown yet, now rather than at the next poll. */
    void wake(String address) {
        open.getOrDefault(address, Set.of()).forEach(this::push);
    }

    /** Picks up what other instances wrote (a staff reply, an answer handled later). */
    @Scheduled(fixedDelay = "${zorgloket.webchat.poll-interval:500ms}")
    void pollAll() {
        open.values().forEach(sockets -> sockets.forEach(this::push));
    }

    private void push(WebSocketSession socket) {
        // one sender per socket at a time: frames leave in id order
        synchronized (socket) {
            if (!socket.isOpen()) {
                unregister(socket);
                return;
            }
            String address = socket.get(ADDRESS, String.class).orElse(null);
            long after = socket.get(LAST_SENT, Long.class).orElse(0L);
            if (address == null) {
                return;
            }
            for (Message m : messages.findByChannelAddressAfter(address, after, BATCH)) {
                try {
                    socket.sendSync(json.writeValueAsString(ChatFrames.Out.message(m, ref(m))));
                } catch (IOException | RuntimeException e) {
                    LOG.debug("chat socket {} closed while sending", socket.getId(), e);
                    return;
                }
                socket.put(LAST_SENT, m.id());
            }
        }
    }

    /** The page's own id of a client message, from the provider message id "web:<session>:<ref>". */
    private static String ref(Message m) {
        String id = m.providerMessageId();
        if (id == null || !id.startsWith("web:")) {
            return null;
        }
        int colon = id.indexOf(':', 4);
        return colon < 0 ? null : id.substring(colon + 1);
    }
}

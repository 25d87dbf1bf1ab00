package nl.zorgloket.bot.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import nl.zorgloket.admin.web.WindowCounter;
import nl.zorgloket.bot.inbound.InboundWorker;
import nl.zorgloket.intake.conversation.InboundMessage;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.conversation.Medium;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * /chat/ws: the web chat's socket (JSON frames, see {@link ChatFrames}). The browser says hello
 * with its token (none the first time) and the last message it shows; it gets its session and
 * every message it has not shown. A client message is stored and handled like a WhatsApp message,
 * through the same queue and dialogue; replies come back through {@link ChatDelivery}.
 */
@ServerWebSocket("/chat/ws")
class ChatSocket {
    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);
    static final int MAX_TEXT = 2_000;
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final String SESSION_ID = "sessionId";
    private static final String REMOTE = "remote";
    private static final String FRAMES = "frames";

    private final ChatSessions sessions;
    private final ChatDelivery delivery;
    private final InboundQueue queue;
    private final Optional<InboundWorker> worker;
    private final HttpClientAddressResolver addresses;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService blocking;
    // a person types a message every few seconds at most; scripts do not get to fill the queue
    private final WindowCounter perSession = new WindowCounter(30, Duration.ofMinutes(1));
    private final WindowCounter newSessionsPerAddress = new WindowCounter(20, Duration.ofMinutes(10));
    private final WindowCounter messagesPerAddress = new WindowCounter(120, Duration.ofMinutes(1));

    ChatSocket(ChatSessions sessions, ChatDelivery delivery, InboundQueue queue, Optional<InboundWorker> worker,
               HttpClientAddressResolver addresses, ObjectMapper json, Clock clock,
               @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
        this.sessions = sessions;
        this.delivery = delivery;
        this.queue = queue;
        this.worker = worker;
        this.addresses = addresses;
        this.json = json;
        this.clock = clock;
    }

    @OnOpen
    void open(WebSocketSession socket, HttpRequest<?> request) {
        String remote = addresses.resolve(request);
        socket.put(REMOTE, remote == null ? "unknown" : remote);
        socket.put(FRAMES, new SerialExecutor(blocking));
    }

    /** Frames arrive here in order; they are handled in that order, off the event loop. */
    @OnMessage
    void frame(String text, WebSocketSession socket) {
        socket.get(FRAMES, SerialExecutor.class).orElseThrow().execute(() -> {
            try {
                handle(text, socket);
            } catch (RuntimeException e) {
                // a message stored before the fault is still handled, by the inbound worker; the page
                // hears that something went wrong rather than nothing at all
                LOG.warn("chat socket {}: a frame could not be handled", socket.getId(), e);
                if (socket.isOpen()) {
                    send(socket, ChatFrames.Out.error("server", "The frame could not be handled."));
                }
            }
        });
    }

    private void handle(String text, WebSocketSession socket) {
        ChatFrames.In in;
        try {
            in = json.readValue(text, ChatFrames.In.class);
        } catch (IOException | RuntimeException e) {
            send(socket, ChatFrames.Out.error("bad-frame", "A frame is a JSON object with a type."));
            return;
        }
        switch (in.type() == null ? "" : in.type()) {
            case "hello" -> hello(in, socket);
            case "message" -> message(in, socket);
            default -> send(socket, ChatFrames.Out.error("bad-frame", "Unknown frame type; use hello or message."));
        }
    }

    @OnClose
    void close(WebSocketSession socket) {
        delivery.unregister(socket);
    }

    private void hello(ChatFrames.In in, WebSocketSession socket) {
        if (socket.contains(SESSION_ID)) {
            send(socket, ChatFrames.Out.error("bad-frame", "This socket said hello already."));
            return;
        }
        boolean resuming = in.token() != null && !in.token().isBlank();
        if (!resuming && !newSessionsPerAddress.allow(remote(socket), clock.instant())) {
            send(socket, ChatFrames.Out.error("too-many-chats", "Too many new chats from this address; try again in a few minutes."));
            socket.close();
            return;
        }
        ChatSessions.Opened opened = sessions.resumeOrStart(in.token());
        socket.put(SESSION_ID, opened.session().id());
        delivery.register(socket, opened.session().channelAddress(), in.after() == null ? 0 : Math.max(0, in.after()));
        send(socket, ChatFrames.Out.session(opened.token()));
        delivery.wake(opened.session().channelAddress());
    }

    private void message(ChatFrames.In in, WebSocketSession socket) {
        Optional<Long> sessionId = socket.get(SESSION_ID, Long.class);
        Optional<String> address = socket.get(ChatDelivery.ADDRESS, String.class);
        if (sessionId.isEmpty() || address.isEmpty()) {
            send(socket, ChatFrames.Out.error("bad-frame", "Say hello first."));
            return;
        }
        if (in.ref() == null || !REF.matcher(in.ref()).matches()) {
            send(socket, ChatFrames.Out.error("bad-frame", "A message needs a ref: 1 to 40 letters, digits or '-'."));
            return;
        }
        String body = in.text() == null ? "" : in.text();
        if (body.isBlank() || body.length() > MAX_TEXT || body.indexOf('\0') >= 0) {
            send(socket, ChatFrames.Out.error("too-long", "A message is 1 to " + MAX_TEXT + " characters."));
            return;
        }
        if (!perSession.allow(String.valueOf(sessionId.get()), clock.instant())
                || !messagesPerAddress.allow(remote(socket), clock.instant())) {
            send(socket, ChatFrames.Out.error("too-fast", "That is a lot of messages at once; wait a moment."));
            return;
        }
        send(socket, ChatFrames.Out.typing());
        InboundMessage inbound = new InboundMessage(Medium.WEBCHAT, address.get(), null, null,
                "web:" + sessionId.get() + ":" + in.ref(), body, List.of());
        if (queue.receive(inbound) instanceof InboundQueue.Receipt.Waiting waiting) {
            worker.ifPresent(w -> w.stored(waiting.channelAddress()));
        }
        delivery.wake(address.get());
    }

    private static String remote(WebSocketSession socket) {
        return socket.get(REMOTE, String.class).orElse("unknown");
    }

    private void send(WebSocketSession socket, ChatFrames.Out frame) {
        try {
            socket.sendSync(json.writeValueAsString(frame));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package nl.zorgloket.bot.webchat;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Web chat sessions: an unguessable token (32 random bytes) that the browser keeps and the server
 * knows only by its SHA-256, so a stolen database does not hand out sessions.
 */
@Singleton
class ChatSessions {
    /** A session and, when it was just made, the token to give the browser. */
    record Opened(ChatSession session, String token) {
    }

    private final ChatSessionRepository sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ChatSessions(ChatSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The session of this token, or a new one when the token is missing or unknown. */
    Opened resumeOrStart(String token) {
        Instant now = clock.instant();
        if (token != null && !token.isBlank()) {
            Optional<ChatSession> known = sessions.findByTokenHash(hash(token));
            if (known.isPresent()) {
                sessions.touch(known.get().id(), now);
                return new Opened(known.get(), token);
            }
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ChatSession session = sessions.save(new ChatSession(null, hash(fresh), "web:" + UUID.randomUUID(), now, now));
        return new Opened(session, fresh);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.zorgloket.admin.staff;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.inject.Singleton;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Codes from an authenticator app (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, six digits), which
 * is what the common apps use. A code of the step before or after is accepted too (a phone's clock
 * drifts), and each step's code only once.
 */
@Singleton
class Totp {
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;
    private static final String ISSUER = "Zorgloket";

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private final SecureRandom random = new SecureRandom();
    private final Base32 base32 = new Base32();

    String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return base32.encodeToString(secret).replace("=", "");
    }

    /** What an authenticator app scans (as a QR code) or takes typed in. */
    String uri(String secret, String username) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&digits=6&period=30";
    }

    /**
     * The step the code belongs to, when it is right now (or one step off) and newer than the last
     * step accepted; empty otherwise.
     */
    OptionalLong verify(String secret, String code, Long lastStep, Instant now) {
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(base32.decode(secret), "HmacSHA1");
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            try {
                String expected = generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
                if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        code.strip().getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("an unusable TOTP secret", e);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a moment: for tests, which play the authenticator app. */
    String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(base32.decode(secret), "HmacSHA1"), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}

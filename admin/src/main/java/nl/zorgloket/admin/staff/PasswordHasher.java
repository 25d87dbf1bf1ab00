package nl.zorgloket.admin.staff;

import jakarta.inject.Singleton;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Slow password hashes: PBKDF2-HMAC-SHA256 from the JDK, a random salt per password, the cost
 * stored with the hash ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}) so it can be raised
 * later without breaking the hashes already stored.
 */
@Singleton
public class PasswordHasher {
    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when a username does not exist, so the answer takes as long either way. */
    private final String decoy;

    PasswordHasher(SecuritySettings settings) {
        if (settings.passwordIterations() < 1) {
            throw new IllegalArgumentException("zorgloket.security.password-iterations must be positive");
        }
        this.iterations = settings.passwordIterations();
        this.decoy = hash("not a password of anyone");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return SCHEME + "$" + iterations + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(password, salt, iterations));
    }

    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        int rounds = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, rounds));
    }

    /** Spends the time of one verification without an account to verify. */
    void verifyDecoy(String password) {
        verify(password, decoy);
    }

    /** True when a hash was made with fewer rounds than new hashes get now. */
    boolean outdated(String encoded) {
        String[] parts = encoded.split("\\$");
        return parts.length != 4 || !SCHEME.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}

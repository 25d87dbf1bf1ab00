package nl.zorgloket.bot.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The settings the demo run makes up, shared by the service and the demo client (bin/say). */
public final class Demo {
    /** A made-up account for the local Twilio stand-in. */
    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";
    /** A made-up number for the cooperative (097 numbers are not given to people). */
    public static final String COOPERATIVE_NUMBER = "+3197000000000";
    /** The demo's WhatsApp template for a client whose 24-hour window closed, sent to the Twilio stand-in. */
    public static final String REOPEN_CONTENT_SID = "HX00000000000000000000000000000000";
    public static final String REOPEN_TEXT = "Hallo {{1}}, het klantenbureau van Sorg heeft een bericht voor je. Stuur "
            + "een antwoord, dan lees je het hier.";

    private Demo() {
    }

    /**
     * The demo's Twilio auth token: made up once and kept under the data directory (readable by its
     * owner only), so the demo client can sign webhooks like Twilio does.
     */
    public static String authToken(Path demoDir) {
        return kept(demoDir, "twilio-auth-token", 16).value();
    }

    /** The demo's key for signing login tokens, made up once and kept like the auth token. */
    public static String jwtSecret(Path demoDir) {
        return kept(demoDir, "jwt-secret", 32).value();
    }

    /**
     * The demo admin's password, made up at the first demo run and kept like the auth token.
     * {@code created} is true only the first time, when it is shown.
     */
    public static Secret adminPassword(Path demoDir) {
        return kept(demoDir, "admin-password", 12);
    }

    /** The password of the demo's colleague at the customer office, made up and kept like the admin's. */
    public static Secret staffPassword(Path demoDir) {
        return kept(demoDir, "staff-password", 12);
    }

    /** A made-up secret and whether it was made up just now. */
    public record Secret(String value, boolean created) {
    }

    private static Secret kept(Path demoDir, String name, int randomBytes) {
        Path file = demoDir.resolve(name);
        try {
            if (Files.exists(file)) {
                return new Secret(Files.readString(file, StandardCharsets.UTF_8).strip(), false);
            }
            Files.createDirectories(demoDir);
            byte[] secret = new byte[randomBytes];
            new SecureRandom().nextBytes(secret);
            String value = HexFormat.of().formatHex(secret);
            Files.writeString(file, value, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the file stays as the platform made it
            }
            return new Secret(value, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo's " + name + " under " + demoDir, e);
        }
    }

    /** Where the demo's Twilio stand-in listens, kept for the demo client; null when none runs. */
    public static void rememberStubUrl(Path demoDir, String baseUrl) {
        try {
            Files.createDirectories(demoDir);
            Files.writeString(demoDir.resolve("twilio-stub-url"), baseUrl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the stub's address under " + demoDir, e);
        }
    }

    public static String stubUrl(Path demoDir) {
        Path file = demoDir.resolve("twilio-stub-url");
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package nl.zorgloket.admin.staff;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

import java.util.List;
import java.util.Map;

/**
 * Issues bearer tokens and reads back who a token was issued to. Created at start-up, so a missing
 * or short signing key stops the service before anyone tries to log in.
 */
@Context
public class Tokens {
    // HS256 wants a key of at least 256 bits (RFC 7518, 3.2)
    private static final int MIN_SECRET_CHARS = 32;

    /** The account's id: names are for people, the id is what the checks use. */
    static final String USER_ID = "uid";
    /** The account's token version at issue; see {@link StaffUser#accepts(int)}. */
    static final String TOKEN_VERSION = "tv";
    static final String DISPLAY_NAME = "name";
    /** Set when the account must set up two-factor login before it may do anything else. */
    static final String ENROL = "enrol";

    private final TokenGenerator generator;
    private final SecuritySettings settings;

    Tokens(TokenGenerator generator, SecuritySettings settings, @Value("${zorgloket.jwt-secret:}") String secret) {
        if (secret.length() < MIN_SECRET_CHARS) {
            throw new IllegalStateException("Set ZORGLOKET_JWT_SECRET to at least " + MIN_SECRET_CHARS
                    + " random characters, the same on every instance; it signs the login tokens.");
        }
        this.generator = generator;
        this.settings = settings;
    }

    String issue(StaffUser user) {
        List<String> roles = user.roleSet().stream().map(Role::name).toList();
        Authentication authentication = Authentication.build(user.username(), roles,
                Map.of(USER_ID, user.id(), TOKEN_VERSION, user.tokenVersion(), DISPLAY_NAME, user.displayName(),
                        ENROL, mustEnrol(user)));
        return generator.generateToken(authentication, lifetimeSeconds())
                .orElseThrow(() -> new IllegalStateException("no token generator is configured"));
    }

    /** Staff and coordinators see client data: where configured, they log in with a second factor. */
    boolean mustEnrol(StaffUser user) {
        return settings.requireTwoFactor() && !user.totpEnabled()
                && (user.roleSet().contains(Role.STAFF) || user.roleSet().contains(Role.COORDINATOR));
    }

    static boolean enrolling(Authentication authentication) {
        return Boolean.TRUE.equals(authentication.getAttributes().get(ENROL));
    }

    int lifetimeSeconds() {
        return Math.toIntExact(settings.tokenLifetime().toSeconds());
    }

    /** The account id in an authenticated request's token. */
    public static long userId(Authentication authentication) {
        return number(authentication, USER_ID);
    }

    static int tokenVersion(Authentication authentication) {
        return (int) number(authentication, TOKEN_VERSION);
    }

    private static long number(Authentication authentication, String claim) {
        Object value = authentication.getAttributes().get(claim);
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("token without claim " + claim);
    }
}

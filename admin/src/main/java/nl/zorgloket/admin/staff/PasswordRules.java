package nl.zorgloket.admin.staff;

import java.util.Optional;

/**
 * What a new password must be: long, nothing more (NIST SP 800-63B: length protects, composition
 * rules only make people write passwords down).
 */
final class PasswordRules {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    /** Why this password cannot be used, or empty when it can. */
    static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("A password has at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("A password has at most " + MAX_LENGTH + " characters.");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            return Optional.of("A password must not be the username.");
        }
        return Optional.empty();
    }
}

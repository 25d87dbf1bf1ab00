package nl.zorgloket.admin.staff;

import nl.zorgloket.admin.web.InvalidField;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks every account field passes, shared by creating and changing an account. */
final class UserFields {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MAX_DISPLAY_NAME = 200;

    private UserFields() {
    }

    static void username(String username, List<InvalidField> errors) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(InvalidField.of("username",
                    "A username is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'."));
        }
    }

    static void displayName(String displayName, List<InvalidField> errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add(InvalidField.of("displayName", "Give the name colleagues know this person by."));
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            errors.add(InvalidField.of("displayName", "A name has at most " + MAX_DISPLAY_NAME + " characters."));
        }
    }

    static Set<Role> roles(List<String> names, List<InvalidField> errors) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add(InvalidField.of("roles", "Give at least one role: ADMIN, STAFF or COORDINATOR."));
            return roles;
        }
        for (String name : names) {
            Role.parse(name == null ? "" : name).ifPresentOrElse(roles::add, () -> errors.add(InvalidField.of("roles",
                    "Unknown role '" + name + "'; the roles are ADMIN, STAFF and COORDINATOR.")));
        }
        return roles;
    }

    static void password(String field, String password, String username, List<InvalidField> errors) {
        PasswordRules.problem(password, username).ifPresent(p -> errors.add(InvalidField.of(field, p)));
    }
}

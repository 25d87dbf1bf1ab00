package nl.zorgloket.admin.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do. The names are the role names in tokens and in {@code @Secured}. */
public enum Role {
    /** Maintains providers and accounts. */
    ADMIN,
    /** Customer-office staff: work the queue, take over conversations. */
    STAFF,
    /** Coordinators: take cases on and follow the household. */
    COORDINATOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";
    public static final String COORDINATOR_NAME = "COORDINATOR";

    static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    static Set<Role> fromColumn(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : column.split(",")) {
            if (!part.isBlank()) {
                parse(part).ifPresent(roles::add);
            }
        }
        return roles;
    }

    static String toColumn(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}

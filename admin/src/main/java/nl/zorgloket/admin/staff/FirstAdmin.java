package nl.zorgloket.admin.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/**
 * At the first start, when no account exists yet, creates the admin {@code admin} with the password
 * from ZORGLOKET_ADMIN_PASSWORD; without it the service refuses to start, as nobody could log in.
 */
@Singleton
class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    static final String USERNAME = "admin";

    private final StaffUserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Optional<String> password;

    FirstAdmin(StaffUserRepository users, PasswordHasher hasher, Clock clock,
               @Value("${zorgloket.admin.password:}") Optional<String> password) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.password = password.filter(p -> !p.isBlank());
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        String chosen = password.orElseThrow(() -> new IllegalStateException(
                "No account exists yet: set ZORGLOKET_ADMIN_PASSWORD to the password of the first admin ("
                        + USERNAME + ")."));
        PasswordRules.problem(chosen, USERNAME).ifPresent(problem -> {
            throw new IllegalStateException("ZORGLOKET_ADMIN_PASSWORD cannot be used: " + problem);
        });
        Instant now = clock.instant();
        users.save(new StaffUser(null, USERNAME, "Beheerder", hasher.hash(chosen), Role.toColumn(EnumSet.of(Role.ADMIN)),
                true, 0, 0, null, now, null, now, now, null, false, null));
        LOG.info("created the first admin account '{}'", USERNAME);
    }
}

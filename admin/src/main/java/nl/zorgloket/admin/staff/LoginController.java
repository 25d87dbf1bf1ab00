package nl.zorgloket.admin.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** POST /login: a username and password for a bearer token. */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {
    private static final int MAX_FIELD = 200;

    @Serdeable
    record LoginRequest(@Nullable String username, @Nullable String password, @Nullable String code) {
    }

    /** The shape of OAuth 2's token response, which clients know. */
    @Serdeable
    record TokenResponse(String access_token, String token_type, int expires_in, String username,
                         String name, List<String> roles, boolean two_factor_setup_required) {
    }

    private final LogIn logIn;
    private final Tokens tokens;
    private final RecordAudit audit;
    private final HttpClientAddressResolver addresses;
    private final Clock clock;

    LoginController(LogIn logIn, Tokens tokens, RecordAudit audit, HttpClientAddressResolver addresses, Clock clock) {
        this.logIn = logIn;
        this.tokens = tokens;
        this.audit = audit;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Post
    TokenResponse login(HttpRequest<?> request, @Body LoginRequest body) {
        List<InvalidField> errors = new ArrayList<>();
        if (body.username() == null || body.username().isBlank()) {
            errors.add(InvalidField.of("username", "Give a username."));
        } else if (body.username().length() > MAX_FIELD) {
            errors.add(InvalidField.of("username", "A username has at most " + MAX_FIELD + " characters."));
        }
        if (body.password() == null || body.password().isEmpty()) {
            errors.add(InvalidField.of("password", "Give a password."));
        } else if (body.password().length() > MAX_FIELD) {
            errors.add(InvalidField.of("password", "A password has at most " + MAX_FIELD + " characters."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String address = addresses.resolve(request);
        return switch (logIn.logIn(body.username(), body.password(), body.code(), address == null ? "unknown" : address)) {
            case LogIn.Outcome.Success success -> {
                StaffUser user = success.user();
                boolean enrolFirst = tokens.mustEnrol(user);
                audit.record(user.username(), request, AuditAction.LOGIN, AuditObject.STAFF_USER, String.valueOf(user.id()), null,
                        enrolFirst ? "two-factor login still to set up" : null);
                yield new TokenResponse(tokens.issue(user), "Bearer", tokens.lifetimeSeconds(), user.username(),
                        user.displayName(), user.roleSet().stream().map(Role::name).toList(), enrolFirst);
            }
            case LogIn.Outcome.CodeNeeded needed -> throw new ProblemException(HttpStatus.UNAUTHORIZED, "Code needed",
                    "Give the six-digit code from your authenticator app as \"code\".");
            case LogIn.Outcome.Refused refused -> {
                // the attempted name is not recorded: people type their password into it
                audit.record("anonymous", request, AuditAction.LOGIN_FAILED, AuditObject.STAFF_USER, null, null, null);
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "Login failed",
                        "The username or the password is wrong.");
            }
            case LogIn.Outcome.Waiting waiting -> {
                long seconds = Math.max(1, Duration.between(clock.instant(), waiting.until()).toSeconds());
                throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                        "Try again in " + (seconds < 120 ? seconds + " seconds." : (seconds / 60) + " minutes."))
                        .withHeader("Retry-After", String.valueOf(seconds));
            }
        };
    }
}

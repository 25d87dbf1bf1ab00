package nl.zorgloket.admin.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Two-factor login for one's own account: start (a new secret for the authenticator app), confirm
 * with a code (from then on every login needs one, and every token issued before is revoked), and
 * turn off with a code. An admin turns it off for someone who lost their phone.
 */
@Singleton
public class SetUpTwoFactor {
    /** @param uri the otpauth:// address an app scans as a QR code */
    @Serdeable
    public record Started(String secret, String uri) {
    }

    private final StaffUserRepository users;
    private final Totp totp;
    private final SecuritySettings settings;
    private final RecordAudit audit;
    private final Clock clock;

    SetUpTwoFactor(StaffUserRepository users, Totp totp, SecuritySettings settings, RecordAudit audit, Clock clock) {
        this.users = users;
        this.totp = totp;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Started start(long userId, HttpRequest<?> request) {
        StaffUser user = users.findByIdForUpdate(userId).orElseThrow(() -> ProblemException.notFound("Account " + userId));
        if (user.totpEnabled()) {
            throw ProblemException.conflict("Two-factor login is on already; turn it off first to start over.");
        }
        String secret = totp.newSecret();
        users.update(user.withTotpSecret(secret, clock.instant()));
        audit.record(user.username(), request, AuditAction.TOTP_START, AuditObject.STAFF_USER, String.valueOf(userId), null, null);
        return new Started(secret, totp.uri(secret, user.username()));
    }

    @Transactional
    public void confirm(long userId, String code, HttpRequest<?> request) {
        StaffUser user = users.findByIdForUpdate(userId).orElseThrow(() -> ProblemException.notFound("Account " + userId));
        if (user.totpSecret() == null || user.totpEnabled()) {
            throw ProblemException.conflict("Start setting up two-factor login first: POST /api/users/me/totp.");
        }
        Instant now = clock.instant();
        long step = checked(user, code, now);
        users.update(user.withTotpUsed(step, true, now));
        audit.record(user.username(), request, AuditAction.TOTP_ON, AuditObject.STAFF_USER, String.valueOf(userId), null, "tokens revoked");
    }

    @Transactional
    public void turnOffOwn(long userId, String code, HttpRequest<?> request) {
        StaffUser user = users.findByIdForUpdate(userId).orElseThrow(() -> ProblemException.notFound("Account " + userId));
        if (!user.totpEnabled()) {
            throw ProblemException.conflict("Two-factor login is off.");
        }
        if (settings.requireTwoFactor() && (user.roleSet().contains(Role.STAFF) || user.roleSet().contains(Role.COORDINATOR))) {
            throw ProblemException.conflict("Two-factor login is required for staff and coordinators here.");
        }
        checked(user, code, clock.instant());
        users.update(user.withoutTotp(clock.instant()));
        audit.record(user.username(), request, AuditAction.TOTP_OFF, AuditObject.STAFF_USER, String.valueOf(userId), null, "tokens revoked");
    }

    /** An admin resets someone's second factor (a lost phone): their next login sets it up again. */
    @Transactional
    public void reset(long userId, String admin, HttpRequest<?> request) {
        StaffUser user = users.findByIdForUpdate(userId).orElseThrow(() -> ProblemException.notFound("Account " + userId));
        users.update(user.withoutTotp(clock.instant()));
        audit.record(admin, request, AuditAction.TOTP_RESET, AuditObject.STAFF_USER, String.valueOf(userId), null, "tokens revoked");
    }

    private long checked(StaffUser user, String code, Instant now) {
        OptionalLong step = totp.verify(user.totpSecret(), code, user.totpLastStep(), now);
        if (step.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Wrong code", "That code is not right (or was used"
                    + " already); give the code your authenticator app shows now.",
                    List.of(InvalidField.of("code", "Six digits from the authenticator app.")));
        }
        return step.getAsLong();
    }
}

package nl.zorgloket.admin.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import nl.zorgloket.admin.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** /api/users: admins manage accounts; everyone sees their own and changes their own password. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN_NAME)
class UserController {
    private final StaffUserRepository users;
    private final CreateUser createUser;
    private final ChangeUser changeUser;
    private final SetPassword setPassword;
    private final SetUpTwoFactor twoFactor;
    private final Clock clock;

    @Serdeable
    record CodeCommand(@Nullable String code) {
    }

    UserController(StaffUserRepository users, CreateUser createUser, ChangeUser changeUser, SetPassword setPassword,
                   SetUpTwoFactor twoFactor, Clock clock) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.createUser = createUser;
        this.changeUser = changeUser;
        this.setPassword = setPassword;
        this.clock = clock;
    }

    @Get
    List<UserView> list() {
        Instant now = clock.instant();
        return users.findAllOrderByUsername().stream().map(u -> UserView.of(u, now)).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    UserView create(HttpRequest<?> request, Authentication who, @Body CreateUser.Command command) {
        return createUser.create(command, who.getName(), request);
    }

    @Get("/{id}")
    UserView get(long id) {
        return users.findById(id).map(u -> UserView.of(u, clock.instant()))
                .orElseThrow(() -> ProblemException.notFound("Account " + id));
    }

    @Patch("/{id}")
    UserView change(HttpRequest<?> request, Authentication who, long id, @Body ChangeUser.Command command) {
        return changeUser.change(id, command, who.getName(), request);
    }

    @Put("/{id}/password")
    HttpResponse<Void> setPassword(HttpRequest<?> request, Authentication who, long id,
                                   @Body SetPassword.Command command) {
        setPassword.set(id, command, false, who.getName(), request);
        return HttpResponse.noContent();
    }

    /** Who a case can be assigned to: the active coordinators, for staff and coordinators. */
    @Get("/coordinators")
    @Secured({Role.STAFF_NAME, Role.COORDINATOR_NAME})
    List<Coordinator> coordinators() {
        return users.findAllOrderByUsername().stream()
                .filter(u -> u.active() && u.roleSet().contains(Role.COORDINATOR))
                .map(u -> new Coordinator(u.id(), u.displayName())).toList();
    }

    @Serdeable
    record Coordinator(long id, String displayName) {
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserView me(Authentication who) {
        return get(Tokens.userId(who));
    }

    /** Starts setting up two-factor login: the secret for the authenticator app. */
    @Post("/me/totp")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SetUpTwoFactor.Started startTotp(HttpRequest<?> request, Authentication who) {
        return twoFactor.start(Tokens.userId(who), request);
    }

    /** Turns two-factor login on with a first code; log in again, with a code. */
    @Post("/me/totp/confirm")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> confirmTotp(HttpRequest<?> request, Authentication who, @Body CodeCommand command) {
        twoFactor.confirm(Tokens.userId(who), command.code(), request);
        return HttpResponse.noContent();
    }

    @Post("/me/totp/disable")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> disableTotp(HttpRequest<?> request, Authentication who, @Body CodeCommand command) {
        twoFactor.turnOffOwn(Tokens.userId(who), command.code(), request);
        return HttpResponse.noContent();
    }

    /** For someone who lost their phone: their second factor is removed and every token revoked. */
    @Delete("/{id}/totp")
    HttpResponse<Void> resetTotp(HttpRequest<?> request, Authentication who, long id) {
        twoFactor.reset(id, who.getName(), request);
        return HttpResponse.noContent();
    }

    @Put("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> setOwnPassword(HttpRequest<?> request, Authentication who, @Body SetPassword.Command command) {
        setPassword.set(Tokens.userId(who), command, true, who.getName(), request);
        return HttpResponse.noContent();
    }
}

package nl.zorgloket.intake.carecase;

import java.util.Optional;

/**
 * The name a client knows their coordinator by. Staff accounts belong to the admin module, which
 * provides this; without it (the intake module on its own) no name is known.
 */
public interface CoordinatorNames {
    /** The first name of this active coordinator, as clients are told it; empty when there is none. */
    Optional<String> firstName(long staffUserId);
}

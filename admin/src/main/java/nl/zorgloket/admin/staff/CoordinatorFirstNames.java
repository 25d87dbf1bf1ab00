package nl.zorgloket.admin.staff;

import jakarta.inject.Singleton;
import nl.zorgloket.intake.carecase.CoordinatorNames;

import java.util.Optional;

/** A coordinator's first name from their account, for the client's "je coördinator is Els". */
@Singleton
class CoordinatorFirstNames implements CoordinatorNames {
    private final StaffUserRepository users;

    CoordinatorFirstNames(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<String> firstName(long staffUserId) {
        return users.findById(staffUserId).filter(StaffUser::active).map(StaffUser::firstName);
    }
}

package nl.zorgloket.admin.staff;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {
    private static SecuritySettings settings(int iterations) {
        return new SecuritySettings(iterations, Duration.ofMinutes(30), 5, Duration.ofMinutes(1), Duration.ofHours(1),
                30, Duration.ofMinutes(15), false);
    }

    private final PasswordHasher hasher = new PasswordHasher(settings(1000));

    @Test
    void theRightPasswordVerifies() {
        assertTrue(hasher.verify("correct horse battery", hasher.hash("correct horse battery")));
    }

    @Test
    void aWrongPasswordDoesNot() {
        assertFalse(hasher.verify("correct horse batterY", hasher.hash("correct horse battery")));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("correct horse battery"), hasher.hash("correct horse battery"));
    }

    @Test
    void theCostTravelsWithTheHash() {
        String cheap = hasher.hash("correct horse battery");
        PasswordHasher dearer = new PasswordHasher(settings(2000));
        assertTrue(dearer.verify("correct horse battery", cheap));
        assertTrue(dearer.outdated(cheap));
        assertFalse(dearer.outdated(dearer.hash("correct horse battery")));
    }

    @Test
    void anUnknownSchemeNeverVerifies() {
        assertFalse(hasher.verify("x", "md5$abc"));
        assertFalse(hasher.verify("x", "plain text"));
    }

    @Test
    void accountsWaitLongerWithEveryFailureUpToTheMaximum() {
        SecuritySettings s = settings(1000);
        assertEquals(Duration.ZERO, s.lockAfter(4));
        assertEquals(Duration.ofMinutes(1), s.lockAfter(5));
        assertEquals(Duration.ofMinutes(2), s.lockAfter(6));
        assertEquals(Duration.ofMinutes(32), s.lockAfter(10));
        assertEquals(Duration.ofHours(1), s.lockAfter(11));
        assertEquals(Duration.ofHours(1), s.lockAfter(500));
    }
}

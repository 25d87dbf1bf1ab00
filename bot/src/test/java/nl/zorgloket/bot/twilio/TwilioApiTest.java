package nl.zorgloket.bot.twilio;

import nl.zorgloket.admin.testing.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

/** An API test of a service that talks to the Twilio stub: the stub forgets everything before each test. */
abstract class TwilioApiTest extends ApiTest {
    protected final TwilioTestKit kit = new TwilioTestKit();

    @Override
    public Map<String, String> getProperties() {
        return kit.properties();
    }

    @BeforeEach
    void resetTheStub() {
        kit.reset();
    }

    @AfterAll
    void stopTheStub() {
        kit.close();
    }
}

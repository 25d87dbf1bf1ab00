package nl.zorgloket.bot.twilio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.exception.ApiException;
import com.twilio.exception.RestException;
import nl.zorgloket.intake.outbox.SendOutcome;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Which failures may have sent the message: the line between "try again" and "look it up first". */
class TwilioOutboundClassifyTest {

    /** The exception the SDK throws for an error answer, made the way the SDK makes it. */
    private static ApiException answer(int httpStatus, int twilioCode, String message) {
        String json = "{\"code\": " + twilioCode + ", \"message\": \"" + message.replace("\"", "\\\"")
                + "\", \"status\": " + httpStatus + "}";
        return new ApiException(RestException.fromJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new ObjectMapper()));
    }

    @Test
    void refusedConnectionWasCertainlyNotSent() {
        assertInstanceOf(SendOutcome.NotSent.class,
                TwilioOutbound.classify(new ApiException("Connection refused", new ConnectException("refused"))));
        assertInstanceOf(SendOutcome.NotSent.class,
                TwilioOutbound.classify(new ApiException("unknown host", new UnknownHostException("api.twilio.com"))));
    }

    @Test
    void timeoutAndDroppedAnswerMayHaveSent() {
        assertInstanceOf(SendOutcome.MaybeSent.class,
                TwilioOutbound.classify(new ApiException("Read timed out", new SocketTimeoutException())));
        assertInstanceOf(SendOutcome.MaybeSent.class,
                TwilioOutbound.classify(new ApiException("no response", new NoHttpResponseException("x"))));
    }

    @Test
    void rateLimitIsRetriedWithoutLookup() {
        SendOutcome outcome = TwilioOutbound.classify(answer(429, 20429, "Too many requests"));
        assertEquals(20429, assertInstanceOf(SendOutcome.NotSent.class, outcome).errorCode());
    }

    @Test
    void serverErrorMayHaveSent() {
        assertInstanceOf(SendOutcome.MaybeSent.class, TwilioOutbound.classify(new ApiException("oops", 500)));
        assertInstanceOf(SendOutcome.MaybeSent.class, TwilioOutbound.classify(new ApiException("bad gateway", 502)));
    }

    @Test
    void badCredentialsKeepTheMessage() {
        assertInstanceOf(SendOutcome.NotSent.class, TwilioOutbound.classify(answer(401, 20003, "Authenticate")));
    }

    @Test
    void invalidNumberAndClosedWindowAreFinal() {
        SendOutcome invalid = TwilioOutbound.classify(answer(400, 21211, "invalid To"));
        assertEquals(21211, assertInstanceOf(SendOutcome.Rejected.class, invalid).errorCode());
        SendOutcome window = TwilioOutbound.classify(answer(400, 63016, "outside window"));
        assertEquals(63016, assertInstanceOf(SendOutcome.Rejected.class, window).errorCode());
    }

    @Test
    void reasonsNeverCarryTwiliosText() {
        SendOutcome outcome = TwilioOutbound.classify(
                answer(400, 21211, "The 'To' number +31612345678 is not a valid phone number."));
        assertEquals("HTTP 400, Twilio error 21211", ((SendOutcome.Rejected) outcome).reason());
    }
}

package nl.zorgloket.bot.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.outbox.OutboundChannel;
import nl.zorgloket.intake.outbox.OutboundMessage;
import nl.zorgloket.intake.outbox.SendOutcome;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * WhatsApp and SMS messages through Twilio's REST API, one attempt per call.
 *
 * <p>Each send names our message id in its status callback URL. Twilio's Messages API has no
 * idempotency key; that id is ours: when a send's answer is lost, the first status report names
 * the message, and the outbox's lookup matches Twilio's list against it.
 *
 * <p>Reasons in outcomes carry HTTP status and Twilio error codes only: Twilio's error texts can
 * contain phone numbers, and reasons end up in logs.
 */
@Singleton
class TwilioOutbound implements OutboundChannel {
    private static final String WHATSAPP = "whatsapp:";
    private static final String SMS = "sms:";
    // An earlier attempt is looked for among messages created from shortly before the message was written.
    private static final Duration LOOKUP_MARGIN = Duration.ofMinutes(2);
    private static final long LOOKUP_PAGE = 50;

    private final TwilioProperties properties;
    private final TwilioRestClient client;
    private final String statusCallbackBase;

    TwilioOutbound(TwilioProperties properties) {
        this.properties = properties;
        this.client = properties.accountSid() == null || properties.accountSid().isBlank() ? null
                : new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
                        .httpClient(new SingleAttemptHttpClient(properties.apiBaseUrl(), properties.connectTimeout(),
                                properties.responseTimeout()))
                        .build();
        this.statusCallbackBase = properties.publicBaseUrl().replaceAll("/+$", "") + "/twilio/status?m=";
    }

    @Override
    public boolean serves(Medium medium) {
        return medium == Medium.WHATSAPP || medium == Medium.SMS;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        String from = from(message.medium());
        if (client == null || from == null) {
            return notConfigured(message.medium());
        }
        try {
            MessageCreator creator = message.contentSid() == null
                    ? Message.creator(new PhoneNumber(to(message)), new PhoneNumber(from), body(message))
                    // a template: Twilio writes the text from the approved content and its variables
                    : Message.creator(new PhoneNumber(to(message)), new PhoneNumber(from), (String) null)
                            .setContentSid(message.contentSid()).setContentVariables(message.contentVariables());
            Message sent = creator.setStatusCallback(statusCallbackBase + message.messageId()).create(client);
            return new SendOutcome.Accepted(sent.getSid(), status(sent));
        } catch (ApiException e) {
            return classify(e);
        } catch (TwilioException e) {
            // No usable answer (an empty or unreadable body): the request may have been carried out.
            return new SendOutcome.MaybeSent("no usable answer from Twilio");
        }
    }

    /** The text as it is sent: on SMS in the GSM-7 alphabet where it fits ({@link SmsText}). */
    private static String body(OutboundMessage message) {
        return message.medium() == Medium.SMS ? SmsText.fit(message.body()) : message.body();
    }

    @Override
    public Lookup findEarlierSend(OutboundMessage message) {
        String from = from(message.medium());
        if (client == null || from == null) {
            return new Lookup.Unavailable("Twilio is not configured for " + message.medium());
        }
        ZonedDateTime since = message.createdAt().minus(LOOKUP_MARGIN).atZone(ZoneOffset.UTC);
        try {
            // No DateSent filter: a message Twilio still queues has no send date yet.
            List<SendOutcome.Accepted> found = new ArrayList<>();
            for (Message m : Message.reader().setTo(to(message)).setFrom(from).setPageSize(LOOKUP_PAGE)
                    .firstPage(client).getRecords()) {
                // a template's text is Twilio's rendering, unknown here: for it, To, From and the time decide
                boolean sameText = message.contentSid() != null || body(message).equals(m.getBody());
                if (sameText && m.getDateCreated() != null
                        && !m.getDateCreated().isBefore(since)) {
                    found.add(new SendOutcome.Accepted(m.getSid(), status(m)));
                }
            }
            return new Lookup.Candidates(found);
        } catch (ApiException e) {
            return new Lookup.Unavailable(describe(e));
        } catch (TwilioException e) {
            return new Lookup.Unavailable("no usable answer from Twilio");
        }
    }

    private SendOutcome notConfigured(Medium medium) {
        String missing = client == null ? "twilio.account-sid"
                : medium == Medium.WHATSAPP ? "twilio.whatsapp-from" : "twilio.sms-from";
        return new SendOutcome.NotSent(missing + " is not set", null, null);
    }

    static SendOutcome classify(ApiException e) {
        IOException io = ioCause(e);
        if (io != null) {
            // Refused or unresolvable: the request never left. Anything else (a timeout, a reset)
            // may have come after Twilio took the message.
            if (io instanceof ConnectException || io instanceof UnknownHostException
                    || io instanceof NoRouteToHostException) {
                return new SendOutcome.NotSent("could not connect to Twilio (" + io.getClass().getSimpleName() + ")",
                        null, null);
            }
            return new SendOutcome.MaybeSent("no answer from Twilio (" + io.getClass().getSimpleName() + ")");
        }
        Integer status = e.getStatusCode();
        Integer code = e.getCode();
        if ((status != null && status == 429) || (code != null && code == 20429)) {
            return new SendOutcome.NotSent(describe(e), code, null);
        }
        if (status == null || status >= 500) {
            return new SendOutcome.MaybeSent(describe(e));
        }
        if (status == 401 || status == 403) {
            // Wrong credentials are a setting to fix, not a property of the message: keep it.
            return new SendOutcome.NotSent(describe(e), code, null);
        }
        return new SendOutcome.Rejected(describe(e), code);
    }

    private static String describe(ApiException e) {
        String status = e.getStatusCode() == null ? "no HTTP status" : "HTTP " + e.getStatusCode();
        return e.getCode() == null ? status : status + ", Twilio error " + e.getCode();
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static DeliveryStatus status(Message m) {
        return m.getStatus() == null ? DeliveryStatus.QUEUED
                : DeliveryStatus.parse(m.getStatus().toString()).orElse(DeliveryStatus.QUEUED);
    }

    private String from(Medium medium) {
        String from = medium == Medium.WHATSAPP ? properties.whatsappFrom() : properties.smsFrom();
        if (from == null || from.isBlank()) {
            return null;
        }
        return medium == Medium.WHATSAPP && !from.startsWith(WHATSAPP) ? WHATSAPP + from.strip() : from.strip();
    }

    /** Twilio's To: "whatsapp:+31..." for WhatsApp, the bare number for SMS. */
    private static String to(OutboundMessage message) {
        String address = message.channelAddress();
        return address.startsWith(SMS) ? address.substring(SMS.length()) : address;
    }
}

package nl.zorgloket.bot.twilio;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.bot.inbound.InboundWorker;
import nl.zorgloket.intake.conversation.InboundBatcher;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.conversation.InboundMessage;
import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.outbox.RecordDeliveryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's webhooks for WhatsApp and SMS: verify, parse, store, answer. An inbound message is
 * stored before anything else and normally answered with TwiML at once; when it cannot be handled
 * at once it stays stored, the answer is empty TwiML and the replies follow through the outbox.
 */
@Controller("/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TwilioWebhookController {
    private static final Logger LOG = LoggerFactory.getLogger(TwilioWebhookController.class);
    private static final String WHATSAPP_PREFIX = "whatsapp:";
    // WhatsApp sends at most 10 media items with one message.
    private static final int MAX_MEDIA = 10;

    private final TwilioSignature signature;
    private final InboundBatcher batcher;
    private final Optional<InboundWorker> worker;
    private final RecordDeliveryStatus deliveryStatus;

    TwilioWebhookController(TwilioSignature signature, InboundBatcher batcher, Optional<InboundWorker> worker,
                            RecordDeliveryStatus deliveryStatus) {
        this.signature = signature;
        this.batcher = batcher;
        this.worker = worker;
        this.deliveryStatus = deliveryStatus;
    }

    @Post(uri = "/messages", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_XML)
    HttpResponse<?> messages(HttpRequest<?> request, @io.micronaut.http.annotation.Body byte[] body) {
        if (body.length > TwilioBodyLimit.MAX_BYTES) {
            // sent without a Content-Length (chunked), so only its length after reading tells
            return TwilioBodyLimit.tooLarge();
        }
        Map<String, String> params = TwilioForm.parse(body);
        signature.verify(request, params);
        InboundMessage inbound = toInbound(params);
        List<String> replies = switch (batcher.receive(inbound)) {
            case InboundQueue.Receipt.Answered answered -> {
                LOG.debug("message {} handled", answered.handled().messageId());
                yield answered.handled().replies();
            }
            case InboundQueue.Receipt.Waiting waiting -> {
                // stored; a worker handles it in its turn and the replies follow through the outbox
                worker.ifPresent(w -> w.stored(waiting.channelAddress()));
                yield List.of();
            }
            case InboundQueue.Receipt.AlreadyWaiting already -> List.of();
        };
        if (inbound.medium() == Medium.SMS) {
            replies = replies.stream().map(SmsText::fit).toList();
        }
        return HttpResponse.ok(Twiml.messages(replies)).contentType(MediaType.TEXT_XML_TYPE);
    }

    @Post(uri = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> status(HttpRequest<?> request, @io.micronaut.http.annotation.Body byte[] body) {
        if (body.length > TwilioBodyLimit.MAX_BYTES) {
            return TwilioBodyLimit.tooLarge();
        }
        Map<String, String> params = TwilioForm.parse(body);
        signature.verify(request, params);
        String sid = required(params, "MessageSid");
        DeliveryStatus status = DeliveryStatus.parse(required(params, "MessageStatus"))
                .orElseThrow(() -> TwilioForm.bad("Unknown MessageStatus."));
        Integer errorCode = null;
        String code = params.get("ErrorCode");
        if (code != null && !code.isBlank()) {
            try {
                errorCode = Integer.valueOf(code.strip());
            } catch (NumberFormatException e) {
                throw TwilioForm.bad("ErrorCode must be a number.");
            }
        }
        boolean changed = deliveryStatus.record(sid, ourMessageId(request), status, errorCode);
        LOG.debug("status {} for {}: changed {}", status, sid, changed);
        return HttpResponse.noContent();
    }

    /** Our message id, which outbound sends put in their status callback URL. */
    private static Long ourMessageId(HttpRequest<?> request) {
        String m = request.getParameters().get("m");
        if (m == null) {
            return null;
        }
        try {
            return Long.valueOf(m);
        } catch (NumberFormatException e) {
            throw TwilioForm.bad("The query parameter m must be a message id.");
        }
    }

    private static InboundMessage toInbound(Map<String, String> p) {
        String sid = required(p, "MessageSid");
        String from = required(p, "From");
        required(p, "To");
        String text = p.getOrDefault("Body", "");
        if (text.indexOf('\0') >= 0) {
            throw TwilioForm.bad("Body contains a NUL character.");
        }
        boolean whatsapp = from.startsWith(WHATSAPP_PREFIX);
        String phone = whatsapp ? from.substring(WHATSAPP_PREFIX.length()) : from;
        Medium medium = whatsapp ? Medium.WHATSAPP : Medium.SMS;
        String address = whatsapp ? from : "sms:" + from;
        return new InboundMessage(medium, address, phone, p.get("ProfileName"), sid, text, media(p));
    }

    private static List<InboundMessage.Media> media(Map<String, String> p) {
        int count;
        try {
            count = Integer.parseInt(p.getOrDefault("NumMedia", "0").strip());
        } catch (NumberFormatException e) {
            throw TwilioForm.bad("NumMedia must be a number.");
        }
        if (count < 0 || count > MAX_MEDIA) {
            throw TwilioForm.bad("NumMedia must be between 0 and " + MAX_MEDIA + ".");
        }
        List<InboundMessage.Media> media = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = p.get("MediaUrl" + i);
            if (url == null || url.isBlank()) {
                throw TwilioForm.bad("NumMedia is " + count + " but MediaUrl" + i + " is missing.");
            }
            media.add(new InboundMessage.Media(url, p.get("MediaContentType" + i)));
        }
        return media;
    }

    private static String required(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            throw TwilioForm.bad("The parameter " + name + " is missing.");
        }
        return v;
    }
}

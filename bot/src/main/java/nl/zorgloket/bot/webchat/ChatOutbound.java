package nl.zorgloket.bot.webchat;

import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.intake.outbox.OutboundChannel;
import nl.zorgloket.intake.outbox.OutboundMessage;
import nl.zorgloket.intake.outbox.SendOutcome;

import java.util.List;

/**
 * Staff messages and notices to a web chat client: stored is sent, as far as the outbox goes. The
 * page gets them from the database through {@link ChatDelivery}, now if it is open here, within a
 * poll if it is open on another instance, and on its next visit if it is closed.
 */
@Singleton
class ChatOutbound implements OutboundChannel {
    private final ChatDelivery delivery;

    ChatOutbound(ChatDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public boolean serves(Medium medium) {
        return medium == Medium.WEBCHAT;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        delivery.wake(message.channelAddress());
        return new SendOutcome.Accepted("web-" + message.messageId(), DeliveryStatus.SENT);
    }

    @Override
    public Lookup findEarlierSend(OutboundMessage message) {
        // a stored message is the whole delivery: there is never an uncertain earlier send
        return new Lookup.Candidates(List.of());
    }
}

package nl.zorgloket.bot.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.outbox.OutboxRepository;

/**
 * What operations should watch, read from the database at each scrape: client messages waiting to
 * be handled, messages set aside after failing (each one needs a person), and replies not sent yet.
 */
@Context
@Requires(beans = MeterRegistry.class)
class BacklogMetrics {

    BacklogMetrics(MeterRegistry registry, InboundQueue inbound, OutboxRepository outbox) {
        Gauge.builder("zorgloket.inbound.waiting", inbound, InboundQueue::waiting)
                .description("Client messages stored and not handled yet")
                .register(registry);
        Gauge.builder("zorgloket.inbound.failed", inbound, InboundQueue::failed)
                .description("Client messages set aside after failing to be handled; each needs a person")
                .register(registry);
        Gauge.builder("zorgloket.outbox.unsent", outbox, OutboxRepository::countUnsettled)
                .description("Messages to clients not sent yet: waiting, being sent, or to be looked up")
                .register(registry);
    }
}

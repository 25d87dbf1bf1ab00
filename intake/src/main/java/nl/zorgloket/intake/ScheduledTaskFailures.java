package nl.zorgloket.intake;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ProxyBeanDefinition;
import io.micronaut.scheduling.DefaultTaskExceptionHandler;
import io.micronaut.scheduling.TaskExceptionHandler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;

/**
 * What a failing scheduled task logs. A task that fires while the service shuts down cannot reach
 * its bean any more; that is the shutdown, not a fault, and is logged at DEBUG. Every other failure
 * is logged at ERROR by its kind, with the details (which may quote data) at DEBUG.
 */
@Singleton
@Replaces(DefaultTaskExceptionHandler.class)
public class ScheduledTaskFailures implements TaskExceptionHandler<Object, Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTaskFailures.class);

    private final BooleanSupplier running;

    @Inject
    ScheduledTaskFailures(BeanContext context) {
        this(context::isRunning);
    }

    ScheduledTaskFailures(BooleanSupplier running) {
        this.running = running;
    }

    @Override
    public void handle(Object bean, Throwable failure) {
        LOG.error("scheduled task of {} failed ({})", bean == null ? "?" : bean.getClass().getSimpleName(),
                failure.getClass().getName());
        LOG.debug("details", failure);
    }

    @Override
    public void handleCreationFailure(BeanDefinition<Object> beanType, Throwable failure) {
        String name = (beanType instanceof ProxyBeanDefinition<?> proxy ? proxy.getTargetType()
                : beanType.getBeanType()).getSimpleName();
        if (!running.getAsBoolean()) {
            LOG.debug("scheduled task of {} skipped: the service is stopping", name);
            return;
        }
        LOG.error("scheduled task of {} could not start ({})", name, failure.getClass().getName());
        LOG.debug("details", failure);
    }
}

package nl.zorgloket.intake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.scheduling.TaskExceptionHandler;
import nl.zorgloket.intake.privacy.RetentionJob;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ScheduledTaskFailuresTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(ScheduledTaskFailures.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level levelBefore;
    private boolean additiveBefore;

    @BeforeEach
    void capture() {
        levelBefore = logger.getLevel();
        additiveBefore = logger.isAdditive();
        logger.setLevel(Level.DEBUG);
        // what this test provokes is not shown among the build's real errors
        logger.setAdditive(false);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
        logger.setLevel(levelBefore);
        logger.setAdditive(additiveBefore);
    }

    private List<Level> levels() {
        return logged.list.stream().map(ILoggingEvent::getLevel).toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aTaskThatFiresWhileTheServiceStopsIsNoError() {
        ApplicationContext context = ApplicationContext.builder().environments("test")
                .properties(new java.util.HashMap<>(TestDatabase.properties())).start();
        TaskExceptionHandler<Object, Throwable> handler = context.getBean(TaskExceptionHandler.class);
        assertInstanceOf(ScheduledTaskFailures.class, handler, "replaces Micronaut's handler");
        BeanDefinition<Object> job = (BeanDefinition<Object>) (BeanDefinition<?>) context.getBeanDefinition(RetentionJob.class);

        handler.handleCreationFailure(job, new BeanContextException("database away"));
        assertEquals(List.of(Level.ERROR, Level.DEBUG), levels(), "while running it is an error");
        assertEquals("scheduled task of RetentionJob could not start "
                + "(io.micronaut.context.exceptions.BeanContextException)", logged.list.get(0).getFormattedMessage());

        logged.list.clear();
        context.stop();
        handler.handleCreationFailure(job, new BeanContextException("Cannot resolve beans until the context is running"));
        assertEquals(List.of(Level.DEBUG), levels(), "while stopping it is not");
    }

    @Test
    void aFailingTaskIsLoggedByItsKindWithTheDetailsAtDebug() {
        new ScheduledTaskFailures(() -> true).handle(this, new IllegalStateException("text of a client"));
        assertEquals(List.of(Level.ERROR, Level.DEBUG), levels());
        assertEquals("scheduled task of ScheduledTaskFailuresTest failed (java.lang.IllegalStateException)",
                logged.list.get(0).getFormattedMessage());
    }
}

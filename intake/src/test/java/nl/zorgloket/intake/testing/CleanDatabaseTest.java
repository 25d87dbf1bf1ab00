package nl.zorgloket.intake.testing;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.Map;

/**
 * A test against the test database ({@link TestDatabase}) that starts every test with empty tables.
 * Subclasses add {@code @MicronautTest(transactional = false, environments = "test")}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CleanDatabaseTest implements TestPropertyProvider {
    @Inject
    protected DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(dataSource);
    }

    /** Runs one statement outside any transaction: for a state no API makes. */
    protected void sql(String statement) {
        TestDatabase.execute(dataSource, statement);
    }
}

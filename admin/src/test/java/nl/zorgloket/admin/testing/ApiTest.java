package nl.zorgloket.admin.testing;

import io.micronaut.context.BeanContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.zorgloket.admin.staff.StaffTokens;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.Map;

/**
 * A test of the HTTP API against the test database: the database is emptied before every test
 * and {@link #api} speaks to the running service. A subclass's own {@code @BeforeEach} runs after
 * this one; one that needs other settings overrides {@link #getProperties}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    protected HttpClient http;
    @Inject
    protected ObjectMapper json;
    @Inject
    protected DataSource dataSource;
    @Inject
    protected BeanContext context;

    protected Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @BeforeEach
    void emptyTheDatabase() {
        TestDatabase.clean(dataSource);
        api = new Api(http, json);
    }

    /** A token of the first admin, created when it does not exist yet. */
    protected String adminToken() {
        return StaffTokens.admin(api, context);
    }
}

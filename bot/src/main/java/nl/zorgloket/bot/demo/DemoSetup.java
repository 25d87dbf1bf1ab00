package nl.zorgloket.bot.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.staff.CreateUser;
import nl.zorgloket.admin.staff.StaffUserRepository;
import nl.zorgloket.intake.provider.ProviderDirectory;
import nl.zorgloket.intake.provider.ProviderImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The demo run: loads the fictional provider directory and says what to try. */
@Singleton
@Requires(property = "zorgloket.demo.enabled", value = "true")
class DemoSetup {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);
    private static final String PROVIDERS = "/demo/providers.json";

    /** The demo's colleague at the customer office (staff and coordinator), to try the console with. */
    static final String STAFF_USERNAME = "els";

    private final ProviderDirectory directory;
    private final ObjectMapper json;
    private final String adminLogin;
    private final StaffUserRepository users;
    private final CreateUser createUser;

    DemoSetup(ProviderDirectory directory, ObjectMapper json,
              @Value("${zorgloket.demo.admin-hint:password from ZORGLOKET_ADMIN_PASSWORD}") String adminHint,
              StaffUserRepository users, CreateUser createUser) {
        this.users = users;
        this.createUser = createUser;
        this.directory = directory;
        this.json = json;
        this.adminLogin = "admin, " + adminHint;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        List<ProviderImport> providers = read();
        directory.upsertImported(providers, true);
        String staffLogin = demoColleague();
        String url = event.getSource().getURL().toString().replaceAll("/+$", "");
        LOG.info("""

                Zorgloket demo runs on {}
                  {} fictional care providers loaded, each marked "(demo)".
                  Be a client in the web chat: {}/chat
                  Or on WhatsApp, from another terminal (each call is one message):
                    bin/say "Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, wij wonen in Lichtenvoorde"
                    bin/say "ja"
                  Or by SMS from another number:    bin/say --sms --from +31611111111 "Hoi"
                  Ask for a person at any time:     bin/say "medewerker"
                  Staff console: {}/console as {}
                  Providers, accounts and the access log: {}/console (or the API) as {}
                  Health: {}/health   Metrics: {}/prometheus
                """, url, providers.size(), url, url, staffLogin, url, adminLogin, url, url);
    }

    /** Creates the demo's colleague at the first demo run; says how to log in as her. */
    private String demoColleague() {
        Demo.Secret password = Demo.staffPassword(Path.of("data", "demo"));
        if (users.findByUsername(STAFF_USERNAME).isEmpty()) {
            createUser.create(new CreateUser.Command(STAFF_USERNAME, "Els (demo)", password.value(),
                    List.of("STAFF", "COORDINATOR")), "demo", null);
            return STAFF_USERNAME + ", password " + password.value() + " (shown this once; kept in data/demo/staff-password)";
        }
        return STAFF_USERNAME + ", password in data/demo/staff-password";
    }

    private List<ProviderImport> read() {
        try (InputStream in = DemoSetup.class.getResourceAsStream(PROVIDERS)) {
            if (in == null) {
                throw new IllegalStateException(PROVIDERS + " is missing from the build");
            }
            return json.readValue(in, Argument.listOf(ProviderImport.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROVIDERS, e);
        }
    }
}

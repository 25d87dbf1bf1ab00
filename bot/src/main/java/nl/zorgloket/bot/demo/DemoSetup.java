package nl.zorgloket.bot.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.provider.ProviderDirectory;
import nl.zorgloket.intake.provider.ProviderImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The demo run: loads the fictional provider directory and says what to try. */
@Singleton
@Requires(property = "zorgloket.demo.enabled", value = "true")
class DemoSetup {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);
    private static final String PROVIDERS = "/demo/providers.json";

    private final ProviderDirectory directory;
    private final ObjectMapper json;
    private final String adminLogin;

    DemoSetup(ProviderDirectory directory, ObjectMapper json,
              @Value("${zorgloket.demo.admin-hint:password from ZORGLOKET_ADMIN_PASSWORD}") String adminHint) {
        this.directory = directory;
        this.json = json;
        this.adminLogin = "admin, " + adminHint;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        List<ProviderImport> providers = read();
        directory.upsertImported(providers, true);
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
                  Staff console: {}/console   Admin API: POST {}/login as {}
                  Health: {}/health   Metrics: {}/prometheus
                """, url, providers.size(), url, url, url, adminLogin, url, url);
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

package nl.zorgloket.bot;

import io.micronaut.runtime.Micronaut;
import nl.zorgloket.bot.demo.Demo;
import nl.zorgloket.bot.twilio.stub.TwilioStub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public final class Application {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        boolean demo = Arrays.asList(args).contains("--demo");
        Map<String, Object> properties = new HashMap<>();
        if (!configured("datasources.default.url")) {
            String url = EmbeddedDatabase.start(Path.of("data", "mariadb"));
            properties.put("datasources.default.url", url);
            LOG.info("using the embedded MariaDB under ./data/mariadb");
        }
        if (demo) {
            properties.put("zorgloket.demo.enabled", true);
            if (!configured("twilio.auth-token")) {
                // Only the demo makes up a token; outside it the service refuses to start without one.
                properties.put("twilio.auth-token", Demo.authToken(Path.of("data", "demo")));
            }
            if (!configured("zorgloket.jwt-secret")) {
                properties.put("zorgloket.jwt-secret", Demo.jwtSecret(Path.of("data", "demo")));
            }
            if (!configured("zorgloket.admin.password")) {
                Demo.Secret password = Demo.adminPassword(Path.of("data", "demo"));
                properties.put("zorgloket.admin.password", password.value());
                // the demo's welcome shows the password once, in the run that made it up
                properties.put("zorgloket.demo.admin-hint", password.created()
                        ? "password " + password.value() + " (shown this once; kept in data/demo/admin-password)"
                        : "password in data/demo/admin-password");
            }
            if (!configured("twilio.api-base-url")) {
                // Outbound messages go to a local Twilio stand-in instead of the real Twilio.
                String token = (String) properties.getOrDefault("twilio.auth-token", setting("twilio.auth-token"));
                TwilioStub stub = TwilioStub.start(0, Demo.ACCOUNT_SID, token);
                Runtime.getRuntime().addShutdownHook(new Thread(stub::close));
                properties.put("twilio.api-base-url", stub.baseUrl());
                Demo.rememberStubUrl(Path.of("data", "demo"), stub.baseUrl());
                properties.put("twilio.account-sid", Demo.ACCOUNT_SID);
                properties.putIfAbsent("twilio.whatsapp-from", Demo.COOPERATIVE_NUMBER);
                properties.putIfAbsent("twilio.sms-from", Demo.COOPERATIVE_NUMBER);
                if (!configured("zorgloket.whatsapp.reopen.content-sid")) {
                    properties.put("zorgloket.whatsapp.reopen.content-sid", Demo.REOPEN_CONTENT_SID);
                    properties.put("zorgloket.whatsapp.reopen.text", Demo.REOPEN_TEXT);
                }
                LOG.info("demo: outbound WhatsApp and SMS go to a local Twilio stand-in at {}", stub.baseUrl());
            }
        }
        Micronaut.build(args).properties(properties).mainClass(Application.class).start();
    }

    /** Set as a system property or an environment variable (DATASOURCES_DEFAULT_URL for datasources.default.url). */
    private static boolean configured(String property) {
        return setting(property) != null;
    }

    private static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }
}

package nl.zorgloket.bot;

import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
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
                // Only the demo gets a token it makes up; outside it the service refuses to start without one.
                properties.put("twilio.auth-token", HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
            }
        }
        Micronaut.build(args).properties(properties).mainClass(Application.class).start();
    }

    /** Set as a system property or an environment variable (DATASOURCES_DEFAULT_URL for datasources.default.url). */
    private static boolean configured(String property) {
        String env = property.toUpperCase().replace('.', '_').replace('-', '_');
        return System.getProperty(property) != null || System.getenv(env) != null && !System.getenv(env).isBlank();
    }
}

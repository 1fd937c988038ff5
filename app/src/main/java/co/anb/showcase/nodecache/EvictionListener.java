package co.anb.showcase.nodecache;

import co.anb.showcase.system.ApiRoleOnly;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the node caches' evictions on a connection of its own, outside the pool: a pooled connection would go back
 * to the pool still listening, and it would hold one of the pool's slots for good. While the connection is down the
 * caches keep nothing ({@link NodeCaches#deaf()}); a check every few seconds notices a connection that died quietly.
 * Only api nodes listen: a worker reads no cached row.
 */
@Component
@ApiRoleOnly
class EvictionListener implements SmartLifecycle {

    static final Duration POLL = Duration.ofMillis(500);
    static final Duration CHECK = Duration.ofSeconds(5);
    static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(EvictionListener.class);

    private final NodeCaches caches;
    private final String url;
    private final Properties connectionProperties = new Properties();
    private volatile Thread thread;

    @Autowired
    EvictionListener(NodeCaches caches, @Value("${spring.datasource.url}") String url,
                     @Value("${spring.datasource.username:}") String username,
                     @Value("${spring.datasource.password:}") String password) {
        this(caches, url, username, password, "anb-node-cache");
    }

    /** @param connectionName how the connection shows in {@code pg_stat_activity} */
    EvictionListener(NodeCaches caches, String url, String username, String password, String connectionName) {
        this.caches = caches;
        this.url = url;
        connectionProperties.setProperty("user", username);
        connectionProperties.setProperty("password", password);
        // no read waits longer than this, so a connection that died quietly is noticed by the next check
        connectionProperties.setProperty("socketTimeout", "30");
        connectionProperties.setProperty("tcpKeepAlive", "true");
        connectionProperties.setProperty("ApplicationName", connectionName);
    }

    @Override
    public void start() {
        Thread listening = new Thread(this::listenUntilStopped, "node-cache-evictions");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        Thread listening = thread;
        thread = null;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(CHECK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void listenUntilStopped() {
        while (thread == Thread.currentThread()) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties)) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                // whatever ends the loop, the caches must not stay live without a listener
                log.warn("Node caches not listening for evictions, reading the database meanwhile: {}",
                        e.toString());
            } finally {
                caches.deaf();
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + NodeCaches.CHANNEL);
        }
        caches.listening();
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + CHECK.toNanos();
        while (thread == Thread.currentThread()) {
            PGNotification[] heard = notifications.getNotifications((int) POLL.toMillis());
            if (heard != null) {
                for (PGNotification notification : heard) {
                    caches.evicted(notification.getParameter());
                }
            }
            if (System.nanoTime() - nextCheck > 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                nextCheck = System.nanoTime() + CHECK.toNanos();
            }
        }
    }
}

package tr.gov.goc.kurul.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.LoggerFactory;

/**
 * What the engine API's access guard (identity.EngineAccessGuard) let through and refused while a test ran, read
 * from its log: "GET /task/{id}" per user. Opened before the calls, closed after (the logger's level is put back).
 */
public final class EngineApiCalls implements AutoCloseable {

    private static final String GUARD = "tr.gov.goc.kurul.identity.EngineAccessGuard";

    private final Logger logger = (Logger) LoggerFactory.getLogger(GUARD);
    private final Level level = logger.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public EngineApiCalls() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
    }

    /** Routes let through for this user: "GET /task/{id}". */
    public Set<String> allowed(String user) {
        return routes(user, "izin verildi");
    }

    /** Routes refused for this user (with the path for an unknown route). */
    public Set<String> refused(String user) {
        return routes(user, "reddedildi");
    }

    private Set<String> routes(String user, String outcome) {
        Set<String> found = new TreeSet<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            Object[] args = event.getArgumentArray();
            if (event.getMessage().contains(outcome) && args != null && java.util.Arrays.asList(args).contains(user)) {
                found.add(args[0] + " " + args[1]);
            }
        }
        return found;
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(level);
        appender.stop();
    }
}

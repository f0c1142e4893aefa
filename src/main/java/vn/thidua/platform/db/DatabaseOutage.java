package vn.thidua.platform.db;

import java.sql.SQLException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means "the database cannot be reached" rather than "this request was wrong":
 * the first is answered 503 with the outage page, never as a wrong password or a bug.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /**
     * By the SQL state of a failure in its chain: 08 (connection exception) or 57P01–57P03 (the server
     * shutting down, crashed, or starting). A pool whose connections are all busy with a healthy
     * database answers a timeout without a state and is not an outage.
     */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a rollback that failed on the dead connection hides the failure that caused it
            if (t instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && causes(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}

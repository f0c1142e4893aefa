package archfixture.beans;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Broken on purpose: a record cannot be subclassed, so the transaction asked of it fails the start-up. Outside
 * {@code vn.thidua}, so that no application context scans it. */
@Service
record ProxiedRecord(Clock clock) {

    @Transactional
    public long now() {
        return clock.millis();
    }
}

package vn.thidua.archfixture.beans;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Broken on purpose: a record cannot be subclassed, so its transaction would never start. */
@Service
record ProxiedRecord(java.time.Clock clock) {

    @Transactional
    public long now() {
        return clock.millis();
    }
}

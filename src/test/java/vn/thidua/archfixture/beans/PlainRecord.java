package vn.thidua.archfixture.beans;

import org.springframework.stereotype.Service;

/** Fine: a bean record with nothing that needs a proxy. */
@Service
record PlainRecord(java.time.Clock clock) {

    public long now() {
        return clock.millis();
    }
}

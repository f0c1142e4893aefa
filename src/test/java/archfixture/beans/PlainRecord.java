package archfixture.beans;

import java.time.Clock;
import org.springframework.stereotype.Service;

/** Fine: a bean record with nothing that needs a proxy (outside {@code vn.thidua}, as its broken twin). */
@Service
record PlainRecord(Clock clock) {

    public long now() {
        return clock.millis();
    }
}

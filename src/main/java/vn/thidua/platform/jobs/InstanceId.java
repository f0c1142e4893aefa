package vn.thidua.platform.jobs;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** This process among the instances sharing the database: a random UUID per start, written on the jobs it runs. */
@Component
public class InstanceId {

    private static final Logger log = LoggerFactory.getLogger(InstanceId.class);

    private final UUID value = UUID.randomUUID();

    InstanceId() {
        log.info("Instance id {}", value);
    }

    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

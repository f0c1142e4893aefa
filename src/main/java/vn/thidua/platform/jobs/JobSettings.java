package vn.thidua.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the jobs (prefix {@code thidua.jobs}): a running job's instance beats its heartbeat
 * every {@code heartbeat}; a RUNNING job whose heartbeat is older than {@code stale-after} belongs to
 * an instance that stopped, and the sweeper (every {@code sweep}) takes it over or fails it. Queued jobs
 * are looked for every {@code poll} (at once when this instance queued them); each instance runs at
 * most {@code workers} jobs at a time; a job interrupted {@code max-attempts} times is failed rather
 * than run again (a job that kills its instance must not kill them all in turn).
 */
@ConfigurationProperties("thidua.jobs")
public record JobSettings(
        @DefaultValue("5s") Duration heartbeat,
        @DefaultValue("30s") Duration staleAfter,
        @DefaultValue("5s") Duration sweep,
        @DefaultValue("2s") Duration poll,
        @DefaultValue("2") int workers,
        @DefaultValue("2") int maxAttempts,
        @DefaultValue("10s") Duration shutdownWait) {

    public JobSettings {
        if (workers < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("thidua.jobs.workers and thidua.jobs.max-attempts must be at least 1");
        }
        if (staleAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
            // a few missed beats (a long pause for garbage collection, a slow statement) are not a death
            throw new IllegalArgumentException("thidua.jobs.stale-after must be at least three heartbeats ("
                    + heartbeat.multipliedBy(3) + "), was " + staleAfter);
        }
    }
}

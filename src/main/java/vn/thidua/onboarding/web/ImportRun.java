package vn.thidua.onboarding.web;

import java.time.Instant;
import java.util.List;
import vn.thidua.onboarding.OnboardingReport;

/** One import started from the page, running on its own thread: its progress, then its report or why it stopped. */
public final class ImportRun {

    private final String id;
    private final long userId;
    private final Instant started;
    private volatile int done;
    private volatile int total;
    private volatile OnboardingReport report;
    private volatile List<String> errors = List.of();
    private volatile boolean finished;

    ImportRun(String id, long userId, Instant started) {
        this.id = id;
        this.userId = userId;
        this.started = started;
    }

    void progress(int done, int total) {
        this.done = done;
        this.total = total;
    }

    void finish(OnboardingReport report, List<String> errors) {
        this.report = report;
        this.errors = List.copyOf(errors);
        this.finished = true;
    }

    public String id() {
        return id;
    }

    long userId() {
        return userId;
    }

    Instant started() {
        return started;
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    public int percent() {
        int t = total;
        return t == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / t));
    }

    public boolean finished() {
        return finished;
    }

    public OnboardingReport report() {
        return report;
    }

    public List<String> errors() {
        return errors;
    }
}

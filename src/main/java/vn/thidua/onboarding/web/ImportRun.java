package vn.thidua.onboarding.web;

import java.util.List;
import vn.thidua.onboarding.OnboardingReport;
import vn.thidua.platform.jobs.JobView;

/** One import started from the page, as its job stands: progress, then its report or why it stopped. */
public record ImportRun(long id, JobView job, OnboardingReport report, List<String> errors) {

    public int done() {
        return job.done();
    }

    public int total() {
        return job.total();
    }

    public int percent() {
        return job.percent();
    }

    public boolean finished() {
        return job.finished();
    }
}

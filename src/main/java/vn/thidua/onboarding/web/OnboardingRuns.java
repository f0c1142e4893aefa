package vn.thidua.onboarding.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.onboarding.OnboardingReport;
import vn.thidua.onboarding.OnboardingService;
import vn.thidua.onboarding.internal.OnboardingImportStore;
import vn.thidua.platform.jobs.Jobs;
import vn.thidua.platform.security.CurrentUser;

/**
 * Imports started from the page, run as jobs in the database: any instance runs one and any
 * instance shows its progress, so the page keeps working behind a load balancer; each is shown
 * only to whoever started it, and its activation links only once.
 */
@Component
class OnboardingRuns {

    private static final String KIND = OnboardingService.JOB_KIND;

    private final OnboardingService service;
    private final OnboardingImportStore store;
    private final Jobs jobs;

    OnboardingRuns(OnboardingService service, OnboardingImportStore store, Jobs jobs) {
        this.service = service;
        this.store = store;
        this.jobs = jobs;
    }

    @Transactional
    long start(CurrentUser user, byte[] workbook) {
        service.requireMayImport(user);
        long id = store.create(user.id(), workbook);
        jobs.submit(KIND, id, user.username());
        return id;
    }

    @Transactional
    Optional<ImportRun> get(CurrentUser user, long id) {
        return store.find(id)
                .filter(i -> i.userId() == user.id())
                .flatMap(i -> jobs.findFor(KIND, id).map(job -> {
                    OnboardingReport report = i.report();
                    if (job.finished() && report != null) {
                        report = withLinks(report, store.takeLinks(id));
                    }
                    List<String> errors = i.errors().isEmpty() && job.error() != null && report == null
                            ? List.of(job.error())
                            : i.errors();
                    return new ImportRun(id, job, report, errors);
                }));
    }

    private static OnboardingReport withLinks(OnboardingReport report, Map<String, String> links) {
        if (links.isEmpty()) {
            return report;
        }
        return new OnboardingReport(
                report.authorityId(),
                report.authorityName(),
                report.applied(),
                report.counts(),
                report.errors(),
                report.rows().stream()
                        .map(r -> new OnboardingReport.RowReport(
                                r.sheet(),
                                r.row(),
                                r.name(),
                                r.outcome(),
                                r.errors(),
                                r.note(),
                                links.get(r.sheet() + ":" + r.row())))
                        .toList());
    }
}

package vn.thidua.onboarding;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.onboarding.internal.OnboardingImportStore;
import vn.thidua.platform.jobs.FileImportJob;
import vn.thidua.platform.jobs.JobContext;
import vn.thidua.platform.jobs.JobFailedException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;

/**
 * An onboarding workbook imported as a job, on the rights its importer has when it runs. An import
 * that saves is one transaction with the job's end, so it is never entered twice; one that saves
 * nothing keeps its report. Its file is in the database, so an import whose instance stopped runs
 * again from the start (accounts' mails sent by the interrupted run name links that never came to be).
 */
@Component
class OnboardingJob extends FileImportJob {

    static final String KIND = OnboardingService.JOB_KIND;
    private static final Logger log = LoggerFactory.getLogger(OnboardingJob.class);

    private final OnboardingService service;
    private final OnboardingImportStore store;
    private final UserAccounts accounts;

    OnboardingJob(
            OnboardingService service,
            OnboardingImportStore store,
            UserAccounts accounts,
            Messages messages,
            PlatformTransactionManager transactions) {
        super(
                KIND,
                store,
                new MessageKeys("onboarding.run.failed", "onboarding.run.interrupted", "onboarding.run.failed"),
                messages,
                transactions);
        this.service = service;
        this.store = store;
        this.accounts = accounts;
    }

    @Override
    public void run(JobContext job) {
        long id = job.refId();
        OnboardingImportStore.Import record = store.find(id).orElseThrow();
        byte[] workbook = file(job);
        CurrentUser user = accounts.enabledAccount(record.userId())
                .orElseThrow(() -> refused(id, messages.get("onboarding.refused.notAllowed")));
        int[] total = {-1};
        ImportProgress progress = (done, all) -> {
            if (all != total[0]) {
                total[0] = all;
                job.total(all);
            }
            job.progress(done);
        };
        try {
            // saved with the job's end; or nothing saved, and then the report alone in a transaction of its own
            OnboardingReport[] report = new OnboardingReport[1];
            transaction.executeWithoutResult(tx -> {
                report[0] = service.importWorkbook(user, workbook, progress);
                if (report[0].applied()) {
                    store.saveReport(id, report[0]);
                    job.complete();
                } else {
                    tx.setRollbackOnly();
                }
            });
            if (!report[0].applied()) {
                transaction.executeWithoutResult(tx -> {
                    store.saveReport(id, report[0]);
                    job.complete();
                });
            }
        } catch (InvalidInputException e) {
            throw refused(id, e.violations().stream().map(Violation::message).toList());
        } catch (Refused e) {
            throw refused(id, e.getMessage());
        } catch (AccessDeniedException e) {
            throw refused(id, messages.get("onboarding.row.refused"));
        }
    }

    private JobFailedException refused(long id, String message) {
        return refused(id, List.of(message));
    }

    private JobFailedException refused(long id, List<String> errors) {
        log.info("Onboarding import {} refused: {}", id, errors);
        return new JobFailedException(String.join(" ", errors), () -> store.saveErrors(id, errors));
    }
}

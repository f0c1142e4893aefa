package vn.thidua.onboarding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.onboarding.domain.ProvinceWorkbook;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Refused;

/**
 * Onboarding an authority from one workbook: its units, council members, blocs with a year's
 * members, leader and deputy, and its people's accounts. All or nothing, in one transaction; every
 * row is matched by its natural key, so the same workbook imported twice changes nothing the second
 * time. The administrator imports for any authority (and may create it), a board for its own only.
 */
@Service
public record OnboardingService(OnboardingWorkbook workbook, ImportServices services) {

    /** The kind of the job that imports a workbook uploaded on the page ({@code job.kind}). */
    public static final String JOB_KIND = "ONBOARDING_IMPORT";

    /**
     * Imports the workbook for the authority its sheet "Cơ quan" names. Refused (403) before the file
     * is read for anyone but the administrator and a board, and before anything is written for a board
     * naming another authority. A workbook that is not the template's is refused whole (400); otherwise
     * the report says what became of each row, and nothing is saved when any row is wrong.
     */
    public OnboardingReport importWorkbook(CurrentUser user, byte[] file, ImportProgress progress) {
        requireMayImport(user);
        ProvinceWorkbook book = workbook.read(file);
        return new TransactionTemplate(services.transactions()).execute(status -> {
            OnboardingReport report = new ProvinceImport(services, user, book, progress).run();
            if (!report.applied()) {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    /** The empty workbook to fill; a board's has its authority written in. */
    public byte[] template(CurrentUser user) {
        requireMayImport(user);
        return workbook.template(user.isAdmin() ? null : services.authorities().get(user.authorityId()));
    }

    public boolean mayImport(CurrentUser user) {
        return user.isAdmin() || (user.role() == Role.BOARD && user.authorityId() != null);
    }

    public void requireMayImport(CurrentUser user) {
        if (!mayImport(user)) {
            throw new Refused(
                    "onboarding.refused.notAllowed", services.messages().get("onboarding.refused.notAllowed"));
        }
    }
}

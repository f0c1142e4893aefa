package vn.thidua.onboarding;

import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.accounts.AccountService;
import vn.thidua.onboarding.domain.ProvinceWorkbook;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitService;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Refused;

/**
 * Onboarding an authority from one workbook: its units, council members, blocs with a year's
 * members, leader and deputy, and its people's accounts. All or nothing, in one transaction; every
 * row is matched by its natural key, so the same workbook imported twice changes nothing the second
 * time. The administrator imports for any authority (and may create it), a board for its own only.
 */
@Service
public class OnboardingService {

    /** The kind of the job that imports a workbook uploaded on the page ({@code job.kind}). */
    public static final String JOB_KIND = "ONBOARDING_IMPORT";

    private final OnboardingWorkbook workbook;
    private final AuthorityService authorities;
    private final Messages messages;
    private final Clock clock;
    private final TransactionTemplate whole;
    private final ProvinceImport.Services services;

    OnboardingService(
            OnboardingWorkbook workbook,
            AuthorityService authorities,
            UnitService units,
            BlocService blocs,
            AccountService accounts,
            OrgPermissions permissions,
            Messages messages,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.workbook = workbook;
        this.authorities = authorities;
        this.messages = messages;
        this.clock = clock;
        this.whole = new TransactionTemplate(transactions);
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.services = new ProvinceImport.Services(
                authorities, units, blocs, accounts, permissions, messages, audit, savepoint);
    }

    /**
     * Imports the workbook for the authority its sheet "Cơ quan" names. Refused (403) before the file
     * is read for anyone but the administrator and a board, and before anything is written for a board
     * naming another authority. A workbook that is not the template's is refused whole (400); otherwise
     * the report says what became of each row, and nothing is saved when any row is wrong.
     */
    public OnboardingReport importWorkbook(CurrentUser user, byte[] file, ImportProgress progress) {
        requireMayImport(user);
        ProvinceWorkbook book = workbook.read(file);
        return whole.execute(status -> {
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
        return workbook.template(
                user.isAdmin() ? null : authorities.get(user.authorityId()),
                Year.now(clock).getValue());
    }

    public boolean mayImport(CurrentUser user) {
        return user.isAdmin() || user.role() == Role.BOARD && user.authorityId() != null;
    }

    public void requireMayImport(CurrentUser user) {
        if (!mayImport(user)) {
            throw new Refused("onboarding.refused.notAllowed", messages.get("onboarding.refused.notAllowed"));
        }
    }
}

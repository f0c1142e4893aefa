package vn.thidua.onboarding;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.accounts.AccountService;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitService;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.validation.Messages;

/** The registry's and the accounts' services an import writes through: their own checks, not a copy of them. */
@Component
record ImportServices(
        AuthorityService authorities,
        UnitService units,
        BlocService blocs,
        AccountService accounts,
        OrgPermissions permissions,
        Messages messages,
        AuditLog audit,
        PlatformTransactionManager transactions) {}

package vn.thidua.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;

/**
 * What a {@link ModuleTest} makes through the registry's services, each in a province of its own: a unit, or a bloc
 * year of 2025 whose first member leads and second is deputy. Every feature's row names `org`, so every module test
 * has it. A test component: imported by {@link ModuleTest}, never found by the application's scan.
 */
@TestComponent
public record ModuleRecords(AuthorityService authorities, UnitService units, BlocService blocs) {

    /** Who sets the records up: an administrator with no account (the services audit its id, 0). */
    public static final CurrentUser ADMIN =
            new CurrentUser(0, "module-setup", "Thiết lập", Role.ADMIN, null, null, null);

    /** A bloc year and its member units, in member order. */
    public record Year(long id, long authorityId, long blocId, int year, List<Long> units) {

        public long unit(int i) {
            return units.get(i);
        }

        /** The officer of the i-th member; the first member leads the bloc. */
        public CurrentUser officer(int i) {
            return new CurrentUser(-1 - i, "canbo" + i, "Cán bộ " + i, Role.UNIT_OFFICER, null, units.get(i), null);
        }
    }

    public long newAuthority() {
        String code = "md-" + System.nanoTime();
        return authorities
                .create(ADMIN, new AuthorityCommand(code, "Tỉnh " + code, AuthorityKind.PROVINCE))
                .id();
    }

    public long newUnit(long authority, String name) {
        return units.create(ADMIN, new UnitCommand(authority, name, null, UnitKind.SO))
                .id();
    }

    public Year newYear(int members) {
        long authority = newAuthority();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ids.add(newUnit(authority, "Sở số " + (i + 1)));
        }
        long bloc = blocs.create(ADMIN, new BlocCommand(authority, "Khối thi đua", BlocKind.KHOI, null))
                .id();
        long year = blocs.createYear(ADMIN, bloc, new BlocYearCommand(2025, ids, ids.get(0), ids.get(1)))
                .id();
        return new Year(year, authority, bloc, 2025, ids);
    }
}

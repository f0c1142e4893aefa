package vn.thidua.onboarding;

import java.util.List;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.UnitKind;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Messages;

/** The columns of the workbook that take a kind or a role, with the labels the pages show. */
record Choices(
        Choice<AuthorityKind> authorityKinds,
        Choice<UnitKind> unitKinds,
        Choice<BlocKind> blocKinds,
        Choice<Role> roles) {

    static Choices of(Messages messages) {
        return new Choices(
                new Choice<>(Column.AUTHORITY_KIND, AuthorityKind.values(), k -> messages.get("authorityKind." + k))
                        .or("Tỉnh", AuthorityKind.PROVINCE)
                        .or("Thành phố", AuthorityKind.PROVINCE)
                        .or("Bộ", AuthorityKind.MINISTRY),
                new Choice<>(Column.UNIT_KIND, UnitKind.values(), k -> messages.get("unitKind." + k)),
                new Choice<>(Column.BLOC_KIND, BlocKind.values(), k -> messages.get("blocKind." + k))
                        .or("Khối", BlocKind.KHOI)
                        .or("Cụm", BlocKind.CUM)
                        .or("Khu vực", BlocKind.KHU_VUC),
                new Choice<>(Column.ACCOUNT_ROLE, Role.values(), r -> messages.get("role." + r)));
    }

    /** In the order the template's list sheet shows them. */
    List<Choice<?>> all() {
        return List.of(authorityKinds, unitKinds, blocKinds, roles);
    }
}

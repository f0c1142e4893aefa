package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.security.Role;

class AccountCommandTest {

    private static AccountView officer(String fullName, String email, long unitId) {
        return new AccountView(
                7,
                "taichinh.binh",
                fullName,
                Role.UNIT_OFFICER,
                1L,
                "Tỉnh Lạng Sơn",
                unitId,
                "Sở Tài chính",
                null,
                null,
                email,
                true,
                false,
                true,
                false,
                false,
                Instant.EPOCH);
    }

    @Test
    void anAccountAlreadyAsTheCommandSaysNeedsNoChange() {
        AccountCommand same = new AccountCommand(
                "taichinh.binh", " Lê Thị Bình ", Role.UNIT_OFFICER, null, 20L, null, "BINH@langson.gov.vn");

        assertThat(same.changeFrom(officer("Lê Thị Bình", "binh@langson.gov.vn", 20)))
                .isEmpty();
    }

    @Test
    void aNewScopeNameOrEmailIsTheChangeAndNothingElse() {
        AccountCommand moved =
                new AccountCommand("taichinh.binh", "Lê Thị Bình", Role.UNIT_OFFICER, null, 21L, null, "");

        AccountChange change = moved.changeFrom(officer("Lê Thị Bình", "binh@langson.gov.vn", 20))
                .orElseThrow();

        assertThat(change.role()).isEqualTo(Role.UNIT_OFFICER);
        assertThat(change.unitId()).isEqualTo(21L);
        assertThat(change.email()).isEmpty();
        assertThat(change.fullName()).isNull();
        assertThat(change.enabled()).isNull();
    }

    @Test
    void aRenamedPersonKeepsItsScope() {
        AccountCommand renamed =
                new AccountCommand("taichinh.binh", "Lê Thị Bình An", Role.UNIT_OFFICER, null, 20L, null, null);

        AccountChange change =
                renamed.changeFrom(officer("Lê Thị Bình", null, 20)).orElseThrow();

        assertThat(change.fullName()).isEqualTo("Lê Thị Bình An");
        assertThat(change.role()).isNull();
        assertThat(change.email()).isNull();
    }
}

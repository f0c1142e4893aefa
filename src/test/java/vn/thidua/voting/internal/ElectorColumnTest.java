package vn.thidua.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.voting.domain.Elector;

class ElectorColumnTest {

    @Test
    void aMemberUnitIsWrittenAsTheDatabaseHasAlwaysKeptIt() {
        assertThat(ElectorColumn.write(new Elector.MemberUnit(12))).isEqualTo("unit:12");
        assertThat(ElectorColumn.read("unit:12")).isEqualTo(new Elector.MemberUnit(12));
    }

    @Test
    void aCouncilMemberIsWrittenAsTheDatabaseHasAlwaysKeptIt() {
        assertThat(ElectorColumn.write(new Elector.CouncilMember(3))).isEqualTo("council:3");
        assertThat(ElectorColumn.read("council:3")).isEqualTo(new Elector.CouncilMember(3));
    }

    @Test
    void aUnitAndACouncilMemberWithTheSameIdAreTwoElectors() {
        assertThat(new Elector.MemberUnit(7)).isNotEqualTo(new Elector.CouncilMember(7));
        assertThat(ElectorColumn.write(new Elector.MemberUnit(7)))
                .isNotEqualTo(ElectorColumn.write(new Elector.CouncilMember(7)));
    }

    @Test
    void refusesAColumnThatNamesNoElector() {
        assertThatThrownBy(() -> ElectorColumn.read("board:1")).isInstanceOf(IllegalStateException.class);
    }
}

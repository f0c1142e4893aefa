package vn.thidua.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.org.UnitRef;

/** The conference's log as a reader reads it: the host by name, the day dd/MM/yyyy (the audit keeps the raw value). */
class ConferenceChangeWordsTest {

    static UnitRef unit(long id) {
        return new UnitRef(id, "Sở Ngoại vụ", null, 1L, "Tỉnh Lạng Sơn");
    }

    @Test
    void theHostIsNamedAndTheDayWrittenAsAVietnameseWritesIt() {
        assertThat(ConferenceStore.shown("host_unit_id", "21", ConferenceChangeWordsTest::unit))
                .isEqualTo("Sở Ngoại vụ");
        assertThat(ConferenceStore.shown("held_on", "2022-01-20", ConferenceChangeWordsTest::unit))
                .isEqualTo("20/01/2022");
        assertThat(ConferenceStore.shown("place", "Hội trường tỉnh", ConferenceChangeWordsTest::unit))
                .isEqualTo("Hội trường tỉnh");
        assertThat(ConferenceStore.shown("held_on", null, ConferenceChangeWordsTest::unit))
                .isNull();
    }

    @Test
    void aValueInAnotherShapeIsShownAsStored() {
        assertThat(ConferenceStore.shown("held_on", "20/01/2022", ConferenceChangeWordsTest::unit))
                .isEqualTo("20/01/2022");
    }
}

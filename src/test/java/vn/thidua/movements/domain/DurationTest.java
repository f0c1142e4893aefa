package vn.thidua.movements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2026-01-01, 2026-12-31, ONE_YEAR",
        "2026-01-01, 2027-01-01, ONE_TO_THREE",
        "2026-03-01, 2026-08-31, UNDER_ONE_YEAR"
    })
    void aCalendarYearIsOneYearAndADayMoreIsTheNextBand(LocalDate from, LocalDate until, Duration band) {
        assertThat(Duration.of(from, until)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2026-01-01, 2028-12-30, ONE_TO_THREE",
        "2026-01-01, 2028-12-31, THREE_TO_FIVE",
        "2026-01-01, 2030-12-30, THREE_TO_FIVE",
        "2026-01-01, 2030-12-31, FIVE_OR_MORE"
    })
    void threeAndFiveYearsStartTheirBands(LocalDate from, LocalDate until, Duration band) {
        assertThat(Duration.of(from, until)).isEqualTo(band);
    }

    @Test
    void aLaunchIsRefusedOnceLaunchedAndAClosedMovementIsNotEdited() {
        assertThat(MovementStatus.DRAFT.refusesLaunch()).isEmpty();
        assertThat(MovementStatus.LAUNCHED.refusesLaunch()).contains("movement.launch.notDraft");
        assertThat(MovementStatus.DRAFT.refusesClose()).contains("movement.close.notLaunched");
        assertThat(MovementStatus.LAUNCHED.refusesClose()).isEmpty();
        assertThat(MovementStatus.CLOSED.refusesEdit()).contains("movement.edit.closed");
        assertThat(MovementStatus.LAUNCHED.refusesEdit()).isEmpty();
    }
}

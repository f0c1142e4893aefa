package vn.thidua.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.onboarding.OnboardingReport.Outcome.CREATED;
import static vn.thidua.onboarding.OnboardingReport.Outcome.UNCHANGED;
import static vn.thidua.onboarding.OnboardingReport.Outcome.UPDATED;

import org.junit.jupiter.api.Test;

class BlocsImportTest {

    @Test
    void aRowOfABlocAndItsYearIsCreatedIfEitherWasThenUpdatedIfEitherWas() {
        assertThat(BlocsImport.combined(CREATED, UNCHANGED)).isEqualTo(CREATED);
        assertThat(BlocsImport.combined(UPDATED, CREATED)).isEqualTo(CREATED);
        assertThat(BlocsImport.combined(UNCHANGED, UPDATED)).isEqualTo(UPDATED);
        assertThat(BlocsImport.combined(UNCHANGED, UNCHANGED)).isEqualTo(UNCHANGED);
    }

    @Test
    void aLaterRowOfTheSameBlocIsWhatItsYearBecame() {
        assertThat(BlocsImport.combined(null, CREATED)).isEqualTo(CREATED);
        assertThat(BlocsImport.combined(null, UPDATED)).isEqualTo(UPDATED);
        assertThat(BlocsImport.combined(null, UNCHANGED)).isEqualTo(UNCHANGED);
    }
}

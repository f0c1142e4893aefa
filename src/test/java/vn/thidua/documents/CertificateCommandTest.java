package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.documents.domain.Certificate;

class CertificateCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aProvincesBoardStartsWithItsChairmanConferring() {
        CertificateCommand start = CertificateCommand.start("Tỉnh Lạng Sơn", true, TODAY);

        assertThat(start.kind()).isEqualTo(Certificate.Kind.BANG_KHEN);
        assertThat(start.conferredBy()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn");
        assertThat(start.place()).isEqualTo("Lạng Sơn");
        assertThat(start.date()).isEqualTo(TODAY);
        assertThat(start.signerTitle()).isEqualTo("Chủ tịch");
        assertThat(start.signerName()).isNull();
    }

    @Test
    void aMinistrysBoardStartsWithItsMinisterConferringNotAProvincesChairman() {
        CertificateCommand start = CertificateCommand.start("Bộ Tư pháp", false, TODAY);

        assertThat(start.conferredBy()).isEqualTo("Bộ trưởng Bộ Tư pháp");
        assertThat(start.place()).isEqualTo("Hà Nội");
        assertThat(start.signerTitle()).isEqualTo("Bộ trưởng");
    }

    @Test
    void anAdministratorOfNoAuthorityWritesWhoConfersAndWhere() {
        CertificateCommand start = CertificateCommand.start(null, true, TODAY);

        assertThat(start.conferredBy()).isNull();
        assertThat(start.place()).isNull();
        assertThat(start.date()).isEqualTo(TODAY);
    }
}

package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.support.IntegrationTest;

/** The five blocs of the seed reports, with the facts those reports give. */
@IntegrationTest
class DemoDataIntegrationTest {

    private static final CurrentUser READER = new CurrentUser(0, "reader", "Reader", Role.ADMIN, null, null, null);

    @Autowired
    BlocService blocs;

    private BlocView bloc(String name) {
        return blocs.search(READER, name, null).stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String name(UnitRef unit) {
        return unit == null ? null : unit.name();
    }

    @Test
    void seed000QuangNamAdvisoryBlocIElectedTuPhapAndNoiVuFor2023() {
        BlocView bloc = bloc("Khối thi đua các cơ quan Tham mưu I");
        assertThat(bloc.authorityName()).isEqualTo("Tỉnh Quảng Nam");
        BlocYearView y2023 = blocs.year(bloc.id(), 2023);
        assertThat(name(y2023.leader())).isEqualTo("Sở Tư pháp");
        assertThat(name(y2023.deputy())).isEqualTo("Sở Nội vụ");
        assertThat(blocs.year(bloc.id(), 2022).leader()).isNull();
    }

    @Test
    void seed001SpecialAssociationsAcclaimedHoiLuatGia() {
        BlocView bloc = bloc("Khối thi đua các tổ chức Hội đặc thù");
        assertThat(bloc.authorityName()).isEqualTo("Tỉnh không nêu trong bài (nguồn 001)");
        BlocYearView y2022 = blocs.year(bloc.id(), 2022);
        assertThat(name(y2022.leader())).isEqualTo("Hội Nhà báo tỉnh");
        assertThat(y2022.councilMember().fullName()).isEqualTo("Trần Thị Kim Dung");
        BlocYearView y2023 = blocs.year(bloc.id(), 2023);
        assertThat(name(y2023.leader())).isEqualTo("Hội Luật gia tỉnh");
        assertThat(name(y2023.deputy())).isEqualTo("Liên hiệp các tổ chức Hữu nghị tỉnh");
    }

    @Test
    void seed002AdvisoryGeneralBlocHasItsNineMembersIn2023() {
        BlocYearView y2023 =
                blocs.year(bloc("Khối thi đua các cơ quan Tham mưu – Tổng hợp").id(), 2023);
        assertThat(y2023.members()).hasSize(9);
        assertThat(name(y2023.leader())).isEqualTo("Văn phòng UBND tỉnh");
    }

    @Test
    void seed003JusticeSectorRegionBelongsToTheMinistryAndWasLedByKonTum() {
        BlocView region = bloc("Khu vực thi đua Khối cơ quan Tư pháp các tỉnh Nam Trung bộ và Tây Nguyên");
        assertThat(region.authorityName()).isEqualTo("Bộ Tư pháp");
        BlocYearView y2022 = blocs.year(region.id(), 2022);
        assertThat(y2022.leader().authorityName()).isEqualTo("Tỉnh Kon Tum");
    }

    @Test
    void seed004LangSonClusterDeputySucceededTheLeader() {
        BlocView cluster = bloc("Cụm các cơ quan Tham mưu tổng hợp");
        BlocYearView y2021 = blocs.year(cluster.id(), 2021);
        BlocYearView y2022 = blocs.year(cluster.id(), 2022);
        assertThat(List.of(name(y2021.leader()), name(y2021.deputy())))
                .containsExactly("Sở Tài chính", "Sở Kế hoạch và Đầu tư");
        assertThat(List.of(name(y2022.leader()), name(y2022.deputy())))
                .containsExactly("Sở Kế hoạch và Đầu tư", "Sở Ngoại vụ");
        assertThat(y2021.members()).hasSize(7);
    }
}

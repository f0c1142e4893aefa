package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.rules.SubjectView;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.DisciplineLevel;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.InitiativeLevel;
import vn.thidua.rules.domain.Rating;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;

/**
 * A screening's chunk as the store reads it with COPY: only the ids asked for that are still in the unit,
 * with their authority and the same histories as the store's general read, over a dense block of ids and a
 * scattered one; and a row it cannot read leaves its connection usable.
 */
@IntegrationTest
class SubjectStoreIntegrationTest extends ApplicationTestBase {

    @Autowired
    SubjectStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChunkReadsTheAskedPeopleStillInTheUnitWithTheirHistories() {
        BlocFixture.Bloc province = fixture.create(2, 2025);
        long unit = province.unit(0);
        long other = province.unit(1);
        List<String> names = List.of(
                "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Dũng", "Hoàng Thị Ánh Đào", "Võ Văn Em");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ids.add(store.insert(SubjectKind.INDIVIDUAL, names.get(i), unit, null, null));
            store.replaceHistory(ids.get(i), history(i), 2025);
            // someone of another unit between each two: in the range read, not in the chunk
            store.replaceHistory(
                    store.insert(SubjectKind.INDIVIDUAL, "Người đơn vị khác " + i, other, null, null),
                    history(i + 1),
                    2025);
        }
        // someone moved into the unit after its ids were listed: within the range, not asked for
        long movedIn = store.insert(SubjectKind.INDIVIDUAL, "Người mới chuyển đến", other, null, null);
        long last = store.insert(SubjectKind.INDIVIDUAL, "Đinh Thị Giang", unit, null, null);
        store.replaceHistory(last, history(3), 2025);
        ids.add(last);
        jdbc.sql("UPDATE subject SET unit_id = :u WHERE id = :id")
                .param("u", unit)
                .param("id", movedIn)
                .update();

        List<SubjectStore.Staff> chunk = store.staffWithHistories(unit, ids, 2025);

        assertThat(chunk).extracting(SubjectStore.Staff::id).containsExactlyElementsOf(ids);
        assertThat(chunk).extracting(SubjectStore.Staff::authorityId).containsOnly(province.authorityId());
        Map<Long, History> general = store.histories(
                store.ofUnitById(unit).stream()
                        .filter(s -> ids.contains(s.id()))
                        .toList(),
                2025);
        for (SubjectStore.Staff s : chunk) {
            assertSameFacts(s.history(), general.get(s.id()));
        }
        for (int i = 0; i < names.size(); i++) {
            assertSameFacts(chunk.get(i).history(), history(i));
        }

        // the first and the last only: their ids far apart, read as a list, not a range
        List<SubjectStore.Staff> scattered = store.staffWithHistories(unit, List.of(ids.get(0), last), 2025);
        assertThat(scattered).extracting(SubjectStore.Staff::id).containsExactly(ids.get(0), last);
        assertSameFacts(scattered.get(1).history(), general.get(last));
        assertThat(store.staffWithHistories(unit, List.of(), 2025)).isEmpty();
    }

    @Test
    void theGeneralReadFindsAHistoryForEverySubjectAskedDenseOrScattered() {
        BlocFixture.Bloc province = fixture.create(1, 2025);
        long unit = province.unit(0);
        long first = store.insert(SubjectKind.INDIVIDUAL, "Người thứ nhất", unit, null, null);
        store.replaceHistory(first, history(2), 2025);
        for (int i = 0; i < 12; i++) {
            store.insert(SubjectKind.INDIVIDUAL, "Người ở giữa " + i, unit, null, null);
        }
        long far = store.insert(SubjectKind.INDIVIDUAL, "Người thứ hai", unit, null, null);
        store.replaceHistory(far, history(4), 2025);
        List<SubjectView> two = store.ofUnitById(unit).stream()
                .filter(s -> s.id() == first || s.id() == far)
                .toList();

        Map<Long, History> histories = store.histories(two, 2025);

        assertThat(histories).containsOnlyKeys(first, far);
        assertSameFacts(histories.get(first), history(2));
        assertSameFacts(histories.get(far), history(4));
    }

    @Test
    void aRowItCannotReadFailsTheReadAndLeavesItsConnectionUsable() {
        long unit = fixture.create(1, 2025).unit(0);
        long broken = store.insert(SubjectKind.INDIVIDUAL, "Người có mã lạ", unit, null, null);
        jdbc.sql("""
                INSERT INTO subject_record (subject_id, year, award, period_from, period_to, is_title)
                SELECT :s, y, 'KHONG_CO', y, y, true FROM generate_series(1990, 2024) y""").param("s", broken).update();
        long sound = store.insert(SubjectKind.INDIVIDUAL, "Người bình thường", unit, null, null);
        store.replaceHistory(sound, history(3), 2025);

        assertThatThrownBy(() -> store.staffWithHistories(unit, List.of(broken), 2025))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KHONG_CO");

        // the pool hands a thread the connection it used last: were it left inside the COPY, this read would fail
        for (int i = 0; i < 3; i++) {
            List<SubjectStore.Staff> read = store.staffWithHistories(unit, List.of(sound), 2025);
            assertSameFacts(read.get(0).history(), history(3));
        }
    }

    /** A history that differs with n: n awards, ratings of n years, an initiative, a discipline when n is 2. */
    private static History history(int n) {
        List<History.AwardRecord> records = new ArrayList<>();
        List<History.RatingRecord> ratings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new History.AwardRecord(
                    2024 - i,
                    i % 2 == 0 ? Award.LDTT : Award.CSTD_CS,
                    2024 - i,
                    2024 - i,
                    CommendationType.THUONG_XUYEN));
            ratings.add(new History.RatingRecord(2025 - i, Rating.HTXSNV));
        }
        return new History(
                SubjectKind.INDIVIDUAL,
                records,
                ratings,
                List.of(new History.Initiative(2024, InitiativeLevel.CO_SO, null)),
                n == 2 ? List.of(new History.Discipline(2025, DisciplineLevel.KHIEN_TRACH)) : List.of(),
                12,
                null);
    }

    /** The same facts, in whatever order the rows were read. */
    private static void assertSameFacts(History read, History written) {
        assertThat(read.records()).containsExactlyInAnyOrderElementsOf(written.records());
        assertThat(read.ratings()).containsExactlyInAnyOrderElementsOf(written.ratings());
        assertThat(read.initiatives()).containsExactlyInAnyOrderElementsOf(written.initiatives());
        assertThat(read.disciplines()).containsExactlyInAnyOrderElementsOf(written.disciplines());
        assertThat(read.monthsWorked()).isEqualTo(written.monthsWorked());
    }
}

package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
 * Histories read with COPY, as a screening reads its chunks: only the ids asked for that are still in the
 * unit, with their unit's authority and the same histories as the general read, over a dense block of ids and
 * a scattered one; and a row it cannot read leaves its connection usable.
 */
@IntegrationTest
class HistoryReadsIntegrationTest extends ApplicationTestBase {

    @Autowired
    HistoryReads reads;

    @Autowired
    SubjectStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChunkReadsTheAskedPeopleStillInTheUnitWithTheirHistories() {
        BlocFixture.Bloc province = fixture.create(1, 2025);
        long unit = province.unit(0);
        BlocFixture.Bloc elsewhere = fixture.create(1, 2025);
        long other = elsewhere.unit(0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SubjectKind kind = i == 4 ? SubjectKind.COLLECTIVE : SubjectKind.INDIVIDUAL;
            ids.add(store.insert(kind, "Người thứ " + i, unit, null, null));
            store.replaceHistory(ids.get(i), history(kind, i), 2025);
            // someone of another province's unit between each two: in the range read, not in the chunk
            store.replaceHistory(
                    store.insert(SubjectKind.INDIVIDUAL, "Người tỉnh khác " + i, other, null, null),
                    history(SubjectKind.INDIVIDUAL, i + 1),
                    2025);
        }
        // someone moved into the unit after its ids were listed: within the range, not asked for
        long movedIn = store.insert(SubjectKind.INDIVIDUAL, "Người mới chuyển đến", other, null, null);
        long last = store.insert(SubjectKind.INDIVIDUAL, "Đinh Thị Giang", unit, null, null);
        store.replaceHistory(last, history(SubjectKind.INDIVIDUAL, 3), 2025);
        ids.add(last);
        moveTo(unit, movedIn);
        // and someone asked for who left the unit since: not read
        long left = ids.get(2);
        moveTo(other, left);

        List<HistoryReads.Staff> chunk = reads.staffWithHistories(unit, ids, 2025);

        List<Long> stayed = ids.stream().filter(id -> id != left).toList();
        assertThat(chunk).extracting(HistoryReads.Staff::id).containsExactlyElementsOf(stayed);
        assertThat(chunk).extracting(HistoryReads.Staff::authorityId).containsOnly(province.authorityId());
        Map<Long, History> general = reads.histories(
                store.ofUnitById(unit).stream()
                        .filter(s -> ids.contains(s.id()))
                        .toList(),
                2025);
        for (HistoryReads.Staff s : chunk) {
            assertSameFacts(s.history(), general.get(s.id()));
        }
        for (int i : List.of(0, 1, 3, 4, 5)) {
            SubjectKind kind = i == 4 ? SubjectKind.COLLECTIVE : SubjectKind.INDIVIDUAL;
            assertSameFacts(chunk.get(i < 2 ? i : i - 1).history(), history(kind, i));
        }

        // the first and the last only: their ids far apart, read as a list, not a range
        List<HistoryReads.Staff> scattered = reads.staffWithHistories(unit, List.of(ids.get(0), last), 2025);
        assertThat(scattered).extracting(HistoryReads.Staff::id).containsExactly(ids.get(0), last);
        assertSameFacts(scattered.get(1).history(), history(SubjectKind.INDIVIDUAL, 3));
        assertThat(reads.staffWithHistories(unit, List.of(), 2025)).isEmpty();
        assertThatThrownBy(() -> reads.staffWithHistories(unit, List.of(last, ids.get(0)), 2025))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGeneralReadFindsAHistoryForEverySubjectAskedDenseOrScattered() {
        long unit = fixture.create(1, 2025).unit(0);
        long first = store.insert(SubjectKind.INDIVIDUAL, "Người thứ nhất", unit, null, null);
        store.replaceHistory(first, history(SubjectKind.INDIVIDUAL, 2), 2025);
        long next = store.insert(SubjectKind.INDIVIDUAL, "Người kế tiếp", unit, null, null);
        store.replaceHistory(next, history(SubjectKind.INDIVIDUAL, 1), 2025);
        for (int i = 0; i < 12; i++) {
            store.insert(SubjectKind.INDIVIDUAL, "Người ở giữa " + i, unit, null, null);
        }
        long far = store.insert(SubjectKind.INDIVIDUAL, "Người ở xa", unit, null, null);
        store.replaceHistory(far, history(SubjectKind.INDIVIDUAL, 4), 2025);
        List<SubjectView> all = store.ofUnitById(unit);

        Map<Long, History> dense = reads.histories(
                all.stream().filter(s -> s.id() == first || s.id() == next).toList(), 2025);
        Map<Long, History> scattered = reads.histories(
                all.stream().filter(s -> s.id() == first || s.id() == far).toList(), 2025);

        assertThat(dense).containsOnlyKeys(first, next);
        assertSameFacts(dense.get(first), history(SubjectKind.INDIVIDUAL, 2));
        assertSameFacts(dense.get(next), history(SubjectKind.INDIVIDUAL, 1));
        assertThat(scattered).containsOnlyKeys(first, far);
        assertSameFacts(scattered.get(first), history(SubjectKind.INDIVIDUAL, 2));
        assertSameFacts(scattered.get(far), history(SubjectKind.INDIVIDUAL, 4));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRowItCannotReadFailsTheReadAndLeavesItsConnectionUsable() {
        long unit = fixture.create(1, 2025).unit(0);
        long broken = store.insert(SubjectKind.INDIVIDUAL, "Người có mã lạ", unit, null, null);
        jdbc.sql("""
                INSERT INTO subject_record (subject_id, year, award, period_from, period_to, is_title)
                SELECT :s, y, 'KHONG_CO', y, y, true FROM generate_series(1990, 2024) y""").param("s", broken).update();
        long sound = store.insert(SubjectKind.INDIVIDUAL, "Người bình thường", unit, null, null);
        store.replaceHistory(sound, history(SubjectKind.INDIVIDUAL, 3), 2025);

        // one transaction: the reads after the failure are on the same connection
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThatThrownBy(() -> reads.staffWithHistories(unit, List.of(broken), 2025))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("KHONG_CO");
            List<HistoryReads.Staff> read = reads.staffWithHistories(unit, List.of(sound), 2025);
            assertSameFacts(read.get(0).history(), history(SubjectKind.INDIVIDUAL, 3));
        });
    }

    private void moveTo(long unit, long subject) {
        jdbc.sql("UPDATE subject SET unit_id = :u WHERE id = :id")
                .param("u", unit)
                .param("id", subject)
                .update();
    }

    /**
     * A history that differs with n: n awards, ratings of n years, an initiative, a discipline when n is 2, the
     * months worked (a person) or the members (a collective).
     */
    private static History history(SubjectKind kind, int n) {
        List<History.AwardRecord> records = new ArrayList<>();
        List<History.RatingRecord> ratings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new History.AwardRecord(
                    2024 - i,
                    kind == SubjectKind.COLLECTIVE ? Award.TTLDTT : i % 2 == 0 ? Award.LDTT : Award.CSTD_CS,
                    2024 - i,
                    2024 - i,
                    CommendationType.THUONG_XUYEN));
            ratings.add(new History.RatingRecord(2025 - i, Rating.HTXSNV));
        }
        boolean collective = kind == SubjectKind.COLLECTIVE;
        return new History(
                kind,
                records,
                ratings,
                List.of(new History.Initiative(2024, InitiativeLevel.CO_SO, null)),
                n == 2 ? List.of(new History.Discipline(2025, DisciplineLevel.KHIEN_TRACH)) : List.of(),
                collective ? null : 12,
                collective ? new History.Members(20, 15, 20, 3) : null);
    }

    /** The same facts, in whatever order the rows were read. */
    private static void assertSameFacts(History read, History written) {
        assertThat(read.kind()).isEqualTo(written.kind());
        assertThat(read.records()).containsExactlyInAnyOrderElementsOf(written.records());
        assertThat(read.ratings()).containsExactlyInAnyOrderElementsOf(written.ratings());
        assertThat(read.initiatives()).containsExactlyInAnyOrderElementsOf(written.initiatives());
        assertThat(read.disciplines()).containsExactlyInAnyOrderElementsOf(written.disciplines());
        assertThat(read.monthsWorked()).isEqualTo(written.monthsWorked());
        assertThat(read.members()).isEqualTo(written.members());
    }
}

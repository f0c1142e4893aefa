package vn.thidua.proposals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.awards.AwardEntry;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.documents.domain.AwardDecision;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateDocument.Block;
import vn.thidua.documents.domain.StateDocument.Centred;
import vn.thidua.documents.domain.StateDocument.Heading;
import vn.thidua.documents.domain.StateDocument.Paragraph;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.rules.domain.SubjectKind;

/**
 * The dossier's documents drafted from the proposal's data: the submission letter with the list,
 * each candidate's achievement report (Mẫu 01 for a collective, Mẫu 02 for a person, of the
 * decree's appendix), and the decision with its list.
 */
final class DossierDrafts {

    private static final List<String> LIST_HEADERS =
            List.of("TT", "Tên tập thể, cá nhân", "Đơn vị", "Hình thức đề nghị", "Thành tích, kết quả bình xét");
    private static final List<Integer> LIST_WIDTHS = List.of(1, 5, 4, 4, 6);

    private DossierDrafts() {}

    record Authority(String name, boolean province) {

        String body() {
            return AuthorityNames.issuingBody(name, province);
        }

        String place() {
            return AuthorityNames.place(name);
        }
    }

    static StateDocument submission(ProposalView p, Authority a, LocalDate date, String signerTitle) {
        String proposer = proposer(p, a);
        List<Block> body = new ArrayList<>();
        body.add(new Centred("Kính gửi: " + a.body() + " (qua Ban Thi đua - Khen thưởng)", false, false));
        body.add(Paragraph.of("Căn cứ thành tích đạt được trong năm " + p.year()
                + (p.level() == ProposerLevel.BLOC
                        ? " và kết quả chấm điểm, xếp hạng, bình xét tại Hội nghị tổng kết của " + p.blocName()
                        : "")
                + ", " + proposer
                + " kính trình " + a.body() + " xem xét, khen thưởng các tập thể, cá nhân sau:"));
        body.add(new StateDocument.Table(LIST_HEADERS, rows(p, false), LIST_WIDTHS, List.of(0)));
        if (p.justification() != null) {
            body.add(Paragraph.of("Giải trình: " + p.justification()));
        }
        body.add(Paragraph.of(
                "Hồ sơ kèm theo: " + (p.level() == ProposerLevel.BLOC ? "Biên bản Hội nghị tổng kết; " : "")
                        + "báo cáo thành tích của các tập thể, cá nhân được đề nghị; tài liệu minh chứng ("
                        + p.files().size() + " tệp)."));
        body.add(Paragraph.of(proposer + " kính trình " + a.body() + " xem xét, quyết định./."));
        String symbol = p.level() == ProposerLevel.BOARD ? "TTr-BTĐKT" : "TTr";
        return new StateDocument(
                p.level() == ProposerLevel.BLOC ? a.body().toUpperCase() : null,
                proposer,
                "Số:      /" + symbol,
                StateFormats.placeAndDate(a.place(), date),
                "Tờ trình",
                "Về việc đề nghị khen thưởng năm " + p.year(),
                body,
                new StateDocument.Signature(
                        p.level() == ProposerLevel.BLOC ? "TM." : null, proposer, signerTitle, "[Họ và tên]"),
                List.of("Như trên;", "Lưu: VT."));
    }

    /** The report of one candidate: the unit's narrative, and the awards the registry holds for it. */
    static StateDocument achievementReport(
            ProposalView p,
            ProposalView.Candidate c,
            Authority a,
            @Nullable String parentBody,
            LocalDate date,
            List<AwardEntry> history) {
        boolean collective = c.kind() == SubjectKind.COLLECTIVE;
        List<Block> body = new ArrayList<>();
        body.add(new Centred(
                (collective ? "Mẫu số 01" : "Mẫu số 02") + " – Báo cáo thành tích đề nghị khen thưởng cho "
                        + (collective ? "tập thể" : "cá nhân"),
                false,
                true));
        body.add(new Centred("Đề nghị: " + c.awardLabel(), true, false));
        body.add(new Heading(collective ? "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" : "I. SƠ LƯỢC LÝ LỊCH"));
        body.add(Paragraph.of(
                collective
                        ? "Tên tập thể: " + c.fullName() + "."
                        : "Họ và tên: " + c.fullName() + (c.jobTitle() == null ? "" : "; chức vụ: " + c.jobTitle())
                                + "; đơn vị công tác: " + unit(c) + "."));
        body.add(new Heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"));
        if (c.voteResult() != null && !c.voteResult().isBlank()) {
            body.add(Paragraph.of(c.voteResult().strip()));
        }
        List<String> narrative = c.narrative() == null
                ? List.of()
                : c.narrative()
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (narrative.isEmpty()) {
            body.add(Paragraph.toWrite(
                    "[Đơn vị viết thành tích đạt được: kết quả thực hiện nhiệm vụ, chỉ tiêu thi đua, giải pháp,"
                            + " sáng kiến.]"));
        } else {
            narrative.forEach(line -> body.add(Paragraph.of(line)));
        }
        body.add(new Heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"));
        if (history.isEmpty()) {
            body.add(Paragraph.of("Chưa có khen thưởng trong sổ theo dõi."));
        } else {
            body.add(new StateDocument.Table(
                    List.of("Năm", "Danh hiệu, hình thức khen thưởng", "Số, ngày quyết định"),
                    history.stream()
                            .map(h -> List.of(
                                    h.period(),
                                    h.label(),
                                    h.decisionNumber() == null
                                            ? ""
                                            : h.decisionNumber()
                                                    + (h.decisionDate() == null
                                                            ? ""
                                                            : " " + StateFormats.date(h.decisionDate()))))
                            .toList(),
                    List.of(2, 6, 5),
                    List.of()));
        }
        return new StateDocument(
                parentBody,
                c.unitName(),
                null,
                StateFormats.placeAndDate(a.place(), date),
                "Báo cáo",
                "Thành tích đề nghị tặng " + c.awardLabel() + " năm " + p.year(),
                body,
                new StateDocument.Signature(null, null, "Thủ trưởng đơn vị", "[Họ và tên]"),
                List.of(),
                new StateDocument.Signature(null, null, "Xác nhận của cấp trình khen", "[Họ và tên]"),
                List.of());
    }

    static StateDocument decision(ProposalView p, Authority a, ProposalView.Decision d, List<String> grounds) {
        return new AwardDecision(
                        a.body(),
                        AuthorityNames.decider(a.name(), a.province()),
                        "Số: " + d.text(),
                        a.place(),
                        d.signedOn(),
                        p.year(),
                        proposer(p, a),
                        "tập thể, cá nhân",
                        "Về việc khen thưởng năm " + p.year(),
                        "Tập thể, cá nhân được khen thưởng năm " + p.year(),
                        grounds,
                        new StateDocument.Table(
                                List.of("TT", "Tên tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng", "Số bằng"),
                                awarded(p),
                                List.of(1, 5, 4, 4, 3),
                                List.of(0)),
                        new StateDocument.Signature(
                                a.province() ? "KT." : null,
                                a.province() ? "Chủ tịch" : null,
                                d.signerTitle(),
                                d.signerName()))
                .document();
    }

    private static List<List<String>> rows(ProposalView p, boolean awardedOnly) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ProposalView.Candidate c : p.candidates()) {
            if (awardedOnly
                    ? c.status() != CandidateStatus.AWARDED
                    : !c.status().standing()) {
                continue;
            }
            rows.add(List.of(
                    String.valueOf(i++),
                    c.fullName() + (c.jobTitle() == null ? "" : ", " + c.jobTitle()),
                    unit(c),
                    c.awardLabel(),
                    c.voteResult() == null ? "" : c.voteResult().strip()));
        }
        return rows;
    }

    private static List<List<String>> awarded(ProposalView p) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ProposalView.Candidate c : p.candidates()) {
            if (c.status() == CandidateStatus.AWARDED) {
                rows.add(List.of(
                        String.valueOf(i++),
                        c.fullName() + (c.jobTitle() == null ? "" : ", " + c.jobTitle()),
                        unit(c),
                        c.awardLabel(),
                        c.certificateNumber() == null ? "" : c.certificateNumber()));
            }
        }
        return rows;
    }

    /**
     * The unit as the list names it: a renamed or merged unit by its successor's name, with the former one beside it.
     */
    private static String unit(ProposalView.Candidate c) {
        return c.formerUnitName() == null ? c.unitName() : c.unitName() + " (trước đây: " + c.formerUnitName() + ")";
    }

    private static String proposer(ProposalView p, Authority a) {
        return switch (p.level()) {
            case BLOC -> p.blocName();
            case UNIT -> p.proposerName();
            case BOARD -> "Ban Thi đua - Khen thưởng";
        };
    }
}

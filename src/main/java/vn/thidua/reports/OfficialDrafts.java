package vn.thidua.reports;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.documents.domain.AwardDecision;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateDocument.Block;
import vn.thidua.documents.domain.StateDocument.Centred;
import vn.thidua.documents.domain.StateDocument.Heading;
import vn.thidua.documents.domain.StateDocument.Paragraph;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.text.Numbers;
import vn.thidua.scoring.ResultsView;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.domain.Outcome;

/**
 * The conference's minutes, the bloc's submission letter (tờ trình) and the authority's decision
 * with its annexed list, drafted from the year's data. Until the conference and proposals features
 * record votes and decisions, what only they will know is left as marked text to fill in Word.
 */
final class OfficialDrafts {

    private static final List<String> TABLE_HEADERS =
            List.of("TT", "Tên tập thể", "Hình thức khen thưởng", "Thành tích");
    private static final List<Integer> TABLE_WIDTHS = List.of(1, 6, 6, 5);

    private OfficialDrafts() {}

    static StateDocument minutes(SummaryReport.Facts f, ReportCommand c) {
        BlocYearView y = f.year();
        String leader = y.leader() == null ? "[đơn vị trưởng]" : y.leader().name();
        List<Block> body = new ArrayList<>();
        ConferenceView record = f.conference();
        body.add(new Heading("I. THỜI GIAN, ĐỊA ĐIỂM"));
        if (record != null) {
            body.add(Paragraph.of("Hội nghị tổng kết công tác thi đua, khen thưởng năm " + y.year() + " của "
                    + f.bloc().name()
                    + " được tổ chức " + StateFormats.date(record.heldOn()) + " tại " + record.place()
                    + (record.host() == null ? "" : " (" + record.host().name() + " đăng cai)") + "; chủ trì: "
                    + record.chair() + "."));
        } else {
            body.add(Paragraph.of("Hội nghị tổng kết công tác thi đua, khen thưởng năm " + y.year() + " của "
                    + f.bloc().name()
                    + " được tổ chức " + StateFormats.date(c.date()) + " tại "
                    + c.place().strip() + ", do " + leader + " ("
                    + f.leaderTitle() + ") chủ trì."));
        }
        body.add(new Heading("II. THÀNH PHẦN THAM DỰ"));
        List<String> attendees = record == null ? List.of() : ConferenceView.lines(record.attendees());
        body.add(Paragraph.of("Đại diện lãnh đạo các đơn vị thành viên: "
                + (attendees.isEmpty()
                        ? String.join(
                                ", ", y.members().stream().map(UnitRef::name).toList())
                        : String.join("; ", attendees))
                + "."));
        List<String> guests = record == null ? List.of() : ConferenceView.lines(record.guests());
        body.add(Paragraph.of("Khách mời: "
                + (!guests.isEmpty()
                        ? String.join("; ", guests)
                        : y.councilMember() == null
                                ? "[đại diện Ban Thi đua - Khen thưởng, Hội đồng Thi đua - Khen thưởng]"
                                : y.councilMember().fullName()
                                        + (y.councilMember().position() == null
                                                ? ""
                                                : ", " + y.councilMember().position())
                                        + "; [đại diện Ban Thi đua - Khen thưởng]")
                + "."));
        body.add(new Heading("III. NỘI DUNG"));
        body.add(Paragraph.of("1. " + f.leaderTitle() + " trình bày Báo cáo tổng kết công tác thi đua, khen thưởng năm "
                + y.year() + " và phương hướng, nhiệm vụ năm " + (y.year() + 1)
                + "; Hội nghị thảo luận và thống nhất thông qua."));
        body.add(Paragraph.of("2. Kết quả chấm điểm, kiểm tra chéo và xếp hạng các đơn vị:"));
        body.add(ranking(f.results()));
        Proposals proposals = Proposals.of(f);
        body.add(Paragraph.of("3. Hội nghị bình xét, biểu quyết đề nghị khen thưởng:"));
        if (!f.votes().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (VoteView vote : f.votes()) {
                for (VoteView.Tally.Line line : vote.tally().lines()) {
                    rows.add(List.of(
                            vote.question(),
                            line.option().label(),
                            line.ballots() + "/" + line.outcome().base(),
                            line.outcome().result() == Outcome.Result.PASSED ? "Đạt" : "Không đạt"));
                }
            }
            body.add(new StateDocument.Table(
                    List.of("Nội dung biểu quyết", "Phương án", "Số phiếu", "Kết quả"),
                    rows,
                    List.of(7, 5, 2, 2),
                    List.of(2)));
        } else if (proposals.isEmpty()) {
            body.add(Paragraph.toWrite("[Danh sách đề nghị và kết quả biểu quyết.]"));
        } else {
            body.add(new StateDocument.Table(
                    List.of("TT", "Tên tập thể", "Hình thức đề nghị", "Kết quả biểu quyết"),
                    proposals.candidates().stream()
                            .map(cand -> List.of(
                                    String.valueOf(proposals.candidates().indexOf(cand) + 1),
                                    cand.row().unit().name(),
                                    cand.award(),
                                    "[… / … phiếu đồng ý]"))
                            .toList(),
                    TABLE_WIDTHS,
                    List.of(0)));
        }
        body.add(Paragraph.of("4. Bầu " + f.leaderTitle() + ", " + f.deputyTitle() + " năm " + (y.year() + 1) + ": "
                + (f.nextYear() != null && f.nextYear().leader() != null
                        ? f.leaderTitle() + " là " + f.nextYear().leader().name()
                                + (f.nextYear().deputy() == null
                                        ? ""
                                        : ", " + f.deputyTitle() + " là "
                                                + f.nextYear().deputy().name())
                                + "."
                        : "[kết quả bầu].")));
        body.add(Paragraph.of("5. Các đơn vị ký kết giao ước thi đua năm " + (y.year() + 1) + "."));
        if (record != null) {
            ConferenceView.lines(record.adopted())
                    .forEach(line -> body.add(Paragraph.of("Hội nghị thông qua: " + line)));
            ConferenceView.lines(record.outcomes()).forEach(line -> body.add(Paragraph.of(line)));
        }
        body.add(Paragraph.toWrite(
                "[Hội nghị kết thúc vào hồi … giờ … cùng ngày. Biên bản đã được thông qua trước Hội nghị.]"));
        SummaryReport.afterwards(body, f);
        return new StateDocument(
                SummaryReport.parentBody(f.authority()),
                f.bloc().name(),
                number(c, "BB-" + code(f)),
                StateFormats.placeAndDate(c.place().strip(), c.date()),
                "Biên bản",
                "Hội nghị tổng kết công tác thi đua, khen thưởng năm " + y.year(),
                body,
                new StateDocument.Signature(
                        null, null, "Chủ trì hội nghị", record != null ? record.chair() : signer(c)),
                List.of(),
                new StateDocument.Signature(
                        null,
                        null,
                        "Thư ký",
                        record != null && record.secretary() != null ? record.secretary() : "[Họ và tên]"),
                List.of());
    }

    static StateDocument submission(SummaryReport.Facts f, ReportCommand c) {
        BlocYearView y = f.year();
        Proposals proposals = Proposals.of(f);
        List<Block> body = new ArrayList<>();
        body.add(Centred(("Kính gửi: " + authorityCommittee(f) + " (qua Ban Thi đua - Khen thưởng)")));
        body.add(Paragraph.of(
                "Căn cứ kết quả chấm điểm, xếp hạng và kết quả bình xét tại Hội nghị tổng kết công tác thi đua, khen "
                        + "thưởng năm " + y.year() + ", " + f.bloc().name() + " kính trình " + authorityCommittee(f)
                        + " xem xét, khen thưởng:"));
        if (proposals.isEmpty()) {
            body.add(Paragraph.toWrite("[Danh sách đề nghị khen thưởng.]"));
        } else {
            body.add(new StateDocument.Table(TABLE_HEADERS, proposals.rows(), TABLE_WIDTHS, List.of(0)));
        }
        body.add(Paragraph.of(
                "Hồ sơ kèm theo: Biên bản Hội nghị tổng kết; Báo cáo tổng kết; báo cáo thành tích của các tập thể "
                        + "được đề nghị."));
        body.add(Paragraph.of(f.bloc().name() + " kính trình " + authorityCommittee(f) + " xem xét, quyết định./."));
        SummaryReport.afterwards(body, f);
        return new StateDocument(
                SummaryReport.parentBody(f.authority()),
                f.bloc().name(),
                number(c, "TTr-" + code(f)),
                StateFormats.placeAndDate(c.place().strip(), c.date()),
                "Tờ trình",
                "Về việc đề nghị khen thưởng năm " + y.year(),
                body,
                new StateDocument.Signature(
                        "TM.", SummaryReport.kindWord(f.bloc().kind()), f.leaderTitle(), signer(c)),
                List.of("Như trên;", "Các đơn vị thành viên;", "Lưu: VT."));
    }

    static StateDocument decision(SummaryReport.Facts f, ReportCommand c, List<String> grounds) {
        BlocYearView y = f.year();
        Proposals proposals = Proposals.of(f);
        boolean province = f.authority().kind() == AuthorityKind.PROVINCE;
        String number = number(c, AuthorityNames.decisionSymbol(f.authority().name(), province));
        return new AwardDecision(
                        AuthorityNames.issuingBody(f.authority().name(), province),
                        AuthorityNames.decider(f.authority().name(), province),
                        number,
                        c.place().strip(),
                        c.date(),
                        y.year(),
                        f.bloc().name(),
                        "tập thể",
                        "Về việc khen thưởng các tập thể thuộc " + f.bloc().name() + " năm " + y.year(),
                        "Tập thể được khen thưởng năm " + y.year() + " – "
                                + f.bloc().name(),
                        grounds,
                        proposals.isEmpty()
                                ? Paragraph.toWrite("[Danh sách khen thưởng.]")
                                : new StateDocument.Table(TABLE_HEADERS, proposals.rows(), TABLE_WIDTHS, List.of(0)),
                        new StateDocument.Signature(null, null, province ? "Chủ tịch" : "Bộ trưởng", signer(c)))
                .document();
    }

    private static StateDocument.Table ranking(ResultsView results) {
        if (results == null || !results.consolidated()) {
            return new StateDocument.Table(
                    List.of("Thứ hạng", "Đơn vị", "Tổng điểm"),
                    List.of(List.of("", "[Chưa tổng hợp]", "")),
                    List.of(2, 8, 3),
                    List.of(0, 2));
        }
        return new StateDocument.Table(
                List.of("Thứ hạng", "Đơn vị", "Tổng điểm"),
                results.rows().stream()
                        .map(r -> List.of(
                                String.valueOf(r.rank().position()),
                                r.unit().name(),
                                Numbers.text(r.rank().total().total())))
                        .toList(),
                List.of(2, 8, 3),
                List.of(0, 2));
    }

    private static Centred Centred(String text) {
        return new Centred(text, false, false);
    }

    private static String authorityCommittee(SummaryReport.Facts f) {
        return f.authority().kind() == AuthorityKind.PROVINCE
                ? "Ủy ban nhân dân " + place(f)
                : f.authority().name();
    }

    /** "tỉnh Lạng Sơn" from "Tỉnh Lạng Sơn". */
    private static String place(SummaryReport.Facts f) {
        return AuthorityNames.inSentence(f.authority().name());
    }

    private static String code(SummaryReport.Facts f) {
        return SummaryReport.symbol(f.bloc().kind()).substring(3);
    }

    private static String number(ReportCommand c, String symbol) {
        return c.number() == null ? "Số:      /" + symbol : StateFormats.number(c.number(), symbol);
    }

    private static String signer(ReportCommand c) {
        return c.signerName() == null || c.signerName().isBlank()
                ? "[Họ và tên]"
                : c.signerName().strip();
    }
}

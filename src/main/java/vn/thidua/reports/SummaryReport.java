package vn.thidua.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.cycle.CycleView;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateDocument.Block;
import vn.thidua.documents.domain.StateDocument.Heading;
import vn.thidua.documents.domain.StateDocument.Paragraph;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.text.Numbers;
import vn.thidua.scoring.ResultsView;
import vn.thidua.voting.VoteView;

/**
 * The bloc's summary report (báo cáo tổng kết) drafted from the year's data: members, launch and
 * movements, covenant, the ranking table, the proposals the ranking points to, next year's leader.
 * The parts only people can write are left as marked paragraphs for the leader to rewrite in Word.
 */
final class SummaryReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Facts(
            AuthorityView authority,
            BlocView bloc,
            BlocYearView year,
            CycleView cycle,
            ResultsView results,
            BlocYearView nextYear,
            String leaderTitle,
            String deputyTitle,
            ConferenceView conference,
            List<VoteView> votes,
            int flagQuota,
            int meritQuota,
            Function<UnitRef, String> unitNames) {}

    private SummaryReport() {}

    /** A year entered afterwards says so in each of its documents, so that no reader takes it for one written then. */
    static void afterwards(List<Block> body, Facts f) {
        if (f.cycle() != null && f.cycle().enteredAfterwards()) {
            body.add(new StateDocument.Paragraph(
                    "Ghi chú: hồ sơ năm thi đua " + f.year().year() + " được nhập bổ sung ngày "
                            + DAY.format(f.cycle().afterwards().markedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")))
                            + " (" + f.cycle().afterwards().reason() + ").",
                    true,
                    false));
        }
    }

    static String symbol(BlocKind kind) {
        return switch (kind) {
            case KHOI -> "BC-KTĐ";
            case CUM -> "BC-CTĐ";
            case KHU_VUC -> "BC-KVTĐ";
        };
    }

    /** "UBND tỉnh Lạng Sơn" for a province, the ministry's own name for a ministry. */
    static String parentBody(AuthorityView authority) {
        if (authority.kind() == AuthorityKind.PROVINCE) {
            return "UBND " + AuthorityNames.inSentence(authority.name());
        }
        return authority.name();
    }

    static StateDocument build(Facts f, ReportCommand command) {
        BlocYearView y = f.year();
        int year = y.year();
        String leader = y.leader() == null ? "[đơn vị trưởng]" : y.leader().name();
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of("Thực hiện Quy chế tổ chức và hoạt động của "
                + f.bloc().name() + ", " + leader + " với vai trò "
                + f.leaderTitle() + " năm " + year + " báo cáo tổng kết công tác thi đua, khen thưởng năm " + year
                + " và phương hướng, nhiệm vụ năm " + (year + 1) + " như sau:"));

        body.add(new Heading("I. ĐẶC ĐIỂM, TÌNH HÌNH"));
        body.add(Paragraph.of(f.bloc().name() + " năm " + year + " gồm "
                + y.members().size() + " đơn vị thành viên: "
                + String.join(", ", y.members().stream().map(UnitRef::name).toList()) + ". " + f.leaderTitle() + ": "
                + leader + "; " + f.deputyTitle() + ": "
                + (y.deputy() == null ? "chưa xác định" : y.deputy().name()) + "."));
        body.add(Paragraph.toWrite("[Thuận lợi, khó khăn của các đơn vị trong năm: " + f.leaderTitle() + " bổ sung.]"));

        body.add(new Heading("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG"));
        body.add(new Heading("1. Công tác phát động thi đua và ký kết giao ước"));
        CycleView cycle = f.cycle();
        if (cycle.launched()) {
            body.add(Paragraph.of("Ngày " + DAY.format(cycle.launch().launchedOn()) + ", " + leader
                    + " tổ chức phát động phong trào thi đua năm " + year + " trong toàn "
                    + kindWord(f.bloc().kind()) + "."
                    + (cycle.launch().movements().isEmpty()
                            ? ""
                            : " Các phong trào thi đua được triển khai: "
                                    + String.join(
                                            "; ",
                                            cycle.launch().movements().stream()
                                                    .map(m -> "\"" + m + "\"")
                                                    .toList())
                                    + ".")));
        } else {
            body.add(Paragraph.toWrite("[Chưa ghi nhận việc phát động thi đua trên hệ thống.]"));
        }
        long signed =
                cycle.covenants().stream().filter(CycleView.Covenant::signed).count();
        body.add(Paragraph.of(signed + "/" + cycle.covenants().size() + " đơn vị đã ký kết giao ước thi đua"
                + (cycle.unsigned().isEmpty()
                        ? "."
                        : "; chưa ký: "
                                + String.join(
                                        ", ",
                                        cycle.unsigned().stream()
                                                .map(UnitRef::name)
                                                .toList()) + ".")));

        body.add(new Heading("2. Kết quả chấm điểm, kiểm tra chéo và xếp hạng"));
        ResultsView results = f.results();
        if (results != null && results.consolidated()) {
            body.add(Paragraph.of(
                    "Các đơn vị tự chấm điểm theo " + results.round().templateName() + " (phiên bản "
                            + results.round().templateVersionNo() + "), kiểm tra chéo lẫn nhau theo phân công của "
                            + f.leaderTitle()
                            + "; " + f.leaderTitle() + " tổng hợp kết quả như sau:"));
            List<List<String>> rows = new ArrayList<>();
            for (ResultsView.Row r : results.rows()) {
                rows.add(List.of(
                        String.valueOf(r.rank().position()),
                        r.unit().name(),
                        Numbers.text(r.rank().total().scored()),
                        Numbers.text(r.rank().total().bonus()),
                        Numbers.text(r.rank().total().penalty()),
                        Numbers.text(r.rank().total().total()),
                        rankWord(r),
                        r.rank().band() == null ? "" : r.rank().band()));
            }
            body.add(new StateDocument.Table(
                    List.of(
                            "Thứ hạng",
                            "Đơn vị",
                            "Điểm tiêu chí",
                            "Điểm thưởng",
                            "Điểm trừ",
                            "Tổng điểm",
                            "Xếp hạng",
                            "Mức hoàn thành"),
                    rows,
                    List.of(2, 8, 3, 3, 2, 3, 3, 5),
                    List.of(0, 2, 3, 4, 5)));
        } else {
            body.add(Paragraph.toWrite("[Kết quả chấm điểm chưa được tổng hợp trên hệ thống.]"));
        }
        body.add(Paragraph.toWrite("[Đánh giá chung về kết quả thực hiện nhiệm vụ chính trị và các phong trào thi đua: "
                + f.leaderTitle() + " bổ sung.]"));

        body.add(new Heading("III. ĐỀ NGHỊ KHEN THƯỞNG"));
        body.addAll(proposals(f, results));

        body.add(new Heading("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (year + 1)));
        if (f.nextYear() != null && f.nextYear().leader() != null) {
            body.add(Paragraph.of(f.leaderTitle() + " năm " + (year + 1) + ": "
                    + f.nextYear().leader().name()
                    + (f.nextYear().deputy() == null
                            ? ""
                            : "; " + f.deputyTitle() + ": "
                                    + f.nextYear().deputy().name())
                    + "."));
        } else {
            body.add(Paragraph.toWrite("[" + f.leaderTitle() + ", " + f.deputyTitle() + " năm " + (year + 1)
                    + " do Hội nghị tổng kết bầu.]"));
        }
        body.add(Paragraph.toWrite(
                "[Phương hướng, nhiệm vụ trọng tâm năm " + (year + 1) + ": " + f.leaderTitle() + " bổ sung.]"));

        afterwards(body, f);
        String number = command.number() == null
                ? "Số:      /" + symbol(f.bloc().kind())
                : StateFormats.number(command.number(), symbol(f.bloc().kind()));
        String signer = command.signerName() == null || command.signerName().isBlank()
                ? "[Họ và tên]"
                : command.signerName().strip();
        return new StateDocument(
                parentBody(f.authority()),
                f.bloc().name(),
                number,
                StateFormats.placeAndDate(command.place().strip(), command.date()),
                "Báo cáo",
                "Tổng kết công tác thi đua, khen thưởng năm " + year + " và phương hướng, nhiệm vụ năm " + (year + 1),
                body,
                new StateDocument.Signature("TM.", kindWord(f.bloc().kind()), f.leaderTitle(), signer),
                List.of(
                        "Ban Thi đua - Khen thưởng " + f.authority().name() + ";",
                        "Các đơn vị thành viên;",
                        "Lưu: VT."));
    }

    /** What the ranking points to (see {@link Proposals}), for the conference to vote on. */
    private static List<Block> proposals(Facts f, ResultsView results) {
        Proposals proposals = Proposals.of(f);
        if (proposals.isEmpty()) {
            return List.of(Paragraph.toWrite("[Đề nghị khen thưởng theo kết quả bình xét tại Hội nghị tổng kết.]"));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("Căn cứ kết quả chấm điểm, xếp hạng, " + f.leaderTitle()
                + " trình Hội nghị tổng kết bình xét, đề nghị:"));
        List<String> flags = proposals.unitsFor(Proposals.flag(f.authority()));
        List<String> merits = proposals.unitsFor(Proposals.merit(f.authority()));
        if (!flags.isEmpty()) {
            blocks.add(Paragraph.of("- Tặng Cờ thi đua: " + String.join(", ", flags) + ";"));
        }
        if (!merits.isEmpty()) {
            blocks.add(Paragraph.of("- Tặng Bằng khen: " + String.join(", ", merits) + "."));
        }
        if (!proposals.tiedAtCut().isEmpty()) {
            blocks.add(Paragraph.toWrite("[Bằng điểm sau mọi tiêu chí phụ, Hội nghị biểu quyết: "
                    + String.join(", ", proposals.tiedAtCut()) + ".]"));
        }
        blocks.add(Paragraph.toWrite("[Kết quả biểu quyết của Hội nghị được ghi trong biên bản.]"));
        return blocks;
    }

    private static String rankWord(ResultsView.Row r) {
        if (r.rank().rankClass() == null) {
            return "";
        }
        return switch (r.rank().rankClass()) {
            case NHAT -> "Nhất";
            case NHI -> "Nhì";
            case BA -> "Ba";
        };
    }

    static String kindWord(BlocKind kind) {
        return switch (kind) {
            case KHOI -> "Khối thi đua";
            case CUM -> "Cụm thi đua";
            case KHU_VUC -> "Khu vực thi đua";
        };
    }
}

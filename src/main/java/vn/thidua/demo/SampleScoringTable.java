package vn.thidua.demo;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.scoring.TemplateCommand;
import vn.thidua.scoring.TemplateCommand.BandLine;
import vn.thidua.scoring.TemplateCommand.CriterionLine;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.TieBreak;

/**
 * An invented scoring table in the usual shape of a province's bloc criteria (100 points in four
 * groups, bonus and penalty points), marked as a sample: the seed reports do not publish theirs.
 */
final class SampleScoringTable {

    private SampleScoringTable() {}

    static TemplateCommand forYear(long authorityId, int year) {
        TemplateCommand command = new TemplateCommand();
        command.setAuthorityId(authorityId);
        command.setYear(year);
        command.setName("Bảng tiêu chí chấm điểm thi đua các khối, cụm năm " + year + " (dữ liệu mẫu)");
        command.setBonusCap(BigDecimal.valueOf(5));
        command.setPenaltyCap(BigDecimal.valueOf(10));
        command.setDiscrepancyPoints(BigDecimal.valueOf(2));
        command.setDiscrepancyPercent(BigDecimal.valueOf(20));
        command.setTieBreaks(List.of(TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_CRITERIA_AT_MAX));
        String g1 = "I. Thực hiện nhiệm vụ chính trị, chuyên môn";
        String g2 = "II. Công tác thi đua, khen thưởng";
        String g3 = "III. Cải cách hành chính, chuyển đổi số";
        String g4 = "IV. Xây dựng tổ chức, đoàn thể";
        String g5 = "V. Điểm thưởng, điểm trừ";
        command.setCriteria(List.of(
                scored(
                        "1.1",
                        g1,
                        "Hoàn thành các chỉ tiêu, nhiệm vụ được UBND tỉnh giao trong năm",
                        25,
                        "Đủ 100% chỉ tiêu: 25 điểm; mỗi chỉ tiêu không đạt trừ 2 điểm.",
                        "Báo cáo tổng kết năm, số liệu thống kê"),
                scored(
                        "1.2",
                        g1,
                        "Chất lượng tham mưu văn bản, đề án cho cấp ủy, chính quyền",
                        20,
                        "Đúng hạn, đúng quy trình: 20 điểm; mỗi việc trễ hạn trừ 1 điểm.",
                        "Danh mục văn bản, đề án đã tham mưu"),
                scored(
                        "1.3",
                        g1,
                        "Thực hiện các chỉ tiêu đã đăng ký trong giao ước thi đua",
                        15,
                        null,
                        "Bản đăng ký giao ước, báo cáo kết quả"),
                scored(
                        "2.1",
                        g2,
                        "Tổ chức phát động, sơ kết, tổng kết phong trào thi đua",
                        8,
                        null,
                        "Kế hoạch, báo cáo"),
                scored(
                        "2.2",
                        g2,
                        "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến",
                        7,
                        null,
                        "Danh sách điển hình"),
                scored(
                        "3.1",
                        g3,
                        "Chỉ số cải cách hành chính, hồ sơ giải quyết đúng hạn",
                        10,
                        null,
                        "Kết quả chấm điểm CCHC"),
                scored(
                        "4.1",
                        g4,
                        "Tổ chức đảng, đoàn thể đạt vững mạnh; không có cán bộ vi phạm kỷ luật",
                        15,
                        null,
                        "Quyết định xếp loại"),
                new CriterionLine(
                        "5.1",
                        g5,
                        "Được khen thưởng đột xuất, có mô hình mới được cấp tỉnh ghi nhận",
                        CriterionKind.BONUS,
                        BigDecimal.valueOf(5),
                        "Mỗi khen thưởng: 1 điểm, tối đa 5 điểm.",
                        "Quyết định khen thưởng"),
                new CriterionLine(
                        "5.2",
                        g5,
                        "Chậm nộp báo cáo, không tham gia hoạt động chung của khối",
                        CriterionKind.PENALTY,
                        BigDecimal.valueOf(10),
                        "Mỗi lần: trừ 1 điểm.",
                        null)));
        command.setBands(List.of(
                new BandLine("Hoàn thành xuất sắc nhiệm vụ", BigDecimal.valueOf(90)),
                new BandLine("Hoàn thành tốt nhiệm vụ", BigDecimal.valueOf(75)),
                new BandLine("Hoàn thành nhiệm vụ", BigDecimal.valueOf(50)),
                new BandLine("Không hoàn thành nhiệm vụ", BigDecimal.ZERO)));
        return command;
    }

    private static CriterionLine scored(
            String code, String group, String name, int max, String guidance, String evidence) {
        return new CriterionLine(code, group, name, CriterionKind.SCORED, BigDecimal.valueOf(max), guidance, evidence);
    }
}

package vn.thidua.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateDocument.Block;
import vn.thidua.documents.domain.StateDocument.Centred;
import vn.thidua.documents.domain.StateDocument.Heading;
import vn.thidua.documents.domain.StateDocument.Paragraph;
import vn.thidua.documents.domain.StateDocument.Signature;
import vn.thidua.documents.domain.StateDocument.Table;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearView;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.domain.Outcome;

/**
 * The counting record (biên bản kiểm phiếu) of a counted vote: who counted, the electorate, those
 * present, ballots issued, cast, valid and blank, each option's count against the rule and its legal
 * basis, the outcome, the written opinions counted, and for an encrypted ballot every tracking code
 * in an annex, so that anyone can hold the record against the bulletin.
 */
final class CountingRecord {

    private static final String UNKNOWN_NAME = "[Họ và tên]";

    /** What the record is drawn from; {@code trackingCodes} is empty unless the ballot was encrypted. */
    record Facts(
            AuthorityView authority,
            BlocView bloc,
            BlocYearView year,
            VoteView vote,
            List<String> trackingCodes,
            String chair,
            String secretary,
            LocalDate countedOn) {}

    private CountingRecord() {}

    static StateDocument build(Facts f) {
        VoteView vote = f.vote();
        VoteView.Tally tally = vote.tally();
        boolean council = vote.electorateKind() == VoteElectorate.COUNCIL;
        boolean ballots = vote.method().secret();
        String who = council ? "thành viên Hội đồng" : "đơn vị thành viên";
        List<VoteView.WrittenOpinion> written = vote.writtenOpinions() == null
                ? List.of()
                : vote.writtenOpinions().stream()
                        .filter(w -> w.confirmedBy() != null)
                        .toList();
        int present = vote.present() == null ? 0 : vote.present();
        // the rule's own count of participants: those present, the written opinions, and anyone who came later and
        // voted
        long participants = tally.lines().isEmpty()
                ? present + written.size()
                : tally.lines().get(0).outcome().present();

        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of("Hôm nay, " + StateFormats.date(f.countedOn()) + ", " + meeting(f) + ", "
                + (ballots ? "Ban kiểm phiếu tiến hành kiểm phiếu" : "chủ trì tổng hợp kết quả biểu quyết")
                + " về nội dung: "
                + sentence(vote.question())));

        body.add(new Heading("I. " + (ballots ? "BAN KIỂM PHIẾU" : "NGƯỜI KIỂM ĐẾM")));
        body.addAll(committee(f));

        body.add(new Heading("II. HÌNH THỨC BIỂU QUYẾT"));
        body.add(Paragraph.of(method(vote.method()) + "; mỗi " + (ballots ? "phiếu" : "thành viên") + " chọn tối đa "
                + vote.maxChoices() + " phương án. Các phương án: "
                + String.join(
                        "; ",
                        vote.options().stream().map(VoteView.Option::label).toList()) + "."));

        body.add(new Heading("III. KẾT QUẢ KIỂM PHIẾU"));
        List<List<String>> figures = new ArrayList<>();
        figures.add(figure(figures, "Tổng số " + who + " (số thành viên)", vote.electorate()));
        figures.add(figure(figures, "Số " + who + " có mặt", present));
        if (vote.method() == VoteMethod.SECRET_BALLOT) {
            figures.add(figure(figures, "Số ý kiến bằng văn bản được tính (thành viên vắng mặt)", written.size()));
        }
        if (ballots) {
            int issued = vote.method() == VoteMethod.SECRET_BALLOT
                    ? (int) Math.max(present + written.size(), tally.cast())
                    : present;
            figures.add(figure(figures, "Số phiếu phát ra", issued));
            figures.add(figure(figures, "Số phiếu thu về", tally.cast()));
            figures.add(figure(figures, "Số phiếu hợp lệ", tally.cast()));
            figures.add(figure(figures, "Số phiếu không hợp lệ", 0));
            figures.add(figure(figures, "Số phiếu trắng (không chọn phương án nào)", tally.blank()));
        }
        body.add(new Table(List.of("TT", "Nội dung", "Số lượng"), figures, List.of(1, 9, 2), List.of(0, 2)));
        if (vote.method() == VoteMethod.SECRET_BALLOT) {
            body.add(Paragraph.of(
                    "Phiếu bỏ trên hệ thống được mã hóa trên máy của người bỏ phiếu, kèm chứng minh rằng mỗi phương "
                            + "án được chọn không quá một lần và không quá " + vote.maxChoices()
                            + " phương án; hệ thống kiểm tra chứng minh "
                            + "khi nhận phiếu và từ chối phiếu sai, nên mọi phiếu thu về đều hợp lệ. Không phiếu nào được giải mã riêng: "
                            + "Ban kiểm phiếu chỉ giải mã các tổng."));
        } else if (vote.method() == VoteMethod.PAPER_BALLOT) {
            body.add(Paragraph.of(
                    "Số liệu do Ban kiểm phiếu kiểm đếm phiếu giấy, được nhập vào hệ thống và được người thứ hai "
                            + "xác nhận; Ban kiểm phiếu không ghi nhận phiếu không hợp lệ."));
        } else {
            body.add(Paragraph.of(
                    vote.method() == VoteMethod.ACCLAMATION
                            ? "Suy tôn: không có phiếu; toàn thể " + who + " có mặt nhất trí."
                            : "Biểu quyết giơ tay: không có phiếu; chủ trì đếm số " + who
                                    + " giơ tay cho từng phương án."));
        }
        body.add(Paragraph.of("Kết quả " + (ballots ? "kiểm phiếu" : "biểu quyết")
                + " từng phương án (tỷ lệ tính trên tổng số " + vote.electorate() + " " + who + "):"));
        List<List<String>> lines = new ArrayList<>();
        for (VoteView.Tally.Line line : tally.lines()) {
            lines.add(List.of(
                    String.valueOf(lines.size() + 1),
                    line.option().label(),
                    String.valueOf(line.ballots()),
                    share(line.ballots(), vote.electorate()),
                    String.valueOf(line.outcome().needed()),
                    result(line.outcome())));
        }
        body.add(new Table(
                List.of("TT", "Phương án", ballots ? "Số phiếu" : "Số biểu quyết", "Tỷ lệ", "Cần đạt", "Kết quả"),
                lines,
                List.of(1, 7, 2, 2, 2, 3),
                List.of(0, 2, 3, 4)));

        body.add(new Heading("IV. NGUYÊN TẮC XÁC ĐỊNH KẾT QUẢ"));
        Outcome any = tally.lines().get(0).outcome();
        body.add(Paragraph.of("Phương án đạt khi được " + vote.ruleText() + ". Căn cứ: " + basis(vote) + "."));
        body.add(Paragraph.of("Tổng số " + who + ": "
                + vote.electorate() + "; số tham gia biểu quyết: " + participants + ", cần từ " + any.quorumNeeded()
                + " ("
                + (any.result() == Outcome.Result.NO_QUORUM ? "không đủ túc số" : "đủ túc số")
                + "); số phiếu cần đạt: từ "
                + any.needed() + " trên " + any.base() + "."));

        if (!written.isEmpty()) {
            body.add(new Heading("V. Ý KIẾN BẰNG VĂN BẢN ĐƯỢC TÍNH"));
            body.add(
                    Paragraph.of(
                            "Ý kiến bằng văn bản (có chữ ký) của " + who
                                    + " vắng mặt, do một người nhập và người thứ hai "
                                    + "đối chiếu văn bản, xác nhận; mỗi ý kiến được tính như một phiếu, nội dung lựa chọn không được lưu riêng:"));
            List<List<String>> rows = new ArrayList<>();
            for (VoteView.WrittenOpinion w : written) {
                rows.add(List.of(String.valueOf(rows.size() + 1), w.electorName(), w.enteredBy(), w.confirmedBy()));
            }
            body.add(new Table(
                    List.of("TT", council ? "Thành viên Hội đồng" : "Đơn vị", "Người nhập", "Người xác nhận"),
                    rows,
                    List.of(1, 8, 4, 4),
                    List.of(0)));
        }

        body.add(new Heading((written.isEmpty() ? "V" : "VI") + ". KẾT LUẬN"));
        List<String> passed = tally.lines().stream()
                .filter(l -> l.outcome().result() == Outcome.Result.PASSED)
                .map(l -> l.option().label() + " (" + l.ballots() + "/"
                        + l.outcome().base() + ")")
                .toList();
        if (any.result() == Outcome.Result.NO_QUORUM) {
            body.add(Paragraph.of("Số tham gia biểu quyết không đủ túc số; không phương án nào được thông qua."));
        } else {
            body.add(Paragraph.of(
                    passed.isEmpty()
                            ? "Không phương án nào đạt số phiếu cần thiết."
                            : "Phương án đạt: " + String.join("; ", passed) + "."));
        }
        if (vote.method() == VoteMethod.SECRET_BALLOT) {
            body.add(Paragraph.of(
                    "Danh sách " + f.trackingCodes().size() + " mã theo dõi phiếu (mỗi phiếu được kiểm một mã) kèm "
                            + "theo Biên bản này. Kết quả có thể được kiểm chứng từ bảng công bố của cuộc bỏ phiếu (tải tại trang Bảng công "
                            + "bố, tệp JSON) bằng lệnh java -jar thidua.jar verify-vote, không cần khóa bí mật nào; mỗi người bỏ phiếu tìm "
                            + "được mã theo dõi của mình trong danh sách."));
        }
        body.add(Paragraph.of("Biên bản được lập xong " + StateFormats.date(f.countedOn()) + " và được công bố trước "
                + (council ? "phiên họp" : "Hội nghị") + "."));

        List<Block> annex = new ArrayList<>();
        if (vote.method() == VoteMethod.SECRET_BALLOT) {
            annex.add(new Centred("PHỤ LỤC", true, false));
            annex.add(new Centred("DANH SÁCH MÃ THEO DÕI PHIẾU", true, false));
            annex.add(new Centred(
                    "(Kèm theo Biên bản kiểm phiếu " + StateFormats.date(f.countedOn()) + ")", false, true));
            List<List<String>> codes = new ArrayList<>();
            for (String code : f.trackingCodes()) {
                codes.add(List.of(String.valueOf(codes.size() + 1), code));
            }
            if (codes.isEmpty()) {
                annex.add(Paragraph.of("Không có phiếu nào được bỏ."));
            } else {
                annex.add(new Table(List.of("TT", "Mã theo dõi phiếu"), codes, List.of(1, 11), List.of(0)));
            }
        }

        String chairTitle = council ? "Chủ trì phiên họp" : "Chủ trì hội nghị";
        Signature left = ballots
                ? new Signature(null, null, "Ban kiểm phiếu", signers(f))
                : new Signature(null, null, "Thư ký", f.secretary() == null ? UNKNOWN_NAME : f.secretary());
        return new StateDocument(
                ballots ? meetingBody(f) : SummaryReport.parentBody(f.authority()),
                ballots ? "Ban kiểm phiếu" : meetingBody(f),
                null,
                StateFormats.placeAndDate(AuthorityNames.place(f.authority().name()), f.countedOn()),
                "Biên bản kiểm phiếu",
                sentence(vote.question()).replaceAll("[.?]$", ""),
                body,
                new Signature(null, null, chairTitle, f.chair() == null ? UNKNOWN_NAME : f.chair()),
                List.of(),
                left,
                annex);
    }

    /**
     * The record's signature block as places to sign (ký số): the counting committee's members (or, without
     * ballots, the secretary), then the chair; a name the record does not know ("[Họ và tên]") is no place.
     */
    static List<SignedDocuments.Place> places(Facts f) {
        boolean council = f.vote().electorateKind() == VoteElectorate.COUNCIL;
        List<SignedDocuments.Place> places = new ArrayList<>();
        if (f.vote().method().secret()) {
            for (String name : signers(f)) {
                places.add(SignedDocuments.Place.named("Ban kiểm phiếu", name));
            }
        } else if (f.secretary() != null) {
            places.add(SignedDocuments.Place.named("Thư ký", f.secretary()));
        }
        if (f.chair() != null) {
            places.add(SignedDocuments.Place.named(council ? "Chủ trì phiên họp" : "Chủ trì hội nghị", f.chair()));
        }
        return places.stream().filter(p -> !p.name().equals(UNKNOWN_NAME)).toList();
    }

    private static List<Block> committee(Facts f) {
        VoteView vote = f.vote();
        List<Block> blocks = new ArrayList<>();
        switch (vote.method()) {
            case SECRET_BALLOT -> {
                blocks.add(Paragraph.of(
                        "Ban kiểm phiếu gồm " + vote.committee().size() + " thành viên; mỗi thành viên giữ một phần "
                                + "khóa giải mã do mình tạo, kết quả chỉ mở được khi đủ phần của mọi thành viên:"));
                for (int i = 0; i < vote.committee().size(); i++) {
                    blocks.add(Paragraph.of(
                            (i + 1) + ". " + vote.committee().get(i).name() + "."));
                }
            }
            case PAPER_BALLOT ->
                blocks.add(Paragraph.of("Ban kiểm phiếu gồm: "
                        + sentence(vote.paperCommittee() == null ? UNKNOWN_NAME : vote.paperCommittee())));
            case SHOW_OF_HANDS, ACCLAMATION ->
                blocks.add(Paragraph.of("Không có Ban kiểm phiếu (không có phiếu): kết quả do chủ trì"
                        + (f.chair() == null ? "" : " (" + f.chair() + ")") + " kiểm đếm và công bố."));
        }
        return blocks;
    }

    /**
     * The names that sign for the committee: the trustees (without their unit), or the names entered with the paper
     * count.
     */
    private static List<String> signers(Facts f) {
        VoteView vote = f.vote();
        if (vote.method() == VoteMethod.SECRET_BALLOT) {
            List<String> names = vote.committee().stream()
                    .map(t -> t.name().split(" – ")[0].strip())
                    .toList();
            return names.isEmpty() ? List.of(UNKNOWN_NAME) : names;
        }
        List<String> names = vote.paperCommittee() == null
                ? List.of()
                : Arrays.stream(vote.paperCommittee().split("[,;\\n]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return names.isEmpty() ? List.of(UNKNOWN_NAME) : names;
    }

    /**
     * "tại Hội nghị tổng kết … năm 2024 của Khối …" or "tại phiên họp của Hội đồng … xét đề nghị của Khối … năm 2024".
     */
    private static String meeting(Facts f) {
        if (f.vote().electorateKind() == VoteElectorate.COUNCIL) {
            return "tại phiên họp của " + councilName(f.authority()) + " xét đề nghị của "
                    + f.bloc().name() + " năm " + f.year().year();
        }
        return "tại Hội nghị tổng kết công tác thi đua, khen thưởng năm "
                + f.year().year() + " của " + f.bloc().name();
    }

    /** The body whose record it is: the bloc (its conference) or the authority's council. */
    private static String meetingBody(Facts f) {
        return f.vote().electorateKind() == VoteElectorate.COUNCIL
                ? councilName(f.authority())
                : f.bloc().name();
    }

    private static String councilName(AuthorityView authority) {
        return "Hội đồng Thi đua - Khen thưởng "
                + (authority.kind() == AuthorityKind.PROVINCE
                        ? AuthorityNames.inSentence(authority.name())
                        : authority.name());
    }

    private static String method(VoteMethod method) {
        return switch (method) {
            case SECRET_BALLOT -> "Bỏ phiếu kín trên hệ thống (phiếu được mã hóa)";
            case PAPER_BALLOT -> "Bỏ phiếu kín bằng phiếu giấy";
            case SHOW_OF_HANDS -> "Biểu quyết giơ tay";
            case ACCLAMATION -> "Suy tôn";
        };
    }

    private static String result(Outcome outcome) {
        return switch (outcome.result()) {
            case PASSED -> "Đạt";
            case FAILED -> "Không đạt";
            case NO_QUORUM -> "Không đủ túc số";
        };
    }

    private static String basis(VoteView vote) {
        String basis = vote.rule().basis();
        return basis == null || basis.isBlank()
                ? "bảng tham số pháp lý của hệ thống"
                : basis.strip().replaceAll("[.;]+$", "");
    }

    private static List<String> figure(List<List<String>> before, String label, long value) {
        return List.of(String.valueOf(before.size() + 1), label, String.valueOf(value));
    }

    /** "70%", "66,67%": the share of the electorate, two decimals at most, a decimal comma. */
    static String share(long count, long of) {
        if (of == 0) {
            return "0%";
        }
        BigDecimal percent = BigDecimal.valueOf(count * 100)
                .divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return percent.toPlainString().replace('.', ',') + "%";
    }

    /** The question as a sentence of the record: stripped, ending with a full stop unless it asks. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") ? t : t + ".";
    }
}

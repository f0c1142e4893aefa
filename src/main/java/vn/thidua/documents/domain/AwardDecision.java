package vn.thidua.documents.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.documents.domain.StateDocument.Block;
import vn.thidua.documents.domain.StateDocument.Centred;
import vn.thidua.documents.domain.StateDocument.Paragraph;

/**
 * A decision awarding titles and forms of commendation (quyết định khen thưởng): the decider's
 * grounds, three articles, and the list of those awarded as its annex. The conference's draft and
 * the issued decision of a proposal are both this document.
 *
 * @param number      the number line, "Số: 15/QĐ-UBND" (or with the number left blank in a draft)
 * @param whom        who is awarded, "tập thể" or "tập thể, cá nhân"
 * @param listTitle   the annex's title line
 * @param list        the annex's table, or a placeholder for the officer to write
 */
public record AwardDecision(
        String issuingBody,
        String decider,
        String number,
        String place,
        LocalDate date,
        int year,
        String proposedBy,
        String whom,
        String subject,
        String listTitle,
        List<String> grounds,
        Block list,
        StateDocument.Signature signature) {

    public StateDocument document() {
        List<Block> body = new ArrayList<>();
        body.add(new Centred(decider.toUpperCase(), true, false));
        List<String> lines = new ArrayList<>(grounds);
        lines.add("Xét đề nghị của " + proposedBy + " và của Trưởng Ban Thi đua - Khen thưởng");
        body.add(new StateDocument.Grounds(lines));
        body.add(new Centred("QUYẾT ĐỊNH:", true, false));
        body.add(Paragraph.of("Điều 1. Tặng danh hiệu, hình thức khen thưởng cho các " + whom
                + " có thành tích xuất sắc trong " + "phong trào thi đua năm " + year + " (có danh sách kèm theo)."));
        body.add(Paragraph.of("Điều 2. Các " + whom + " được khen thưởng được hưởng chế độ theo quy định hiện hành."));
        body.add(Paragraph.of(
                "Điều 3. Chánh Văn phòng, Trưởng Ban Thi đua - Khen thưởng, thủ trưởng các cơ quan, đơn vị có liên quan "
                        + "và các " + whom + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."));
        List<Block> annex = new ArrayList<>();
        annex.add(new Centred("DANH SÁCH", true, false));
        annex.add(new Centred(listTitle, true, false));
        annex.add(new Centred(
                "(Kèm theo Quyết định " + number.replace("Số: ", "số ") + " " + StateFormats.date(date) + " của "
                        + decider + ")",
                false,
                true));
        annex.add(list);
        return new StateDocument(
                null,
                issuingBody,
                number,
                StateFormats.placeAndDate(place, date),
                "Quyết định",
                subject,
                body,
                signature,
                List.of("Như Điều 3;", "Ban Thi đua - Khen thưởng;", "Lưu: VT."),
                null,
                annex);
    }
}

package vn.thidua.onboarding;

import org.springframework.stereotype.Component;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.ProvinceWorkbook;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.validation.Messages;

/**
 * The onboarding workbook: the template people fill ({@link WorkbookTemplate}), and the reader of
 * what they filled ({@link WorkbookReader}, then {@link WorkbookRows}). Both go by
 * {@link ProvinceSheet} and its columns, and by the same {@link Choices}: kinds and roles are read
 * by their code (SO, KHOI, UNIT_OFFICER) or by the Vietnamese label the pages show ("Sở", "Cụm thi
 * đua", "Cán bộ TĐKT đơn vị"), without case or diacritics.
 */
@Component
public class OnboardingWorkbook {

    private final Messages messages;

    OnboardingWorkbook(Messages messages) {
        this.messages = messages;
    }

    /** Every row of the five data sheets; a workbook whose sheets or headings are not the template's is refused whole. */
    public ProvinceWorkbook read(byte[] bytes) {
        return WorkbookRows.of(new WorkbookReader(messages).read(bytes), Choices.of(messages));
    }

    /** The empty workbook to fill; {@code authority}, when given, already written in. */
    public byte[] template(AuthorityView authority, int year) {
        return new WorkbookTemplate(messages, Choices.of(messages)).write(authority, year);
    }
}

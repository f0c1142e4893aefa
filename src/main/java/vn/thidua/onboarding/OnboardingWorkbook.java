package vn.thidua.onboarding;

import java.time.Clock;
import java.time.Year;
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
public record OnboardingWorkbook(Messages messages, Clock clock) {

    /**
     * Every row of the five data sheets; a workbook whose sheets or headings are not the template's is refused whole.
     */
    public ProvinceWorkbook read(byte[] bytes) {
        return WorkbookRows.of(new WorkbookReader(messages).read(bytes), Choices.of(messages));
    }

    /** The empty workbook to fill, its examples in this year; {@code authority}, when given, already written in. */
    public byte[] template(AuthorityView authority) {
        return new WorkbookTemplate(messages, Choices.of(messages))
                .write(authority, Year.now(clock).getValue());
    }
}

package vn.thidua.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void namesInOneCellAreSeparatedBySemicolonsOrLineBreaksNotByCommas() {
        assertThat(Rows.names("Sở Tài chính; Sở Nội vụ;\nBan Dân tộc, Tôn giáo\r\n  ;  "))
                .containsExactly("Sở Tài chính", "Sở Nội vụ", "Ban Dân tộc, Tôn giáo");
    }

    @Test
    void aBlankCellNamesNobody() {
        assertThat(Rows.names("")).isEmpty();
        assertThat(Rows.names(" ;\n ")).isEmpty();
    }
}

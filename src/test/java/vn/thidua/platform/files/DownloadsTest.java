package vn.thidua.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class DownloadsTest {

    @Test
    void aStreamedFileIsAnAttachmentOfItsKindUnderItsName() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Downloads.streamed(response, "bang-khen.pdf", Downloads.PDF).write(new byte[] {'%', 'P'});

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"bang-khen.pdf\"");
        assertThat(response.getContentAsByteArray()).containsExactly('%', 'P');
    }

    @Test
    void aVietnameseNameIsKeptForEveryBrowser() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Downloads.streamed(response, "Bằng khen.pdf", Downloads.PDF);

        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; ")
                .contains("filename*=UTF-8''B%E1%BA%B1ng%20khen.pdf");
        assertThat(Downloads.xlsx(new byte[0], "Thống kê.xlsx").getHeaders().getFirst("Content-Disposition"))
                .contains("filename*=UTF-8''Th%E1%BB%91ng%20k%C3%AA.xlsx");
    }
}

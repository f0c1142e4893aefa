package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Pages come in the layout; static files are linked by versioned addresses, kept by browsers for a year and compressed
 * when asked.
 */
@IntegrationTest
class StaticLinksIntegrationTest extends ApplicationTestBase {

    @Test
    void pagesLinkVersionedStaticFilesThatBrowsersKeepAndReceiveCompressed() throws Exception {
        String page = WebSession.loggedIn(port, "ban.langson").get("/units").body();
        Matcher css = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find())
                .as("the style sheet's link carries its content hash")
                .isTrue();
        assertThat(page).containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"");
        Matcher bootstrap = Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min\\.css)\"")
                .matcher(page);
        assertThat(bootstrap.find()).as("a webjar's link carries its version").isTrue();
        // the page in the layout (Thymeleaf's fragments): its title after the application's name, once
        assertThat(page).containsOnlyOnce("<title>Đơn vị – Thi đua – Khen thưởng</title>");
        assertThat(page).containsOnlyOnce("<nav").containsOnlyOnce("<main").doesNotContain("th:", "layout:");
        // links that are no static file are left as written
        assertThat(page).contains("href=\"/units\"").contains("href=\"/proposals\"");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> plain = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + css.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000")
                .contains("public");
        // compressed when asked (bootstrap's style sheet: app.css is under the 2 KB below which nothing is)
        HttpResponse<byte[]> whole = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + bootstrap.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        HttpResponse<byte[]> gzip = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + bootstrap.group(1)))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.body().length).isLessThan(whole.body().length / 3);
        // the address without its hash still answers (a page cached before a release)
        HttpResponse<byte[]> unversioned = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/app.css"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unversioned.statusCode()).isEqualTo(200);
    }
}

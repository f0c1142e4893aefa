package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;

/**
 * Every reference case (official answers of the Ministry of Home Affairs, written in the public
 * contract) goes through POST /api/v1/eligibility/check and must get its expected verdict, or be
 * listed in docs/legal-gaps.md with the reason the law as written leaves it open. The cases are
 * kept in src/test/resources/cases; those of ../shared/domain/cases run too when that folder exists.
 */
@IntegrationTest
class ReferenceCasesIntegrationTest extends ApplicationTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyReferenceCaseGetsItsExpectedVerdict() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> own = Files.list(Path.of("src/test/resources/cases"))) {
            own.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        Path shared = Path.of("../shared/domain/cases");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> more = Files.list(shared)) {
                more.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
            }
        }
        List<String> seen = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode c : JSON.readTree(file.toFile())) {
                if (!seen.contains(c.get("id").asString())) {
                    seen.add(c.get("id").asString());
                    cases.add(c);
                }
            }
        }
        assertThat(cases).isNotEmpty();
        String gapsDoc = Files.readString(Path.of("docs/legal-gaps.md"));
        // only the section that lists unmatched cases may excuse one
        int section = gapsDoc.indexOf("## Reference cases not matched");
        int next = gapsDoc.indexOf("\n## ", section + 1);
        String gaps = section < 0 ? "" : gapsDoc.substring(section, next < 0 ? gapsDoc.length() : next);
        Api api = Api.as(port, "admin");
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.get("id").asString() + " " + c.get("note").asString(), () -> {
                            Api.Response response =
                                    api.post("/api/v1/eligibility/check", JSON.writeValueAsString(c.get("request")));
                            assertThat(response.status()).as(response.body()).isEqualTo(200);
                            String expected = c.get("expected").get("verdict").asString();
                            String actual = response.json().get("verdict").asString();
                            if (!expected.equals(actual)) {
                                assertThat(gaps)
                                        .as("case " + c.get("id").asString() + " expected " + expected + " but was "
                                                + actual + " and is not listed in docs/legal-gaps.md: "
                                                + response.body())
                                        .contains("`" + c.get("id").asString() + "`");
                            }
                            for (JsonNode reason : response.json().get("reasons")) {
                                assertThat(reason.get("basis").asString())
                                        .as("every reason cites its basis")
                                        .isNotBlank();
                            }
                        }));
    }
}

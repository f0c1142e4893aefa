package vn.thidua.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;

/**
 * The API's refusals in a web slice (no database, no security chain): each kind answers its status
 * as a problem detail with a Vietnamese detail and a stable code.
 */
@WebMvcTest(controllers = ApiProblemsWebTest.Refusing.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ApiProblems.class, UnknownPaths.class, Messages.class, Checks.class, ApiProblemsWebTest.Refusing.class})
class ApiProblemsWebTest {

    @Autowired
    MockMvc mvc;

    /** A controller that refuses in every way a feature may. */
    @RestController
    static class Refusing {

        private final Checks checks;

        Refusing(Checks checks) {
            this.checks = checks;
        }

        @GetMapping("/api/v1/test/refuse/{kind}")
        String refuse(@PathVariable String kind) {
            throw switch (kind) {
                case "invalid" ->
                    new InvalidInputException(
                            List.of(new Violation("name", "Tên không được để trống.", "unit.name.required")));
                case "state" -> checks.conflict("job.cancel.finished", "đã xong");
                case "missing" -> checks.notFound("problem.notFound");
                case "forbidden" -> checks.forbidden("problem.forbidden");
                case "stale" -> new OptimisticLockingFailureException("version 3 is not 4");
                default -> new IllegalStateException("a bug");
            };
        }

        @PostMapping("/api/v1/test/numbers")
        String numbers(@RequestBody Numbers numbers) {
            return "ok";
        }

        record Numbers(int count) {}
    }

    @Test
    void badInputIs400WithTheFieldsAndTheirCodes() throws Exception {
        mvc.perform(get("/api/v1/test/refuse/invalid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("problem.invalidInput"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("unit.name.required"))
                .andExpect(jsonPath("$.detail").value("Tên không được để trống."));
    }

    @Test
    void aWrongStateIs409WithItsOwnCode() throws Exception {
        mvc.perform(get("/api/v1/test/refuse/state"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("job.cancel.finished"))
                .andExpect(jsonPath("$.title").value("Xung đột dữ liệu"));
    }

    @Test
    void aStaleVersionIs409() throws Exception {
        mvc.perform(get("/api/v1/test/refuse/stale"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("problem.conflict"));
    }

    @Test
    void missingIs404AndNotAllowedIs403() throws Exception {
        mvc.perform(get("/api/v1/test/refuse/missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("problem.notFound"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy dữ liệu yêu cầu."));
        mvc.perform(get("/api/v1/test/refuse/forbidden"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("problem.forbidden"));
    }

    @Test
    void aBugIs500WithoutItsStackTrace() throws Exception {
        mvc.perform(get("/api/v1/test/refuse/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("problem.unexpected"))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("IllegalStateException"))));
    }

    @Test
    void theFrameworksOwnRefusalsCarryCodesToo() throws Exception {
        mvc.perform(post("/api/v1/test/numbers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"count\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("problem.invalidInput"))
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[0].code").value("problem.wrongType"));
        mvc.perform(post("/api/v1/test/refuse/state"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("problem.methodNotAllowed"));
        mvc.perform(post("/api/v1/test/numbers")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("7"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("problem.unsupportedMediaType"));
    }
}

package vn.thidua.scoring.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.SignInStage;
import vn.thidua.platform.security.SignedInUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.Consolidation;
import vn.thidua.scoring.DiscrepancySettlement;
import vn.thidua.scoring.EntryInput;
import vn.thidua.scoring.EvidenceService;
import vn.thidua.scoring.InspectionAssignment;
import vn.thidua.scoring.ObjectionHandling;
import vn.thidua.scoring.ResultLock;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.SheetFilling;
import vn.thidua.scoring.TemplateService;

/**
 * The scoring API alone, its use cases mocked: each kind of refusal reaches the caller with its
 * status and the code a calling system acts on. Security's filters are left out (they have their
 * own tests); the signed-in user is put in the security context as the filters would.
 */
@WebMvcTest(
        controllers = ScoringApi.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Filter.class))
@AutoConfigureMockMvc(addFilters = false)
@Import({Messages.class, ScoringSteps.class})
class ScoringApiSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TemplateService templates;

    @MockitoBean
    ScoringService scoring;

    @MockitoBean
    EvidenceService evidence;

    @MockitoBean
    ResultService results;

    @MockitoBean
    SheetFilling sheets;

    @MockitoBean
    InspectionAssignment inspections;

    @MockitoBean
    DiscrepancySettlement discrepancies;

    @MockitoBean
    Consolidation consolidation;

    @MockitoBean
    ObjectionHandling objections;

    @MockitoBean
    ResultLock lock;

    @BeforeEach
    void signIn() {
        CurrentUser leader = new CurrentUser(1, "truong", "Trưởng khối", Role.UNIT_OFFICER, null, 10L, null);
        SignedInUser principal = new SignedInUser(leader, SignInStage.SIGNED_IN, true, SignedInUser.Method.PASSWORD);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWriteWithoutItsVersionIsBadInputWithTheCode() throws Exception {
        when(lock.lock(any(), eq(7L), eq(new ScoringRequests.RoundStep(null))))
                .thenThrow(new InvalidInputException(List.of(new Violation(
                        "version", "Thiếu phiên bản (version) của bản ghi đã đọc", "problem.versionRequired"))));
        mvc.perform(post("/api/v1/bloc-years/7/lock")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].code").value("problem.versionRequired"));
    }

    @Test
    void aStepTheRoundsStateDoesNotAllowIsAConflictWithItsCode() throws Exception {
        when(consolidation.consolidate(any(), eq(7L), any()))
                .thenThrow(new Conflict("consolidate.openDiscrepancies", "Còn 1 chênh lệch chưa chốt điểm."));
        mvc.perform(post("/api/v1/bloc-years/7/consolidate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"objectionFrom\":\"2025-01-01\",\"objectionUntil\":\"2025-01-05\",\"version\":3}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("consolidate.openDiscrepancies"))
                .andExpect(jsonPath("$.detail").value("Còn 1 chênh lệch chưa chốt điểm."));
    }

    @Test
    void aStepThisUserMayNotTakeIsForbiddenWithItsCode() throws Exception {
        when(discrepancies.resolve(any(), eq(7L), any()))
                .thenThrow(new Refused("round.ownUnit", "Đơn vị trưởng không tự chốt điểm của đơn vị mình"));
        mvc.perform(post("/api/v1/bloc-years/7/discrepancies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":10,\"criterionCode\":\"1.1\",\"points\":\"5\",\"reason\":\"x\","
                                + "\"version\":3}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("round.ownUnit"));
    }

    @Test
    void aMissingThingIsNotFound() throws Exception {
        when(sheets.save(any(), eq(7L), any(), anyLong(), any()))
                .thenThrow(new NotFoundException("round.notFound", "Năm thi đua này chưa áp dụng bảng tiêu chí."));
        mvc.perform(put("/api/v1/bloc-years/7/sheets/SELF/10")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"entries\":[{\"code\":\"1.1\",\"points\":7.5}]}"))
                .andExpect(status().isNotFound())
                // the problem's code for a 404 is the platform's to add (ApiProblems); its text is here already
                .andExpect(jsonPath("$.detail").value("Năm thi đua này chưa áp dụng bảng tiêu chí."));
    }

    @Test
    void theSheetsPointsReachTheUseCaseAsTypedText() throws Exception {
        when(sheets.save(
                        any(),
                        eq(7L),
                        any(),
                        eq(10L),
                        eq(new ScoringRequests.SaveSheet(2L, List.of(new EntryInput("1.1", "7.5", null, null))))))
                .thenThrow(new Conflict("sheet.submitted", "Phiếu đã nộp nên không sửa được nữa."));
        mvc.perform(put("/api/v1/bloc-years/7/sheets/SELF/10")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2,\"entries\":[{\"code\":\"1.1\",\"points\":7.5}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sheet.submitted"));
    }
}

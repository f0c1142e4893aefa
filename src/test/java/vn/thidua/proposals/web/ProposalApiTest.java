package vn.thidua.proposals.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.SignInStage;
import vn.thidua.platform.security.SignedInUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.ConferenceProposals;
import vn.thidua.proposals.CouncilVotes;
import vn.thidua.proposals.DecisionService;
import vn.thidua.proposals.DecisionSigning;
import vn.thidua.proposals.DossierEditing;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalDrafting;
import vn.thidua.proposals.ProposalReading;
import vn.thidua.proposals.PublicComments;
import vn.thidua.proposals.Review;
import vn.thidua.proposals.Submission;
import vn.thidua.proposals.SubmissionSigning;
import vn.thidua.signatures.SignedDocuments;

/**
 * The API's edge alone, its use cases stood in for: the version a write must carry, and each kind
 * of refusal answered with its status and its stable code.
 */
@WebMvcTest(controllers = {ProposalApi.class, ReviewApi.class})
@AutoConfigureMockMvc(addFilters = false)
@Import({ProposalPaths.class, BoardSteps.class, Checks.class, Messages.class})
class ProposalApiTest {

    private static final CurrentUser BOARD = new CurrentUser(7, "ban.test", "Ban", Role.BOARD, 1L, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Checks checks;

    @MockitoBean
    ProposalReading reading;

    @MockitoBean
    ProposalDrafting drafting;

    @MockitoBean
    ConferenceProposals conference;

    @MockitoBean
    DossierEditing editing;

    @MockitoBean
    Submission submission;

    @MockitoBean
    Review review;

    @MockitoBean
    PublicComments comments;

    @MockitoBean
    CouncilVotes council;

    @MockitoBean
    DecisionService decisions;

    @MockitoBean
    DossierService dossier;

    @MockitoBean
    DecisionSigning signing;

    @MockitoBean
    SubmissionSigning submissionSigning;

    @MockitoBean
    SignedDocuments signedDocuments;

    @BeforeEach
    void signedIn() {
        SignedInUser principal = new SignedInUser(BOARD, SignInStage.SIGNED_IN, true, SignedInUser.Method.PASSWORD);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, List.of()));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWriteWithoutTheVersionItReadIsRefusedWithItsCodeAndReachesNoUseCase() throws Exception {
        mvc.perform(post("/api/v1/proposals/5/publish")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].code").value("problem.versionRequired"));
        mvc.perform(post("/api/v1/proposals/5/start-review"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("problem.versionRequired"));
        verify(review, never()).publish(any(), anyLong(), any());
    }

    @Test
    void aStepOutOfTurnIsAConflictWithItsCode() throws Exception {
        when(review.publish(any(), eq(5L), eq(new ProposalCommands.Version(3L))))
                .thenThrow(checks.conflict("proposal.step.wrongState", "công khai danh sách", "Đã trình"));

        mvc.perform(post("/api/v1/proposals/5/publish")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("proposal.step.wrongState"))
                .andExpect(jsonPath("$.detail")
                        .value("Không thể công khai danh sách khi đề nghị đang ở bước \"Đã trình\"."));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        when(council.recordCouncil(any(), eq(5L), any())).thenThrow(new OptimisticLockingFailureException("stale"));

        mvc.perform(post("/api/v1/proposals/5/record-council")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").exists());
    }

    @Test
    void aStepThatIsNotTheUsersIsForbiddenWithItsCode() throws Exception {
        when(submission.submit(any(), eq(5L), any()))
                .thenThrow(checks.forbidden("proposal.step.notYours", "trình đề nghị"));

        mvc.perform(post("/api/v1/proposals/5/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("proposal.step.notYours"));
    }

    @Test
    void aMissingProposalOrAnUnknownStepIsNotFound() throws Exception {
        when(review.startReview(any(), eq(404L), any())).thenThrow(checks.notFound("proposal.notFound", 404L));

        mvc.perform(post("/api/v1/proposals/404/start-review")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("proposal.notFound"));
        mvc.perform(post("/api/v1/proposals/5/candidates/9/promote")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"))
                .andExpect(status().isNotFound());
    }
}

package vn.thidua.voting.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.SignInStage;
import vn.thidua.platform.security.SignedInUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.voting.BallotCasting;
import vn.thidua.voting.CloseVote;
import vn.thidua.voting.OpenVote;
import vn.thidua.voting.PaperCounting;
import vn.thidua.voting.VoteClosing;
import vn.thidua.voting.VoteCreation;
import vn.thidua.voting.VoteOpening;
import vn.thidua.voting.VotingService;

/**
 * The votes' API alone, its use cases stand-ins: each refusal answers its status with the code a
 * calling system acts on. The security chains are left out (they are the integration tests'); the
 * signed-in user is put where the application's own resolver finds it.
 */
@WebMvcTest(controllers = VotingApi.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({Messages.class, Checks.class, VoteSteps.class})
class VotingApiSliceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Checks checks;

    @MockitoBean
    VotingService voting;

    @MockitoBean
    VoteCreation creation;

    @MockitoBean
    VoteOpening opening;

    @MockitoBean
    BallotCasting casting;

    @MockitoBean
    VoteClosing closing;

    @MockitoBean
    PaperCounting paper;

    @BeforeEach
    void signIn() {
        CurrentUser chair = new CurrentUser(7, "chair", "Chủ trì", Role.UNIT_OFFICER, null, 3L, null);
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(
                        new SignedInUser(chair, SignInStage.SIGNED_IN, false, SignedInUser.Method.PASSWORD), null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions open(String body) throws Exception {
        return mvc.perform(post("/api/v1/votes/5/open")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aStepWithoutTheVersionItReadIsRefusedBeforeAnyUseCaseRuns() throws Exception {
        open("{\"present\": 3}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].code").value("problem.versionRequired"));
        verifyNoInteractions(opening);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        doThrow(new OptimisticLockingFailureException("vote 5 changed"))
                .when(opening)
                .open(any(), eq(5L), any(OpenVote.class));
        open("{\"present\": 3, \"version\": 1}").andExpect(status().isConflict());
    }

    @Test
    void theVotesStateIsAConflictWithItsCode() throws Exception {
        doThrow(checks.conflict("vote.closed")).when(closing).close(any(), eq(5L), any(CloseVote.class));
        mvc.perform(post("/api/v1/votes/5/close")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 4}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.closed"))
                .andExpect(jsonPath("$.detail").value("Cuộc biểu quyết đã kết thúc."));
    }

    @Test
    void whoMayNotIsForbiddenWithTheReason() throws Exception {
        doThrow(checks.forbidden("vote.notElector")).when(casting).cast(any(), anyLong(), any());
        mvc.perform(post("/api/v1/votes/5/ballots")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optionIds\": [1]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("vote.notElector"));
    }

    @Test
    void aVoteThatIsNotThereIsNotFound() throws Exception {
        doThrow(checks.notFound("vote.notFound", 5L)).when(opening).open(any(), eq(5L), any(OpenVote.class));
        open("{\"present\": 3, \"version\": 1}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy cuộc biểu quyết có mã 5."));
    }
}

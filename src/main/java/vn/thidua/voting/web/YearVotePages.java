package vn.thidua.voting.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.voting.CountingCommittee;
import vn.thidua.voting.ElectionConfirmation;
import vn.thidua.voting.ElectionService;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteCreation;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * A bloc year's votes: the list, the chair's creation of a vote, and the board's confirmation of
 * next year's leader and deputy from the counted elections.
 */
@Controller
record YearVotePages(
        VotingService voting,
        BlocService blocs,
        VoteCreation creation,
        CountingCommittee committee,
        ElectionService elections) {

    @PostMapping("/bloc-years/{yearId}/elections/confirm")
    String confirmElection(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ElectionConfirmation confirmation,
            RedirectAttributes redirect) {
        try {
            BlocYearView next = elections.confirm(user, yearId, confirmation);
            redirect.addFlashAttribute(
                    "saved",
                    "Đã xác nhận kết quả bầu: năm " + next.year() + " do "
                            + next.leader().name()
                            + " làm trưởng. Năm thi đua mới đã sẵn sàng để phát động và ký giao ước.");
            return "redirect:/bloc-years/" + next.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/bloc-years/" + yearId + "/votes";
    }

    @GetMapping("/bloc-years/{yearId}/votes")
    String list(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        common(model, scope);
        model.addAttribute("votes", voting.ofYear(user, yearId));
        model.addAttribute("proposals", elections.proposals(user, yearId));
        model.addAttribute("subjects", VoteSubject.values());
        model.addAttribute("methods", VoteMethod.values());
        model.addAttribute("electorates", VoteElectorate.values());
        model.addAttribute("trusteeCandidates", committee.candidates(scope, scope.board()));
        return "voting/list";
    }

    @PostMapping("/bloc-years/{yearId}/votes")
    String create(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestParam(required = false) VoteSubject subject,
            @RequestParam(required = false) VoteMethod method,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(required = false) List<Long> candidateUnitIds,
            @RequestParam(required = false) Integer maxChoices,
            @RequestParam(required = false) VoteElectorate electorate,
            @RequestParam(required = false) List<String> trustees,
            RedirectAttributes redirect) {
        List<String> lines = Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        try {
            VoteView created = creation.create(
                    user,
                    yearId,
                    new VoteCommand(
                            subject,
                            question,
                            method,
                            lines,
                            candidateUnitIds == null ? List.of() : candidateUnitIds,
                            maxChoices,
                            electorate == null ? VoteElectorate.MEMBER_UNITS : electorate,
                            method == VoteMethod.SECRET_BALLOT ? (trustees == null ? List.of() : trustees) : null));
            redirect.addFlashAttribute(
                    "saved",
                    method == VoteMethod.SECRET_BALLOT
                            ? "Đã tạo cuộc bỏ phiếu kín. Mỗi thành viên Ban kiểm phiếu tạo khóa của mình trên trang này; đủ khóa thì mở được."
                            : "Đã tạo cuộc biểu quyết. Mở biểu quyết khi hội nghị sẵn sàng.");
            return "redirect:/votes/" + created.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            return "redirect:/bloc-years/" + yearId + "/votes";
        }
    }

    /** What every page of a bloc year's votes shows of the year: the user's standing, the bloc, the year. */
    static void common(Model model, BlocYearScope scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("bloc", scope.bloc());
        model.addAttribute("year", scope.year());
    }
}

package vn.thidua.proposals.web;

import static vn.thidua.proposals.web.PageWrites.back;
import static vn.thidua.proposals.web.PageWrites.write;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.cycle.EnteredAfterwards;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.proposals.ConferenceProposals;
import vn.thidua.proposals.DecisionService;
import vn.thidua.proposals.DecisionSigning;
import vn.thidua.proposals.DossierEditing;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalDrafting;
import vn.thidua.proposals.ProposalReading;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.Submission;
import vn.thidua.proposals.SubmissionSigning;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.rules.domain.CommendationType;

/**
 * The proposal's list and page: what each role may do at the current step, the dossier and its
 * documents; the proposer's writes (the board's and the decider's are {@link ReviewPages}'). Every
 * write goes one way ({@link PageWrites#write}): the step's success, or its refusal shown on the page it came from.
 */
@Controller
record ProposalPages(
        ProposalReading reading,
        ProposalDrafting drafting,
        ConferenceProposals conference,
        DossierEditing editing,
        Submission submission,
        DecisionService decisions,
        DossierService dossier,
        BlocService blocs,
        ProposalPaths paths,
        Clock clock,
        EnteredAfterwards afterwards,
        DecisionSigning signing,
        SubmissionSigning submissionSigning) {

    @GetMapping("/proposals")
    String list(CurrentUser user, Model model) {
        model.addAttribute("proposals", reading.list(user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("years", drafting.proposableYears(user));
        model.addAttribute("types", CommendationType.values());
        return "proposals/list";
    }

    /** A unit's proposal for itself, or the board's: the bloc year, title, type and period; candidates come next. */
    @PostMapping("/proposals")
    String create(
            CurrentUser user,
            @RequestParam(required = false) Long blocYearId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String commendationType,
            @RequestParam(required = false) Integer periodFrom,
            @RequestParam(required = false) Integer periodTo,
            RedirectAttributes redirect) {
        boolean board = user.role() == Role.BOARD;
        ProposalCommands.Create command = new ProposalCommands.Create(
                blocYearId,
                board ? ProposerLevel.BOARD.name() : ProposerLevel.UNIT.name(),
                board ? null : user.unitId(),
                title,
                commendationType,
                periodFrom,
                periodTo);
        return write(
                        redirect,
                        "Đã lập đề nghị. Thêm tập thể, cá nhân được đề nghị.",
                        () -> drafting.create(user, command))
                .map(p -> back(p.id()))
                .orElse("redirect:/proposals");
    }

    @PostMapping("/bloc-years/{yearId}/proposals/from-conference")
    String fromConference(CurrentUser user, @PathVariable long yearId, RedirectAttributes redirect) {
        return write(
                        redirect,
                        "Đã lập đề nghị từ kết quả hội nghị. Các đơn vị viết phần thành tích của báo cáo.",
                        () -> conference.fromConference(user, yearId))
                .map(p -> back(p.id()))
                .orElse("redirect:/bloc-years/" + yearId + "/conference");
    }

    @GetMapping("/proposals/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        ProposalView p = reading.get(user, id);
        model.addAttribute("p", p);
        model.addAttribute("role", reading.roles(user, p));
        model.addAttribute("quota", submission.quotaBreaches(p));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("now", clock.instant());
        model.addAttribute("awards", editing.awardChoices(p));
        model.addAttribute("afterwards", afterwards.find(p.blocYearId()).orElse(null));
        // a unit proposes only for itself (the collective or its people)
        model.addAttribute(
                "members",
                blocs.scopeIfAny(user, p.blocYearId()).map(s -> s.year().members()).orElse(List.of()).stream()
                        .filter(m -> p.level() != ProposerLevel.UNIT || m.id() == p.proposerUnitId())
                        .toList());
        model.addAttribute("decisionSignature", signing.signature(p).orElse(null));
        model.addAttribute("decisionPlaces", signing.state(user, p).orElse(null));
        model.addAttribute("signsForTheBody", signing.appliesTheBodysSignature(user, p));
        model.addAttribute("signingToken", signing.tokenConfigured());
        model.addAttribute("submissionSignature", submissionSigning.signature(p).orElse(null));
        model.addAttribute("maySignSubmission", submissionSigning.maySign(user, p));
        if (p.status() == ProposalStatus.AWAITING_DECISION) {
            model.addAttribute(
                    "nextNumber",
                    decisions.nextNumber(p.authorityId(), LocalDate.now(clock).getYear()));
        }
        return "proposals/detail";
    }

    @PostMapping("/proposals/{id}/candidates")
    String addCandidate(
            CurrentUser user, @PathVariable long id, ProposalCommands.Candidate command, RedirectAttributes redirect) {
        write(redirect, "Đã thêm vào danh sách đề nghị.", () -> editing.addCandidate(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/delete")
    String removeCandidate(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            ProposalCommands.Version command,
            RedirectAttributes redirect) {
        write(redirect, "Đã bỏ khỏi danh sách đề nghị.", () -> editing.removeCandidate(user, id, candidateId, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/report")
    String report(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            ProposalCommands.Narrative command,
            RedirectAttributes redirect) {
        write(redirect, "Đã lưu báo cáo thành tích.", () -> editing.editNarrative(user, id, candidateId, command));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/files")
    String upload(
            CurrentUser user,
            @PathVariable long id,
            ProposalCommands.Upload command,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        String name = file == null ? null : file.getOriginalFilename();
        write(
                redirect,
                "Đã thêm tài liệu vào hồ sơ.",
                () -> editing.upload(user, id, command, name, file == null ? null : file.getBytes()));
        return back(id) + "#dossier";
    }

    @GetMapping("/proposals/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return ProposalPaths.download(reading.file(user, id, fileId));
    }

    @PostMapping("/proposals/{id}/submit")
    String submit(
            CurrentUser user, @PathVariable long id, ProposalCommands.Submit command, RedirectAttributes redirect) {
        write(redirect, "Đã trình đề nghị lên Ban Thi đua – Khen thưởng.", () -> submission.submit(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/decision")
    String decide(
            CurrentUser user, @PathVariable long id, ProposalCommands.Decision command, RedirectAttributes redirect) {
        write(redirect, "Đã ban hành quyết định; khen thưởng đã vào sổ.", () -> decisions.issue(user, id, command));
        return back(id);
    }

    @GetMapping("/proposals/{id}/documents/{name}.{format}")
    ResponseEntity<byte[]> document(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String name,
            @PathVariable String format,
            @RequestParam(required = false) Long candidateId) {
        return ProposalPaths.download(
                dossier.document(user, id, paths.document(name), candidateId, paths.format(format)));
    }
}

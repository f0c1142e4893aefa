package vn.thidua.proposals.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.documents.DocumentService;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.proposals.DecisionService;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalService;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.ReviewService;
import vn.thidua.proposals.domain.CandidateStep;
import vn.thidua.proposals.domain.ProposalStatus;

/** The proposal's page: what each role may do at the current step, the dossier, công khai, the council and the decision. */
@Controller
class ProposalPages {

    private static final String CONFLICT = "Đề nghị vừa được người khác cập nhật. Tải lại trang để xem bản mới.";

    private final ProposalService proposals;
    private final ReviewService review;
    private final DecisionService decisions;
    private final DossierService dossier;
    private final BlocService blocs;
    private final java.time.Clock clock;

    ProposalPages(
            ProposalService proposals,
            ReviewService review,
            DecisionService decisions,
            DossierService dossier,
            BlocService blocs,
            java.time.Clock clock) {
        this.proposals = proposals;
        this.review = review;
        this.decisions = decisions;
        this.dossier = dossier;
        this.blocs = blocs;
        this.clock = clock;
    }

    @GetMapping("/proposals")
    String list(CurrentUser user, Model model) {
        model.addAttribute("proposals", proposals.list(user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("years", proposals.proposableYears(user));
        model.addAttribute("types", vn.thidua.rules.domain.CommendationType.values());
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
        boolean board = user.role() == vn.thidua.platform.security.Role.BOARD;
        try {
            ProposalView p = proposals.create(
                    user,
                    new ProposalCommands.Create(
                            blocYearId,
                            board ? "BOARD" : "UNIT",
                            board ? null : user.unitId(),
                            title,
                            commendationType,
                            periodFrom,
                            periodTo));
            redirect.addFlashAttribute("saved", "Đã lập đề nghị. Thêm tập thể, cá nhân được đề nghị.");
            return "redirect:/proposals/" + p.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            return "redirect:/proposals";
        }
    }

    @PostMapping("/bloc-years/{yearId}/proposals/from-conference")
    String fromConference(CurrentUser user, @PathVariable long yearId, RedirectAttributes redirect) {
        try {
            ProposalView p = proposals.fromConference(user, yearId);
            redirect.addFlashAttribute(
                    "saved", "Đã lập đề nghị từ kết quả hội nghị. Các đơn vị viết phần thành tích của báo cáo.");
            return "redirect:/proposals/" + p.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            return "redirect:/bloc-years/" + yearId + "/conference";
        }
    }

    @GetMapping("/proposals/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        ProposalView p = proposals.get(user, id);
        model.addAttribute("p", p);
        model.addAttribute("role", proposals.roles(user, p));
        model.addAttribute("quota", proposals.quotaBreaches(p));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("now", clock.instant());
        model.addAttribute("awards", proposals.awardChoices(p));
        // a unit proposes only for itself (the collective or its people)
        model.addAttribute(
                "members",
                blocs.scopeIfAny(user, p.blocYearId()).map(s -> s.year().members()).orElse(List.of()).stream()
                        .filter(m -> p.level() != vn.thidua.proposals.domain.ProposerLevel.UNIT
                                || m.id() == p.proposerUnitId())
                        .toList());
        if (p.status() == ProposalStatus.AWAITING_DECISION) {
            model.addAttribute(
                    "nextNumber",
                    decisions.nextNumber(p.authorityId(), LocalDate.now(clock).getYear()));
        }
        return "proposals/detail";
    }

    @PostMapping("/proposals/{id}/candidates")
    String addCandidate(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String jobTitle,
            @RequestParam(required = false) String award,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã thêm vào danh sách đề nghị.",
                CONFLICT,
                () -> proposals.addCandidate(
                        user, id, new ProposalCommands.Candidate(kind, unitId, fullName, jobTitle, award, null)));
        return back(id);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/delete")
    String removeCandidate(
            CurrentUser user, @PathVariable long id, @PathVariable long candidateId, RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã bỏ khỏi danh sách đề nghị.",
                CONFLICT,
                () -> proposals.removeCandidate(user, id, candidateId));
        return back(id);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/report")
    String report(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestParam(required = false) String narrative,
            @RequestParam(required = false) String jobTitle,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã lưu báo cáo thành tích.",
                CONFLICT,
                () -> proposals.editNarrative(
                        user, id, candidateId, new ProposalCommands.Narrative(narrative, jobTitle, version)));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/files")
    String upload(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long candidateId,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã thêm tài liệu vào hồ sơ.",
                CONFLICT,
                () -> proposals.upload(
                        user,
                        id,
                        candidateId,
                        file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getBytes()));
        return back(id) + "#dossier";
    }

    @GetMapping("/proposals/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return download(proposals.file(user, id, fileId));
    }

    @PostMapping("/proposals/{id}/submit")
    String submit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String justification,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã trình đề nghị lên Ban Thi đua – Khen thưởng.",
                CONFLICT,
                () -> proposals.submit(user, id, new ProposalCommands.Submit(justification, version)));
        return back(id);
    }

    @PostMapping("/proposals/{id}/start-review")
    String startReview(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(redirect, "Đã nhận đề nghị để thẩm định.", CONFLICT, () -> review.startReview(user, id, version));
        return back(id);
    }

    @PostMapping("/proposals/{id}/return")
    String returnProposal(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã trả lại đề nghị cho người đề nghị.",
                CONFLICT,
                () -> review.returnProposal(user, id, new ProposalCommands.Reason(reason, version)));
        return back(id);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/checklist")
    String checklist(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestParam(defaultValue = "false") boolean dossier,
            @RequestParam(defaultValue = "false") boolean criteria,
            @RequestParam(defaultValue = "false") boolean quota,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã lưu kết quả thẩm định.",
                CONFLICT,
                () -> review.checklist(
                        user, id, candidateId, new ProposalCommands.Checklist(dossier, criteria, quota)));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/step/{step}")
    String candidateStep(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @PathVariable String step,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã cập nhật.",
                CONFLICT,
                () -> review.candidateStep(user, id, candidateId, candidateStep(step), reason));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/publish")
    String publish(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã công khai danh sách trên trang công khai.",
                CONFLICT,
                () -> review.publish(user, id, version));
        return back(id);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/spam")
    String spam(CurrentUser user, @PathVariable long id, @PathVariable long commentId, RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã đánh dấu ý kiến không liên quan; ý kiến này không cần trả lời.",
                CONFLICT,
                () -> review.markSpam(user, id, commentId));
        return back(id) + "#comments";
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã lưu câu trả lời.",
                CONFLICT,
                () -> review.answer(user, id, commentId, new ProposalCommands.Answer(answer)));
        return back(id) + "#comments";
    }

    @PostMapping("/proposals/{id}/close-public-comment")
    String closePublicComment(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã kết thúc công khai; cuộc biểu quyết của Hội đồng đã được tạo.",
                CONFLICT,
                () -> review.closePublicComment(user, id, version));
        return back(id);
    }

    @PostMapping("/proposals/{id}/record-council")
    String recordCouncil(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã ghi kết quả biểu quyết của Hội đồng.",
                CONFLICT,
                () -> review.recordCouncil(user, id, version));
        return back(id);
    }

    @PostMapping("/proposals/{id}/revote")
    String revote(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã tạo cuộc biểu quyết mới của Hội đồng cho các tập thể, cá nhân chưa có kết quả.",
                CONFLICT,
                () -> review.revote(user, id, version));
        return back(id);
    }

    @PostMapping("/proposals/{id}/decision")
    String decide(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer number,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate signedOn,
            @RequestParam(required = false) String signerName,
            @RequestParam(required = false) String signerTitle,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã ban hành quyết định; khen thưởng đã vào sổ.",
                CONFLICT,
                () -> decisions.issue(
                        user, id, new ProposalCommands.Decision(number, signedOn, signerName, signerTitle, version)));
        return back(id);
    }

    @GetMapping("/proposals/{id}/documents/{name}.{format}")
    ResponseEntity<byte[]> document(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String name,
            @PathVariable String format,
            @RequestParam(required = false) Long candidateId) {
        return download(dossier.document(user, id, documentOf(name), candidateId, formatOf(format)));
    }

    static ResponseEntity<byte[]> download(DocumentService.File file) {
        return vn.thidua.platform.files.Downloads.of(file.content(), file.name(), file.contentType());
    }

    static DossierService.Document documentOf(String name) {
        return switch (name) {
            case "to-trinh" -> DossierService.Document.SUBMISSION;
            case "bien-ban" -> DossierService.Document.MINUTES;
            case "bao-cao-thanh-tich" -> DossierService.Document.REPORT;
            case "quyet-dinh" -> DossierService.Document.DECISION;
            default -> throw new NotFoundException("Không có văn bản \"" + name + "\" trong hồ sơ.");
        };
    }

    static DocumentService.Format formatOf(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "docx" -> DocumentService.Format.DOCX;
            case "pdf" -> DocumentService.Format.PDF;
            default -> throw new NotFoundException("Định dạng \"" + format + "\" không có: chọn docx hoặc pdf.");
        };
    }

    static CandidateStep candidateStep(String step) {
        return switch (step) {
            case "return" -> CandidateStep.RETURN;
            case "reject" -> CandidateStep.REJECT;
            case "resubmit" -> CandidateStep.RESUBMIT;
            default -> throw new NotFoundException("Không có thao tác \"" + step + "\".");
        };
    }

    private static String back(long id) {
        return "redirect:/proposals/" + id;
    }
}

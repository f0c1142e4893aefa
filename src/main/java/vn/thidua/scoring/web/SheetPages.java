package vn.thidua.scoring.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.EvidenceService;
import vn.thidua.scoring.RoundView;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.SheetView;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.Stage;

/**
 * The score sheet's page: typing, saving, submitting, Excel, and the self-score's evidence. Uploading or
 * removing a file posts the sheet's typed lines too, so that the page comes back with them unsaved but
 * not lost.
 */
@Controller
@RequestMapping("/bloc-years/{yearId}/sheets")
record SheetPages(ScoringService scoring, EvidenceService evidence, ScoringSteps steps, Messages messages) {

    /** The flash attribute holding the lines as typed when the page went away for a file. */
    private static final String TYPED = "typed";

    @GetMapping("/{kind}/{unitId}")
    String sheet(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            Model model) {
        SheetView sheet = scoring.sheet(user, yearId, kind, unitId);
        ScoringRequests.SaveSheet typed =
                model.getAttribute(TYPED) instanceof ScoringRequests.SaveSheet form ? form : null;
        return sheetPage(user, yearId, model, sheet, typed != null ? typed : SheetLines.asRead(sheet));
    }

    @PostMapping("/{kind}/{unitId}")
    String saveSheet(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            @ModelAttribute("form") ScoringRequests.SaveSheet form,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        try {
            SheetView saved = steps.sheets().save(user, yearId, kind, unitId, SheetLines.asPosted(form));
            if ("submit".equals(action)) {
                steps.sheets().submit(user, yearId, kind, unitId, new ScoringRequests.SubmitSheet(saved.version()));
                redirect.addFlashAttribute("saved", "Đã nộp phiếu. Phiếu không sửa được nữa.");
                return "redirect:/bloc-years/" + yearId;
            }
            redirect.addFlashAttribute("saved", "Đã lưu nháp phiếu chấm.");
            return "redirect:" + path(yearId, kind, unitId);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return sheetPage(user, yearId, model, scoring.sheet(user, yearId, kind, unitId), form);
        } catch (Conflict e) {
            model.addAttribute("violations", List.of(new Violation(null, e.getMessage(), e.code())));
            return sheetPage(user, yearId, model, scoring.sheet(user, yearId, kind, unitId), form);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("violations", List.of(new Violation("version", messages.get("problem.conflict"))));
            model.addAttribute("conflict", true);
            return sheetPage(user, yearId, model, scoring.sheet(user, yearId, kind, unitId), form);
        }
    }

    private String sheetPage(
            CurrentUser user, long yearId, Model model, SheetView sheet, ScoringRequests.SaveSheet form) {
        BlocYearScope scope = scoring.scope(user, yearId);
        PageWrites.common(model, scope);
        RoundView round = scoring.round(user, yearId).orElseThrow();
        model.addAttribute("round", round);
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", false);
        }
        long writer = sheet.kind() == SheetKind.SELF
                ? sheet.unit().id()
                : sheet.scorer().id();
        boolean open = round.stage() == Stage.SCORING && (sheet.kind() == SheetKind.SELF || round.inspectionOpen());
        model.addAttribute(
                "editable",
                open && !sheet.submitted() && scope.memberUnitId() != null && scope.memberUnitId() == writer);
        Map<String, BigDecimal> selfPoints = new HashMap<>();
        boolean selfShown = false;
        if (sheet.kind() == SheetKind.INSPECTION && sheet.submitted()) {
            var self = scoring.selfBeside(user, yearId, sheet.unit().id());
            selfShown = self.isPresent();
            self.ifPresent(s -> s.lines().stream()
                    .filter(l -> l.points() != null)
                    .forEach(l -> selfPoints.put(l.criterion().code(), l.points())));
        }
        model.addAttribute("selfShown", selfShown);
        model.addAttribute("selfPoints", selfPoints);
        @SuppressWarnings("unchecked")
        List<Violation> errors = (List<Violation>) model.getAttribute("violations");
        SheetLines.showErrors(model, errors == null ? List.of() : errors);
        return "scoring/sheet";
    }

    @PostMapping("/{kind}/{unitId}/import")
    String importSheet(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            @RequestParam(required = false) Long version,
            @RequestParam MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        return PageWrites.act(
                redirect,
                "redirect:" + path(yearId, kind, unitId),
                "Đã nhập điểm từ tệp Excel (phiếu vẫn là bản nháp).",
                messages.get("problem.conflict"),
                () -> steps.sheets().importSheet(user, yearId, kind, unitId, version, file.getInputStream()));
    }

    /** An evidence file uploaded from the sheet's form: the lines typed so far come back as typed. */
    @PostMapping("/SELF/{unitId}/evidence")
    String addEvidence(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @ModelAttribute ScoringRequests.Evidence request,
            @ModelAttribute("form") ScoringRequests.SaveSheet form,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        // no file chosen: the browser sends a part without a name, refused as such rather than as "empty"
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        byte[] content = name.isBlank() ? null : file.getBytes();
        return keepingTyped(
                user,
                yearId,
                unitId,
                form,
                redirect,
                "Đã tải lên minh chứng " + name + ".",
                () -> evidence.add(user, yearId, unitId, request, name, content));
    }

    /** An evidence file removed while the self-score is a draft (refused once submitted). */
    @PostMapping("/SELF/{unitId}/evidence/{evidenceId}/remove")
    String removeEvidence(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @PathVariable long evidenceId,
            @ModelAttribute ScoringRequests.RemoveEvidence request,
            @ModelAttribute("form") ScoringRequests.SaveSheet form,
            RedirectAttributes redirect) {
        return keepingTyped(user, yearId, unitId, form, redirect, "Đã xóa minh chứng.", () -> {
            evidence.remove(user, yearId, unitId, evidenceId, request);
            return null;
        });
    }

    /**
     * Runs a change of the self-score's files and goes back to the sheet with the lines as typed. After a
     * change the typed lines are as current as the sheet (a file does not touch the scores), so they carry
     * its version; after a refusal they keep the version they were typed on.
     */
    private String keepingTyped(
            CurrentUser user,
            long yearId,
            long unitId,
            ScoringRequests.SaveSheet form,
            RedirectAttributes redirect,
            String success,
            Flash.Write write) {
        String back = PageWrites.act(
                redirect,
                "redirect:" + path(yearId, SheetKind.SELF, unitId),
                success,
                messages.get("problem.conflict"),
                write);
        ScoringRequests.SaveSheet typed = PageWrites.refused(redirect)
                ? form
                : form.withVersion(
                        scoring.sheet(user, yearId, SheetKind.SELF, unitId).version());
        redirect.addFlashAttribute(TYPED, typed);
        return back;
    }

    private static String path(long yearId, SheetKind kind, long unitId) {
        return "/bloc-years/" + yearId + "/sheets/" + kind + "/" + unitId;
    }
}

package vn.thidua.scoring.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import vn.thidua.cycle.CycleService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.EvidenceService;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.RoundView;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.SheetView;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.Stage;

/** The pages of a bloc's year: its progress, the score sheets, the assignment, discrepancies and results. */
@Controller
@RequestMapping("/bloc-years/{yearId}")
class BlocYearPages {

    private final ScoringService scoring;
    private final EvidenceService evidence;
    private final ResultService results;
    private final ScoringSteps steps;
    private final CycleService cycle;
    private final Messages messages;

    BlocYearPages(
            ScoringService scoring,
            EvidenceService evidence,
            ResultService results,
            ScoringSteps steps,
            CycleService cycle,
            Messages messages) {
        this.scoring = scoring;
        this.evidence = evidence;
        this.results = results;
        this.steps = steps;
        this.cycle = cycle;
        this.messages = messages;
    }

    @GetMapping
    String workspace(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = scoring.scope(user, yearId);
        common(model, scope);
        model.addAttribute("progress", results.progress(user, yearId));
        model.addAttribute("cycle", cycle.view(scope));
        Optional<RoundView> round = scoring.round(user, yearId);
        model.addAttribute("round", round.orElse(null));
        if ((scope.leader() || scope.board()) && (round.isEmpty() || round.get().stage() == Stage.SCORING)) {
            var usable = scoring.usableTemplates(scope);
            Long applied = round.map(RoundView::templateId).orElse(null);
            if (round.isEmpty() || usable.stream().anyMatch(t -> !Objects.equals(t.id(), applied))) {
                model.addAttribute("templates", usable);
            }
        }
        return "scoring/workspace";
    }

    @PostMapping("/template")
    String apply(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.ApplyTemplate request,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId,
                "Đã áp dụng bảng tiêu chí cho năm thi đua.",
                () -> scoring.apply(user, yearId, request));
    }

    // ---- sheets ----

    @GetMapping("/sheets/{kind}/{unitId}")
    String sheet(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            Model model) {
        SheetView sheet = scoring.sheet(user, yearId, kind, unitId);
        return sheetPage(user, yearId, model, sheet, SheetForm.of(sheet));
    }

    @PostMapping("/sheets/{kind}/{unitId}")
    String saveSheet(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            @ModelAttribute("form") SheetForm form,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        try {
            SheetView saved = steps.sheets().save(user, yearId, kind, unitId, form.request());
            if ("submit".equals(action)) {
                steps.sheets().submit(user, yearId, kind, unitId, new ScoringRequests.SubmitSheet(saved.version()));
                redirect.addFlashAttribute("saved", "Đã nộp phiếu. Phiếu không sửa được nữa.");
                return "redirect:/bloc-years/" + yearId;
            }
            redirect.addFlashAttribute("saved", "Đã lưu nháp phiếu chấm.");
            return "redirect:/bloc-years/" + yearId + "/sheets/" + kind + "/" + unitId;
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

    private String sheetPage(CurrentUser user, long yearId, Model model, SheetView sheet, SheetForm form) {
        BlocYearScope scope = scoring.scope(user, yearId);
        common(model, scope);
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
        @SuppressWarnings("unchecked")
        List<Violation> errors = (List<Violation>) model.getAttribute("violations");
        SheetForm.showErrors(model, errors == null ? List.of() : errors);
        return "scoring/sheet";
    }

    @PostMapping("/sheets/{kind}/{unitId}/import")
    String importSheet(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            @RequestParam(required = false) Long version,
            @RequestParam MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        String back = "redirect:/bloc-years/" + yearId + "/sheets/" + kind + "/" + unitId;
        return act(
                redirect,
                back,
                "Đã nhập điểm từ tệp Excel (phiếu vẫn là bản nháp).",
                () -> steps.sheets().importSheet(user, yearId, kind, unitId, version, file.getInputStream()));
    }

    @PostMapping("/sheets/SELF/{unitId}/evidence")
    String addEvidence(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @ModelAttribute ScoringRequests.Evidence request,
            @RequestParam MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/sheets/SELF/" + unitId,
                "Đã tải lên minh chứng " + file.getOriginalFilename() + ".",
                () -> evidence.add(user, yearId, unitId, request, file.getOriginalFilename(), content));
    }

    // ---- cross-inspection ----

    @GetMapping("/inspections")
    String inspections(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = scoring.scope(user, yearId);
        common(model, scope);
        model.addAttribute("round", scoring.round(user, yearId).orElse(null));
        Map<Long, Long> inspects = new LinkedHashMap<>();
        for (InspectionPair pair : scoring.inspections(user, yearId)) {
            inspects.put(pair.inspector(), pair.inspected());
        }
        model.addAttribute("inspects", inspects);
        return "scoring/inspections";
    }

    @PostMapping("/inspections/generate")
    String generate(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.RoundStep step,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/inspections",
                "Đã lập phân công: không đơn vị nào tự kiểm tra, không cặp nào kiểm tra lẫn nhau, tránh các cặp năm trước.",
                () -> steps.inspections().generate(user, yearId, step));
    }

    @PostMapping("/inspections")
    String saveInspections(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        List<InspectionPair> pairs = new ArrayList<>();
        Long version;
        try {
            version = form.get("version") == null || form.get("version").isBlank()
                    ? null
                    : Long.valueOf(form.get("version").strip());
            form.forEach((key, value) -> {
                if (key.startsWith("inspects-") && value != null && !value.isBlank()) {
                    pairs.add(new InspectionPair(
                            Long.parseLong(key.substring("inspects-".length())), Long.parseLong(value.strip())));
                }
            });
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("errors", List.of(messages.get("inspection.notMember")));
            return "redirect:/bloc-years/" + yearId + "/inspections";
        }
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/inspections",
                "Đã lưu phân công kiểm tra chéo.",
                () -> steps.inspections().save(user, yearId, new ScoringRequests.AssignInspections(pairs, version)));
    }

    @PostMapping("/inspections/open")
    String openInspections(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.RoundStep step,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId,
                "Đã mở kiểm tra chéo: các đơn vị chấm đơn vị được phân công.",
                () -> steps.inspections().open(user, yearId, step));
    }

    // ---- discrepancies, results, objections, lock ----

    @GetMapping("/discrepancies")
    String discrepancies(CurrentUser user, @PathVariable long yearId, Model model) {
        common(model, scoring.scope(user, yearId));
        model.addAttribute("round", scoring.round(user, yearId).orElseThrow());
        model.addAttribute("flags", results.discrepancies(user, yearId));
        return "scoring/discrepancies";
    }

    @PostMapping("/discrepancies")
    String resolve(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.Resolve request,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/discrepancies",
                "Đã chốt điểm tiêu chí " + request.criterionCode() + ".",
                () -> steps.discrepancies().resolve(user, yearId, request));
    }

    @GetMapping("/results")
    String results(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = scoring.scope(user, yearId);
        common(model, scope);
        ResultsView view = results.results(user, yearId);
        model.addAttribute("results", view);
        model.addAttribute("round", view.round());
        model.addAttribute("windowOpen", scoring.objectionsOpen(yearId, view.round()));
        model.addAttribute("chart", BarChart.of(view));
        return "scoring/results";
    }

    @GetMapping("/results/table")
    String detailTable(CurrentUser user, @PathVariable long yearId, Model model) {
        model.addAttribute("table", DetailTable.of(results.results(user, yearId)));
        return "scoring/results-table :: table";
    }

    @PostMapping("/consolidate")
    String consolidate(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.Consolidate request,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/results",
                "Đã tổng hợp kết quả. Các đơn vị xem bảng điểm và gửi ý kiến trong thời hạn.",
                () -> steps.consolidation().consolidate(user, yearId, request));
    }

    @PostMapping("/objections")
    String object(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.Objection request,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/results",
                "Đã gửi ý kiến tới đơn vị trưởng.",
                () -> steps.objections().object(user, yearId, request));
    }

    @PostMapping("/objections/{id}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long id,
            @ModelAttribute ScoringRequests.Answer request,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/results",
                "Đã trả lời ý kiến.",
                () -> steps.objections().answer(user, yearId, id, request));
    }

    @PostMapping("/lock")
    String lock(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.RoundStep step,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/results",
                "Đã khóa kết quả năm. Từ nay chỉ Ban điều chỉnh, có lý do và được ghi vết.",
                () -> steps.lock().lock(user, yearId, step));
    }

    @PostMapping("/adjustments")
    String adjust(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.Adjust request,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "redirect:/bloc-years/" + yearId + "/results",
                "Đã điều chỉnh điểm và ghi vết.",
                () -> steps.lock().adjust(user, yearId, request));
    }

    /**
     * Runs a write and goes back, with its success or its refusal shown there; a step the year's state
     * does not allow is shown the same way as bad input, since the page only needs to say why.
     */
    private String act(RedirectAttributes redirect, String back, String success, Flash.Write write) {
        Flash.run(redirect, success, messages.get("problem.conflict"), () -> {
            try {
                return write.run();
            } catch (Conflict e) {
                throw new InvalidInputException(List.of(new Violation(null, e.getMessage(), e.code())));
            }
        });
        return back;
    }

    private void common(Model model, BlocYearScope scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("bloc", scope.bloc());
        model.addAttribute("year", scope.year());
    }
}

package vn.thidua.scoring.web;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.Messages;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.RoundStatus;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.Stage;

/**
 * The pages of a bloc's year: its progress, the assignment, discrepancies and results (the sheets: {@link SheetPages}).
 */
@Controller
@RequestMapping("/bloc-years/{yearId}")
record BlocYearPages(
        ScoringService scoring, ResultService results, ScoringSteps steps, Messages messages, Clock clock) {

    @GetMapping
    String workspace(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = scoring.scope(user, yearId);
        common(model, scope);
        ResultService.WorkspaceView workspace = results.workspace(scope);
        model.addAttribute("progress", workspace);
        model.addAttribute(
                "progressRows",
                ProgressRow.of(
                        workspace.members(), scope.year(), scope.bloc().kind().name(), messages));
        model.addAttribute("cycle", workspace.cycle());
        // the application's clock, not the server's: a past year is past by the product's calendar
        model.addAttribute("thisYear", Year.now(clock).getValue());
        Optional<RoundStatus> round = workspace.round();
        model.addAttribute("round", round.orElse(null));
        if ((scope.leader() || scope.board()) && (round.isEmpty() || round.get().stage() == Stage.SCORING)) {
            var usable = scoring.templateChoices(scope);
            Long applied = round.map(RoundStatus::templateId).orElse(null);
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
        return PageWrites.actKeeping(
                redirect,
                "redirect:/bloc-years/" + yearId + "/discrepancies",
                "Đã chốt điểm tiêu chí " + request.criterionCode() + ".",
                messages.get("problem.conflict"),
                "typedResolve",
                request,
                () -> steps.discrepancies().resolve(user, yearId, request));
    }

    @GetMapping("/results")
    String results(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = scoring.scope(user, yearId);
        common(model, scope);
        ResultsView view = results.resultsOf(scope);
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
        return PageWrites.actKeeping(
                redirect,
                "redirect:/bloc-years/" + yearId + "/results",
                "Đã tổng hợp kết quả. Các đơn vị xem bảng điểm và gửi ý kiến trong thời hạn.",
                messages.get("problem.conflict"),
                "typedConsolidate",
                request,
                () -> steps.consolidation().consolidate(user, yearId, request));
    }

    @PostMapping("/objections")
    String object(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ScoringRequests.Objection request,
            RedirectAttributes redirect) {
        return PageWrites.actKeeping(
                redirect,
                "redirect:/bloc-years/" + yearId + "/results",
                "Đã gửi ý kiến tới đơn vị trưởng.",
                messages.get("problem.conflict"),
                "typedObjection",
                request,
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

    private String act(RedirectAttributes redirect, String back, String success, Flash.Write write) {
        return PageWrites.act(redirect, back, success, messages.get("problem.conflict"), write);
    }

    private void common(Model model, BlocYearScope scope) {
        PageWrites.common(model, scope);
    }
}

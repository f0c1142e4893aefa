package vn.thidua.cycle.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.cycle.AfterwardsCommand;
import vn.thidua.cycle.ConferenceCommand;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.CovenantCommand;
import vn.thidua.cycle.CycleService;
import vn.thidua.cycle.CycleView;
import vn.thidua.cycle.EnteredAfterwards;
import vn.thidua.cycle.LaunchCommand;
import vn.thidua.cycle.SignCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Saved;
import vn.thidua.platform.xlsx.XlsxTable;

/** The leader's launch page and each unit's covenant page. */
@Controller
@RequestMapping("/bloc-years/{yearId}")
record CyclePages(
        CycleService cycle,
        BlocService blocs,
        ConferenceService conferences,
        EnteredAfterwards afterwards,
        Messages messages) {

    /**
     * The board marks a past year as entered afterwards; a refusal comes back to the workspace with the reason kept.
     */
    @PostMapping("/afterwards")
    String markAfterwards(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute AfterwardsCommand command,
            RedirectAttributes redirect) {
        try {
            afterwards.mark(user, yearId, command);
            redirect.addFlashAttribute("saved", messages.get("afterwards.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(v -> v.message()).toList());
            redirect.addFlashAttribute("afterwardsReason", command.reason());
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
            redirect.addFlashAttribute("afterwardsReason", command.reason());
        }
        return "redirect:/bloc-years/" + yearId;
    }

    @GetMapping("/conference")
    String conference(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        ConferenceCommand command = conferences
                .get(scope)
                .map(c -> new ConferenceCommand(
                        c.heldOn(),
                        c.place(),
                        c.host() == null ? null : c.host().id(),
                        c.chair(),
                        c.secretary(),
                        c.attendees(),
                        c.guests(),
                        c.agenda(),
                        c.adopted(),
                        c.outcomes(),
                        c.version()))
                .orElseGet(
                        () -> new ConferenceCommand(null, null, null, null, null, null, null, null, null, null, null));
        return conferencePage(model, scope, command);
    }

    @PostMapping("/conference")
    String saveConference(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute("conference") ConferenceCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        BlocYearScope scope = blocs.scope(user, yearId);
        return FormWrite.submit(
                result,
                "Hồ sơ hội nghị vừa được người khác sửa. Tải lại trang để xem bản mới.",
                Saved.after(
                        () -> conferences.save(user, yearId, command),
                        redirect,
                        "Đã lưu hồ sơ hội nghị.",
                        "/bloc-years/" + yearId + "/conference"),
                () -> conferencePage(model, scope, command));
    }

    @PostMapping("/conference/sign")
    String signConference(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            conferences.sign(user, yearId, version);
            redirect.addFlashAttribute("saved", "Đã ký biên bản; hồ sơ hội nghị đã khóa.");
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(
                    "errors", List.of("Hồ sơ hội nghị vừa được người khác sửa. Tải lại trang để xem bản mới."));
        }
        return "redirect:/bloc-years/" + yearId + "/conference";
    }

    private String conferencePage(Model model, BlocYearScope scope, ConferenceCommand command) {
        common(model, scope);
        FormErrors.show(model, "conference", command);
        model.addAttribute("record", conferences.get(scope).orElse(null));
        model.addAttribute("canEdit", scope.leader() || scope.board());
        return "cycle/conference";
    }

    @GetMapping("/launch")
    String launchForm(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        CycleView view = cycle.view(scope);
        LaunchCommand command = view.launched()
                ? new LaunchCommand(
                        view.launch().launchedOn(),
                        view.launch().text(),
                        String.join("\n", view.launch().movements()),
                        view.launch().version())
                : new LaunchCommand(null, null, null, null);
        return launchPage(model, scope, view, command);
    }

    @PostMapping("/launch")
    String launch(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute("launch") LaunchCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        BlocYearScope scope = blocs.scope(user, yearId);
        return FormWrite.submit(
                result,
                "Nội dung phát động vừa được người khác sửa. Tải lại trang để xem bản mới.",
                Saved.after(
                        () -> cycle.launch(user, yearId, command),
                        redirect,
                        "Đã phát động thi đua. Các đơn vị thành viên đăng ký chỉ tiêu và ký giao ước.",
                        "/bloc-years/" + yearId),
                () -> launchPage(model, scope, cycle.view(scope), command));
    }

    private String launchPage(Model model, BlocYearScope scope, CycleView view, LaunchCommand command) {
        common(model, scope);
        model.addAttribute("cycle", view);
        FormErrors.show(model, "launch", command);
        model.addAttribute("canEdit", scope.leader() || scope.board());
        return "cycle/launch";
    }

    @GetMapping("/covenants.xlsx")
    void exportCovenants(CurrentUser user, @PathVariable long yearId, HttpServletResponse response) throws IOException {
        XlsxTable.<CycleView.Covenant>of(
                        "Giao ước",
                        List.of(
                                XlsxTable.column("Đơn vị", 40, c -> c.unit().name()),
                                XlsxTable.column("Chỉ tiêu đăng ký", 70, CycleView.Covenant::targets),
                                XlsxTable.column("Người ký", 30, CycleView.Covenant::signerName),
                                XlsxTable.column("Chức vụ", 20, CycleView.Covenant::signerPosition),
                                XlsxTable.column("Đã ký", 10, c -> c.signed() ? "Đã ký" : "Chưa ký")))
                .write(cycle.view(user, yearId).covenants(), response, "giao-uoc-" + yearId + ".xlsx");
    }

    @GetMapping("/covenant/{unitId}")
    String covenant(CurrentUser user, @PathVariable long yearId, @PathVariable long unitId, Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        CycleView view = cycle.view(scope);
        CycleView.Covenant mine = view.covenantOf(unitId);
        CovenantCommand command =
                mine == null ? new CovenantCommand(null, null) : new CovenantCommand(mine.targets(), mine.version());
        return covenantPage(model, scope, view, unitId, command, new SignCommand(null, null, null));
    }

    @PostMapping("/covenant/{unitId}")
    String saveTargets(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @ModelAttribute("covenant") CovenantCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        BlocYearScope scope = blocs.scope(user, yearId);
        return FormWrite.submit(
                result,
                "Chỉ tiêu vừa được người khác sửa. Tải lại trang để xem bản mới.",
                Saved.after(
                        () -> cycle.saveTargets(user, yearId, unitId, command),
                        redirect,
                        "Đã lưu chỉ tiêu đăng ký. Khi đã thống nhất, hãy ký giao ước.",
                        "/bloc-years/" + yearId + "/covenant/" + unitId),
                () -> covenantPage(
                        model, scope, cycle.view(scope), unitId, command, new SignCommand(null, null, null)));
    }

    @PostMapping("/covenant/{unitId}/sign")
    String sign(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @ModelAttribute("signature") SignCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        BlocYearScope scope = blocs.scope(user, yearId);
        return FormWrite.submit(
                result,
                "Giao ước vừa được ký. Tải lại trang.",
                Saved.after(
                        () -> cycle.sign(user, yearId, unitId, command),
                        redirect,
                        "Đã ký giao ước thi đua.",
                        "/bloc-years/" + yearId),
                () -> {
                    CycleView view = cycle.view(scope);
                    CycleView.Covenant mine = view.covenantOf(unitId);
                    return covenantPage(
                            model,
                            scope,
                            view,
                            unitId,
                            new CovenantCommand(mine == null ? null : mine.targets()),
                            command);
                });
    }

    private String covenantPage(
            Model model,
            BlocYearScope scope,
            CycleView view,
            long unitId,
            CovenantCommand covenant,
            SignCommand signature) {
        if (view.covenantOf(unitId) == null) {
            throw new NotFoundException("Đơn vị có mã " + unitId + " không phải thành viên của khối trong năm này.");
        }
        common(model, scope);
        model.addAttribute("cycle", view);
        model.addAttribute("entry", view.covenantOf(unitId));
        FormErrors.show(model, "covenant", covenant);
        FormErrors.show(model, "signature", signature);
        model.addAttribute("canEdit", scope.memberUnitId() != null && scope.memberUnitId() == unitId);
        return "cycle/covenant";
    }

    private static void common(Model model, BlocYearScope scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("bloc", scope.bloc());
        model.addAttribute("year", scope.year());
    }

    /** A form's write: where to go once done, or null with its refusal put beside the form's fields. */
}

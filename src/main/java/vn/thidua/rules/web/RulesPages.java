package vn.thidua.rules.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.rules.CandidateListService;
import vn.thidua.rules.EligibilityService;
import vn.thidua.rules.ParameterCommand;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.ParameterView;
import vn.thidua.rules.QuestionYears;
import vn.thidua.rules.ScreeningService;
import vn.thidua.rules.ScreeningView;
import vn.thidua.rules.SubjectService;
import vn.thidua.rules.SubjectView;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.rules.domain.Question;

/**
 * Pages of the rules feature: parameters with their legal basis, screenings, a subject's answers.
 * Longer than 400 lines because the three share one navigation and its scope checks; a few lines
 * over, to be split when the subject's page gains its history editor (issue 19).
 */
@Controller
@RequestMapping("/rules")
record RulesPages(
        CandidateListService candidateLists,
        ParameterService parameters,
        ScreeningService screenings,
        SubjectService subjects,
        EligibilityService eligibility,
        UnitService units,
        AuthorityService authorities,
        Messages messages,
        QuestionYears years) {

    @GetMapping("/parameters")
    String parameters(CurrentUser user, Model model) {
        model.addAttribute("parameters", parameters.all());
        model.addAttribute(
                "canAddRegional", user.isAdmin() || user.role().name().equals("BOARD"));
        return "rules/parameters";
    }

    @GetMapping("/parameters/export.xlsx")
    void exportParameters(HttpServletResponse response) throws IOException {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        XlsxTable.<ParameterView>of(
                        "Tham số pháp lý",
                        List.of(
                                XlsxTable.column("Tham số", 50, p -> messages.get("parameterKey." + p.key())),
                                XlsxTable.column("Giá trị", 10, ParameterView::value),
                                XlsxTable.column("Từ ngày", 12, p -> day.format(p.validFrom())),
                                XlsxTable.column(
                                        "Đến ngày", 12, p -> p.validTo() == null ? "nay" : day.format(p.validTo())),
                                XlsxTable.column("Căn cứ", 60, p -> p.basis().citation()),
                                XlsxTable.column(
                                        "Phạm vi",
                                        25,
                                        p -> p.authorityName() == null ? "Toàn quốc" : p.authorityName()),
                                XlsxTable.column("Đã kiểm chứng", 12, p -> p.verified() ? "Có" : "Cần kiểm tra")))
                .write(parameters.all(), response, "tham-so-phap-ly.xlsx");
    }

    @GetMapping("/parameters/{id}")
    String parameter(CurrentUser user, @PathVariable long id, Model model) {
        ParameterView p = parameters.get(id);
        if (!model.containsAttribute("edit")) {
            model.addAttribute("edit", ParameterCommand.editing(p));
        }
        model.addAttribute("parameter", p);
        model.addAttribute("changes", parameters.changes(id));
        model.addAttribute("canEdit", parameters.canEdit(user, p));
        return "rules/parameter";
    }

    @PostMapping("/parameters/{id}")
    String updateParameter(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("edit") ParameterCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    parameters.update(user, id, command);
                    redirect.addFlashAttribute("saved", "Đã lưu tham số; thay đổi được ghi vào nhật ký.");
                    return "redirect:/rules/parameters/" + id;
                },
                () -> {
                    FormErrors.show(model, "edit", command);
                    return parameter(user, id, model);
                });
    }

    @GetMapping("/parameters/new")
    String newRegional(CurrentUser user, @RequestParam(required = false) String key, Model model) {
        ParameterCommand command = ParameterCommand.provincial(
                key == null ? ParameterKey.BLOC_FLAG_QUOTA.name() : key,
                user.authorityId(),
                LocalDate.of(Year.now().getValue(), 1, 1));
        return regionalForm(user, model, command);
    }

    @PostMapping("/parameters")
    String addRegional(
            CurrentUser user,
            @ModelAttribute("edit") ParameterCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    ParameterView created = parameters.addRegional(user, command);
                    redirect.addFlashAttribute(
                            "saved", "Đã thêm giá trị theo quy chế của " + created.authorityName() + ".");
                    return "redirect:/rules/parameters/" + created.id();
                },
                () -> regionalForm(user, model, command));
    }

    private String regionalForm(CurrentUser user, Model model, ParameterCommand command) {
        FormErrors.show(model, "edit", command);
        model.addAttribute("keys", ParameterKey.REGIONAL);
        model.addAttribute(
                "authorities",
                authorities.all().stream()
                        .filter(a -> user.isAdmin() || user.isBoardOf(a.id()))
                        .toList());
        return "rules/parameter-new";
    }

    @GetMapping("/screenings/new")
    String newScreening(CurrentUser user, @RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("year", Year.now().getValue() - 1);
        model.addAttribute("unitId", unitId);
        model.addAttribute(
                "units",
                units.activeUnits().stream()
                        .filter(u -> subjects.mayAccessUnit(user, u))
                        .toList());
        return "rules/screening-new";
    }

    @PostMapping("/screenings")
    String startForUnit(CurrentUser user, @RequestParam long unitId, @RequestParam int year, Model model) {
        try {
            ScreeningView run = screenings.startForUnit(user, unitId, year);
            return "redirect:/rules/screenings/" + run.id();
        } catch (InvalidInputException e) {
            return screeningFormAgain(user, unitId, year, e, model);
        }
    }

    @PostMapping("/screenings/upload")
    String startForUpload(
            CurrentUser user,
            @RequestParam int year,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(new Violation("file", "Cần chọn tệp Excel (.xlsx) theo mẫu.")));
            }
            ScreeningView run = screenings.startForUpload(user, year, unitId, file.getInputStream());
            return "redirect:/rules/screenings/" + run.id();
        } catch (InvalidInputException e) {
            return screeningFormAgain(user, unitId, year, e, model);
        }
    }

    /** The screening's form again, with the year and unit asked and why the start was refused. */
    private String screeningFormAgain(
            CurrentUser user, Long unitId, int year, InvalidInputException refusal, Model model) {
        newScreening(user, unitId, model);
        model.addAttribute("year", year);
        model.addAttribute("uploadErrors", refusal.violations());
        return "rules/screening-new";
    }

    @GetMapping("/screenings/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam int year) {
        return xlsx("mau-ra-soat-" + year + ".xlsx", screenings.template(year));
    }

    @GetMapping("/screenings/{id}")
    String screening(CurrentUser user, @PathVariable long id, HttpServletRequest request, Model model) {
        ScreeningView run = screenings.get(user, id);
        model.addAttribute("run", run);
        if ("DONE".equals(run.status())) {
            model.addAttribute("results", screenings.results(user, id, 1000));
        }
        return request.getHeader("HX-Request") != null ? "rules/screening :: progress" : "rules/screening";
    }

    /** Whoever may see the run may cancel it; the page then shows it cancelled (or ended, if it ended first). */
    @PostMapping("/screenings/{id}/cancel")
    String cancelScreening(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            screenings.cancel(user, id);
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/rules/screenings/" + id;
    }

    @GetMapping("/screenings/{id}/results.xlsx")
    void screeningXlsx(CurrentUser user, @PathVariable long id, HttpServletResponse response) throws IOException {
        screenings.get(user, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ket-qua-ra-soat-" + id + ".xlsx\"");
        screenings.writeXlsx(user, id, response.getOutputStream());
    }

    /** The candidate list as checked, as Excel (same parameters as the page). */
    @GetMapping("/units/{unitId}/candidates.xlsx")
    void candidatesXlsx(
            CurrentUser user,
            @PathVariable long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> parameters,
            HttpServletResponse response)
            throws IOException {
        int asked = years.asked(year);
        Map<Long, Award> choices = choices(parameters);
        XlsxTable.<CandidateListService.Candidate>of(
                        "Danh sách đề nghị " + asked,
                        List.of(
                                XlsxTable.column(
                                        "Họ và tên (tên tập thể)",
                                        40,
                                        c -> c.subject().fullName()),
                                XlsxTable.column("Đề nghị", 40, c -> c.award().label()),
                                XlsxTable.column("Kết quả kiểm tra", 20, c -> switch (c.answer()
                                        .verdict()) {
                                    case ELIGIBLE -> "Đủ điều kiện";
                                    case NOT_ELIGIBLE -> "Chưa đủ điều kiện";
                                    case NEEDS_CHECK -> "Cần kiểm tra";
                                }),
                                XlsxTable.column(
                                        "Căn cứ", 40, c -> c.answer().regime().description())))
                .write(
                        candidateLists.check(user, unitId, asked, choices).candidates(),
                        response,
                        "danh-sach-de-nghi-" + asked + ".xlsx");
    }

    /** Candidates of a unit with the award intended for each (parameters award_<subjectId>=CODE). */
    @GetMapping("/units/{unitId}/candidates")
    String candidates(
            CurrentUser user,
            @PathVariable long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> parameters,
            Model model) {
        int asked = years.asked(year);
        Map<Long, Award> choices = choices(parameters);
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("year", asked);
        model.addAttribute("choices", choices);
        model.addAttribute("awards", Award.values());
        model.addAttribute("list", candidateLists.check(user, unitId, asked, choices));
        return "rules/candidates";
    }

    /**
     * The award intended for each subject, from the parameters award_{subjectId}=CODE of the page and its
     * workbook alike: an unknown code or id (a hand-edited address) is simply not a choice, the row shown without one.
     */
    private static Map<Long, Award> choices(Map<String, String> parameters) {
        Map<Long, Award> choices = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("award_") && !value.isBlank()) {
                try {
                    choices.put(Long.parseLong(name.substring(6)), Award.valueOf(value));
                } catch (IllegalArgumentException ignored) {
                    // not a choice
                }
            }
        });
        return choices;
    }

    @GetMapping("/units/{unitId}/subjects")
    String unitSubjects(CurrentUser user, @PathVariable long unitId, Model model) {
        UnitView unit = units.get(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("subjects", subjects.ofUnit(user, unitId));
        return "rules/subjects";
    }

    @GetMapping("/units/{unitId}/subjects/export.xlsx")
    void exportSubjects(CurrentUser user, @PathVariable long unitId, HttpServletResponse response) throws IOException {
        XlsxTable.<SubjectView>of(
                        "Cán bộ, tập thể",
                        List.of(
                                XlsxTable.column("Họ và tên (tên tập thể)", 40, SubjectView::fullName),
                                XlsxTable.column(
                                        "Đối tượng",
                                        12,
                                        s -> s.kind().name().equals("INDIVIDUAL") ? "Cá nhân" : "Tập thể"),
                                XlsxTable.column("Chức vụ", 30, SubjectView::position),
                                XlsxTable.column("Đơn vị", 40, SubjectView::unitName)))
                .write(subjects.ofUnit(user, unitId), response, "can-bo-tap-the.xlsx");
    }

    @GetMapping("/subjects/{id}")
    String subject(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consideredOn,
            Model model) {
        SubjectView subject = subjects.readable(user, id);
        int asked = years.asked(year);
        // a review is held in its year's December at the earliest; an earlier day is answered as the usual review
        boolean refused = consideredOn != null
                && (consideredOn.getYear() < asked
                        || consideredOn.getYear() > years.bounds().last() + 1);
        LocalDate day = consideredOn == null || refused ? Question.usualConsideration(asked) : consideredOn;
        History history = subjects.historyOf(subject.id(), subject.kind(), subject.unitId(), subject.fullName(), asked);
        Map<Award, Answer> answers = eligibility.answers(asked, history, eligibility.authorityFor(user, subject), day);
        model.addAttribute("subject", subject);
        model.addAttribute("history", history);
        model.addAttribute("year", asked);
        model.addAttribute("consideredOn", day);
        model.addAttribute("consideredOnRefused", refused);
        model.addAttribute("answers", answers);
        return "rules/subject";
    }

    private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}

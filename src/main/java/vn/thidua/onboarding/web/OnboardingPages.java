package vn.thidua.onboarding.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.onboarding.OnboardingService;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;

/** The onboarding page: the template, the upload, then the run's progress bar and its report. */
@Controller
@RequestMapping("/onboarding")
record OnboardingPages(OnboardingService service, OnboardingRuns runs, Messages messages) {

    private static final String RUN_NOT_FOUND = "onboarding.run.notFound";

    @GetMapping
    String form(CurrentUser user) {
        service.requireMayImport(user);
        return "onboarding/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(CurrentUser user) {
        return Downloads.xlsx(service.template(user), OnboardingApi.TEMPLATE_NAME);
    }

    @PostMapping
    String start(CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        service.requireMayImport(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(messages.get("onboarding.file.required")));
            return "onboarding/import";
        }
        return "redirect:/onboarding/runs/" + runs.start(user, file.getBytes());
    }

    @GetMapping("/runs/{id}")
    String run(CurrentUser user, @PathVariable long id, HttpServletRequest request, Model model) {
        // another person's run is answered as missing: its report holds activation links
        model.addAttribute(
                "run",
                runs.get(user, id)
                        .orElseThrow(() -> new NotFoundException(RUN_NOT_FOUND, messages.get(RUN_NOT_FOUND))));
        return request.getHeader("HX-Request") != null ? "onboarding/run :: progress" : "onboarding/run";
    }
}

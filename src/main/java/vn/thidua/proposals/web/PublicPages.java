package vn.thidua.proposals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.PublicComments;

/** Công khai: the lists proposed for awards, readable and open to comment without signing in. */
@Controller
class PublicPages {

    private final PublicComments review;

    private final int contactRetentionDays;

    PublicPages(
            PublicComments review,
            @Value("${thidua.public-comment.contact-retention-days:30}") int contactRetentionDays) {
        this.review = review;
        this.contactRetentionDays = contactRetentionDays;
    }

    @GetMapping("/public/proposals")
    String list(Model model) {
        model.addAttribute("proposals", review.publicList());
        return "public/list";
    }

    @GetMapping("/public/proposals/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("p", review.publicView(id));
        model.addAttribute("contactRetentionDays", contactRetentionDays);
        return "public/detail";
    }

    @PostMapping("/public/proposals/{id}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String authorName,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) Long candidateId,
            @RequestParam(required = false) String body,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ProposalCommands.Comment command = new ProposalCommands.Comment(authorName, contact, candidateId, body);
        try {
            review.comment(id, command, request.getRemoteAddr());
            redirect.addFlashAttribute(
                    "saved",
                    "Cảm ơn ý kiến của bạn. Ban Thi đua – Khen thưởng sẽ trả lời qua thông tin liên hệ đã ghi.");
            return "redirect:/public/proposals/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            model.addAttribute("comment", command);
            return detail(id, model);
        }
    }
}

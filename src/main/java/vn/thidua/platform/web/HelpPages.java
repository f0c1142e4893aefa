package vn.thidua.platform.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;

/**
 * The user guide (hướng dẫn sử dụng), one page per role, reached from the "Hướng dẫn" link of every
 * page: the link opens the reader's own role, and every role's guide is open to everyone (a board
 * reads the officer's to help it). Its screenshots are taken by {@code GuideScreensBrowserTest} in
 * the build that packages them, so the guide never shows an older screen than the product's.
 */
@Controller
@RequestMapping("/help")
record HelpPages(Checks checks) {

    /** A guide: its address, the role it is written for, and its title's message key. */
    enum Guide {
        BAN_TDKT("ban-tdkt", Role.BOARD),
        CAN_BO_DON_VI("can-bo-don-vi", Role.UNIT_OFFICER),
        HOI_DONG("hoi-dong", Role.COUNCIL_MEMBER),
        LANH_DAO_KY("lanh-dao-ky", Role.DECIDER),
        QUAN_TRI("quan-tri", Role.ADMIN);

        final String slug;
        final Role role;

        Guide(String slug, Role role) {
            this.slug = slug;
            this.role = role;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return "help.title." + name();
        }

        static Guide of(Role role) {
            return Arrays.stream(values())
                    .filter(g -> g.role == role)
                    .findFirst()
                    .orElse(BAN_TDKT);
        }
    }

    @GetMapping
    String mine(CurrentUser user) {
        return "redirect:/help/" + Guide.of(user.role()).slug;
    }

    @GetMapping("/{slug}")
    String guide(@PathVariable String slug, Model model) {
        Guide guide = Arrays.stream(Guide.values())
                .filter(g -> g.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> checks.notFound("help.notFound", slug));
        model.addAttribute("guide", guide);
        model.addAttribute("guides", List.of(Guide.values()));
        return "help/" + guide.slug;
    }
}

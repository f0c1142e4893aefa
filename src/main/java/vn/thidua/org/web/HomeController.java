package vn.thidua.org.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.org.BlocService;
import vn.thidua.org.UnitService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;

/** The start page shows each user its own corner of the registry, and a search over all of it. */
@Controller
record HomeController(BlocService blocs, UnitService units) {

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        Long authority = user.role() == Role.BOARD ? user.authorityId() : null;
        model.addAttribute("blocs", blocs.search(user, "", authority));
        if (user.unitId() != null) {
            model.addAttribute("myUnit", units.history(user.unitId()));
        }
        return "home";
    }

    @GetMapping("/search")
    String search(CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("units", q.isBlank() ? List.of() : units.search(q, null));
        model.addAttribute("blocs", q.isBlank() ? List.of() : blocs.search(user, q, null));
        return "search";
    }
}

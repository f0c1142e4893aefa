package vn.thidua.platform.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;

/**
 * What every page needs: the signed-in user, and Vietnamese error pages instead of stack traces.
 * Ordered before Spring's problem-details handler, which would otherwise answer a page with JSON;
 * the API's own advice comes first of all.
 */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 2)
class PageAdvice {

    private final Messages messages;

    PageAdvice(Messages messages) {
        this.messages = messages;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return UserAccounts.current().orElse(null);
    }

    @ModelAttribute("menu")
    @org.jspecify.annotations.Nullable
    Menu menu() {
        return UserAccounts.current().map(Menu::of).orElse(null);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return errorPage(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return errorPage(HttpStatus.CONTENT_TOO_LARGE, messages.get("problem.tooLarge"));
    }

    /** A refusal that no form took in: the messages on the error page rather than a 500. */
    @ExceptionHandler(vn.thidua.platform.validation.InvalidInputException.class)
    ModelAndView invalid(vn.thidua.platform.validation.InvalidInputException e) {
        return errorPage(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** "năm=abc" in an address or a form: say which field, not a bare 400. */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return errorPage(
                HttpStatus.BAD_REQUEST,
                messages.get(
                        "problem.typeMismatch.field",
                        e.getName(),
                        e.getValue() == null ? "" : String.valueOf(e.getValue())));
    }

    /** A refusal that says why (a board granting beyond its authority, say) shows its reason. */
    @ExceptionHandler(vn.thidua.platform.validation.Refused.class)
    ModelAndView refused(vn.thidua.platform.validation.Refused e) {
        return errorPage(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(OptimisticLockingFailureException e) {
        return errorPage(HttpStatus.CONFLICT, messages.get("problem.conflict"));
    }

    @ExceptionHandler(vn.thidua.platform.validation.Conflict.class)
    ModelAndView stateConflict(vn.thidua.platform.validation.Conflict e) {
        return errorPage(HttpStatus.CONFLICT, e.getMessage());
    }

    private ModelAndView errorPage(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.addObject("currentUser", currentUser());
        page.addObject("menu", menu());
        return page;
    }
}

package vn.thidua.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;

/**
 * What every page needs: the signed-in user, and Vietnamese error pages instead of stack traces.
 * Ordered before Spring's problem-details handler, which would otherwise answer a page with JSON;
 * the API's own advice comes first of all.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
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
    @Nullable
    Menu menu() {
        return UserAccounts.current().map(Menu::of).orElse(null);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return errorPage(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return errorPage(HttpStatus.CONTENT_TOO_LARGE, messages.get("problem.tooLarge"));
    }

    /** A refusal that no form took in: the messages on the error page rather than a 500. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return errorPage(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** "năm=abc" in an address or a form: say which field, not a bare 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return errorPage(
                HttpStatus.BAD_REQUEST,
                messages.get(
                        "problem.typeMismatch.field",
                        e.getName(),
                        e.getValue() == null ? "" : String.valueOf(e.getValue())));
    }

    /** A refusal that says why (a board granting beyond its authority, say) shows its reason. */
    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused e) {
        return errorPage(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(OptimisticLockingFailureException e) {
        return errorPage(HttpStatus.CONFLICT, messages.get("problem.conflict"));
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView stateConflict(Conflict e) {
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

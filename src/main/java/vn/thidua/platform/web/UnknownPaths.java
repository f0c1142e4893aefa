package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.validation.Messages;

/**
 * Requests no controller takes (unknown address, wrong method or media type): a problem detail
 * under /api, the Vietnamese error page elsewhere. The advices bound to controllers do not see
 * these, as no controller was chosen.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnknownPaths {

    private final ApiProblems problems;
    private final Messages messages;

    UnknownPaths(ApiProblems problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        MissingServletRequestParameterException.class
    })
    Object unsupported(HttpServletRequest request, Exception e) {
        HttpStatus status =
                HttpStatus.valueOf(((ErrorResponse) e).getStatusCode().value());
        return answer(request, status, ApiProblems.codeOf(status));
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String code) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(status, code, messages.get(code)));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("currentUser", UserAccounts.current().orElse(null));
        page.addObject("menu", UserAccounts.current().map(Menu::of).orElse(null));
        return page;
    }
}

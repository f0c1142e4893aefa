package vn.thidua.platform.validation;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a refused write's messages beside the fields of the form that sent it. */
public final class FormErrors {

    private FormErrors() {}

    public static void bind(InvalidInputException e, BindingResult result) {
        for (Violation v : e.violations()) {
            if (v.field() == null || v.field().isBlank() || !isFormField(result, v.field())) {
                result.reject("invalid", v.message());
            } else {
                result.rejectValue(v.field(), "invalid", v.message());
            }
        }
    }

    private static boolean isFormField(BindingResult result, String field) {
        return result.getTarget() != null && new BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
    }
}

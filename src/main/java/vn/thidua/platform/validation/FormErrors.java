package vn.thidua.platform.validation;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

    /**
     * Puts a form (a request record) on the model to be shown again. A record is bound through its
     * constructor: when a value cannot be converted ("abc" for a number, 31/02/2023 for a day) Spring
     * builds no target, its binding result keeps the typed texts and the errors, and putting the
     * form on the model would drop that result. So the errors move to a result on the form itself:
     * the refused texts come back beside their messages, the other fields from the form.
     */
    public static void show(Model model, String name, Object form) {
        String key = BindingResult.MODEL_KEY_PREFIX + name;
        Object bound = model.getAttribute(key);
        model.addAttribute(name, form);
        if (bound instanceof BindingResult failed && failed.getTarget() == null) {
            if (form == null) {
                model.addAttribute(key, failed);
            } else {
                BeanPropertyBindingResult onForm = new BeanPropertyBindingResult(form, name);
                onForm.addAllErrors(failed);
                model.addAttribute(key, onForm);
            }
        }
    }

    private static boolean isFormField(BindingResult result, String field) {
        return result.getTarget() != null && new BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
    }
}

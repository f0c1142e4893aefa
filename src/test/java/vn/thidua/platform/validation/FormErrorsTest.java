package vn.thidua.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.support.BindingAwareModelMap;

class FormErrorsTest {

    record Year(Integer year, String note) {}

    /**
     * What Spring leaves on the model when a record's construction failed: no target, the typed texts and the errors.
     */
    private static BindingAwareModelMap afterFailedConstruction(String year, String note) {
        DataBinder binder = new DataBinder(null, "year");
        binder.setTargetType(ResolvableType.forClass(Year.class));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return name.equals("year") ? year : note;
            }

            @Override
            public Set<String> getNames() {
                return Set.of("year", "note");
            }
        });
        BindingAwareModelMap model = new BindingAwareModelMap();
        model.addAllAttributes(binder.getBindingResult().getModel());
        return model;
    }

    private static BindingResult resultOn(BindingAwareModelMap model) {
        return (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "year");
    }

    @Test
    void aFormShownAgainAfterATypeErrorKeepsTheErrorTheTypedTextAndTheOtherFields() {
        BindingAwareModelMap model = afterFailedConstruction("abc", "ghi chú");
        assertThat(resultOn(model).getTarget()).isNull();

        FormErrors.show(model, "year", new Year(null, "ghi chú"));

        BindingResult shown = resultOn(model);
        assertThat(shown.getTarget()).isEqualTo(new Year(null, "ghi chú"));
        assertThat(shown.getFieldError("year").getCodes()).contains("typeMismatch.java.lang.Integer");
        assertThat(shown.getFieldValue("year")).isEqualTo("abc");
        assertThat(shown.getFieldValue("note")).isEqualTo("ghi chú");
    }

    @Test
    void puttingTheFormOnTheModelPlainlyWouldLoseTheErrors() {
        BindingAwareModelMap model = afterFailedConstruction("abc", "ghi chú");

        model.addAttribute("year", new Year(null, "ghi chú"));

        assertThat(resultOn(model)).isNull();
    }

    @Test
    void aFormBoundWithoutTroubleKeepsItsOwnResult() {
        BindingAwareModelMap model = afterFailedConstruction("2024", "ghi chú");
        BindingResult bound = resultOn(model);
        Year form = (Year) bound.getTarget();

        FormErrors.show(model, "year", form);

        assertThat(resultOn(model)).isSameAs(bound);
        assertThat(form).isEqualTo(new Year(2024, "ghi chú"));
    }
}

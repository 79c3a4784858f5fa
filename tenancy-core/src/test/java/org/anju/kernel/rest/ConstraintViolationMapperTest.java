package org.anju.kernel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.kernel.api.Messages;
import org.anju.kernel.api.RequestLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Field paths of Bean Validation errors are JSON paths of the request body; messages speak the request's language. */
class ConstraintViolationMapperTest {

    record Admin(@NotBlank String username) {
    }

    record Body(@NotBlank String name, @Valid @NotNull Admin admin, List<@Pattern(regexp = "\\d{6}") String> codes) {
    }

    public static class Resource {
        public void create(@NotNull @Valid Body body) {
        }

        public void list(@Min(1) int page, @Size(max = 3) String q) {
        }
    }

    private final ValidatorFactory factory = Validation.byDefaultProvider().configure()
            .messageInterpolator(new LocaleAwareMessageInterpolator()).buildValidatorFactory();

    @AfterEach
    void clear() {
        RequestLocale.clear();
    }

    private Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        Set<String> out = new TreeSet<>();
        violations.forEach(v -> out.add(ConstraintViolationMapper.fieldPath(v) + "=" + v.getMessage()));
        return out;
    }

    @Test
    void bodyFieldsAreNamedByTheirJsonPath() throws Exception {
        Method create = Resource.class.getMethod("create", Body.class);
        Body body = new Body(" ", new Admin(""), List.of("330106", "33x"));
        var violations = factory.getValidator().forExecutables()
                .validateParameters(new Resource(), create, new Object[] {body});
        assertThat(paths(violations)).containsExactly(
                "admin.username=不能为空", "codes[1]=格式不正确", "name=不能为空");
    }

    @Test
    void queryParametersAreNamedByTheirName() throws Exception {
        Method list = Resource.class.getMethod("list", int.class, String.class);
        RequestLocale.set(Messages.EN);
        var violations = factory.getValidator().forExecutables()
                .validateParameters(new Resource(), list, new Object[] {0, "abcd"});
        Set<String> p = paths(violations);
        assertThat(p).hasSize(2);
        assertThat(p).anyMatch(s -> s.startsWith("page=") && s.contains("at least 1"));
        assertThat(p).anyMatch(s -> s.startsWith("q=") && s.contains("between 0 and 3"));
    }
}

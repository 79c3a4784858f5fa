package org.anju.kernel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;

import org.anju.kernel.api.FieldViolation;
import org.anju.kernel.api.ProblemException;
import org.junit.jupiter.api.Test;

/** Wrong JSON shapes answer 400 naming the field, from JSON-B's messages (as Yasson words them). */
class JsonInputExceptionMapperTest {

    enum Colour { RED, GREEN }

    record Inner(Colour colour) {
    }

    record Body(String name, Inner inner) {
    }

    static class Res {
        public void create(@PathParam("id") String id, Body body) {
        }
    }

    private static ResourceInfo info() throws Exception {
        Method m = Res.class.getMethod("create", String.class, Body.class);
        return new ResourceInfo() {
            public Method getResourceMethod() {
                return m;
            }

            public Class<?> getResourceClass() {
                return Res.class;
            }
        };
    }

    @Test
    void propertyNamesAreJoined() throws Exception {
        Exception e = new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Unable to deserialize property 'inner' because of: Unable to deserialize property 'name'",
                        new JsonbException("Incorrect position")));
        ProblemException p = JsonInputExceptionMapper.toProblem(e, info());
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.violations()).extracting(FieldViolation::field).containsExactly("inner.name");
    }

    @Test
    void unknownEnumConstantIsTracedToItsField() throws Exception {
        Exception e = new ProcessingException("deserialization error", new JsonbException(
                "Internal error: No enum constant " + Colour.class.getCanonicalName() + ".BLUE"));
        ProblemException p = JsonInputExceptionMapper.toProblem(e, info());
        assertThat(p.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("inner.colour");
            assertThat(v.messageKey()).isEqualTo("validation.enum");
            assertThat(v.args()).containsExactly("RED, GREEN");
        });
    }

    @Test
    void unreadableBodyIsStill400() throws Exception {
        ProblemException p = JsonInputExceptionMapper.toProblem(new ProcessingException("stream closed"), info());
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.code()).isEqualTo("unreadable-body");
    }
}

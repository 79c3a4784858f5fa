package org.anju.kernel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.kernel.api.FieldViolation;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.ProblemException;
import org.junit.jupiter.api.Test;

/** RFC 9457 documents with a stable code and the bad fields, in the caller's language. */
class ProblemJsonTest {

    private static JsonObject parse(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void validationProblemNamesEveryField() {
        ProblemException p = ProblemException.invalid(List.of(
                FieldViolation.of("code", "validation.organization.code"),
                FieldViolation.literal("name", "不能为空")));
        JsonObject zh = parse(ProblemJson.body(Messages.ZH_CN, p, "/api/v1/platform/organizations"));
        assertThat(zh.getString("type")).isEqualTo("urn:anju:problem:validation");
        assertThat(zh.getInt("status")).isEqualTo(400);
        assertThat(zh.getString("title")).isEqualTo("请求参数有误");
        assertThat(zh.getString("code")).isEqualTo("validation");
        assertThat(zh.getString("instance")).isEqualTo("/api/v1/platform/organizations");
        assertThat(zh.getJsonArray("errors")).hasSize(2);
        assertThat(zh.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
        assertThat(zh.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("编码须以小写字母开头");

        JsonObject en = parse(ProblemJson.body(Messages.EN, p, null));
        assertThat(en.getString("title")).isEqualTo("Invalid request");
        assertThat(en.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("code must start");
        assertThat(en.containsKey("instance")).isFalse();
    }

    @Test
    void extensionsAndUnknownCodes() {
        ProblemException p = new ProblemException(403, "account-locked", 15L).with("lockedUntil", "2026-11-21T08:15:00Z");
        JsonObject zh = parse(ProblemJson.body(Messages.ZH_CN, p, null));
        assertThat(zh.getString("detail")).contains("15 分钟");
        assertThat(zh.getString("lockedUntil")).isEqualTo("2026-11-21T08:15:00Z");

        JsonObject unknown = parse(ProblemJson.body(Messages.EN, new ProblemException(409, "something-new"), null));
        assertThat(unknown.getString("title")).isEqualTo("Conflict");
        assertThat(unknown.containsKey("detail")).isFalse();
    }
}

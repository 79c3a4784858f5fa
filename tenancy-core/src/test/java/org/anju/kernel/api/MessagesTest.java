package org.anju.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** P8: zh-CN unless the client asks for English; messages formatted per language. */
class MessagesTest {

    @Test
    void chineseByDefault() {
        assertThat(Messages.resolve(null)).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.resolve("")).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.resolve("fr-FR,de;q=0.8")).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.resolve("not a header;;")).isEqualTo(Messages.ZH_CN);
    }

    @Test
    void englishWhenAskedFirst() {
        assertThat(Messages.resolve("en-US,en;q=0.9")).isEqualTo(Messages.EN);
        assertThat(Messages.resolve("en")).isEqualTo(Messages.EN);
        assertThat(Messages.resolve("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.resolve("fr,en;q=0.5")).isEqualTo(Messages.EN);
    }

    @Test
    void formatsArgumentsInEachLanguage() {
        assertThat(Messages.get(Messages.ZH_CN, "problem.organization-exists.detail", "acme"))
                .isEqualTo("编码为 acme 的单位已存在。");
        assertThat(Messages.get(Messages.EN, "problem.organization-exists.detail", "acme"))
                .isEqualTo("An organization with code acme already exists.");
        assertThat(Messages.get(Messages.EN, "validation.appointment.authority.jurisdiction", "x"))
                .contains("operator's");
    }

    @Test
    void unknownKeysFallBackToTheKey() {
        assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Messages.has(Messages.ZH_CN, "no.such.key")).isFalse();
    }
}

package org.anju.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** P8: every server message exists in zh-CN and in English, in every module. */
class MessageCatalogueTest {

    private static Set<String> keys(String tag) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (URL url : Collections.list(getClass0().getResources("i18n/messages_" + tag + ".properties"))) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            keys.addAll(p.stringPropertyNames());
        }
        return keys;
    }

    private static ClassLoader getClass0() {
        return MessageCatalogueTest.class.getClassLoader();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Set<String> zh = keys("zh_CN");
        Set<String> en = keys("en");
        assertThat(zh).as("keys").hasSizeGreaterThan(80);
        assertThat(new TreeSet<>(zh)).as("zh-CN keys missing in English").isEqualTo(new TreeSet<>(en));
    }
}

package org.anju.leasing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** R6.2b3: renewal reminders go out a configurable number of days before a lease ends (90, 60 and 30 by default). */
class LeasingSettingsTest {

    private static LeasingSettings stored(String column) throws ReflectiveOperationException {
        LeasingSettings s = new LeasingSettings();
        Field f = LeasingSettings.class.getDeclaredField("reminderOffsets");
        f.setAccessible(true);
        f.set(s, column);
        return s;
    }

    @Test
    void theSeededDefaultIs90_60_30() throws Exception {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/db/tenant/leasing/0003_reviews_applications_seed.xml")) {
            assertThat(in).as("the leasing seed changelog on the class path").isNotNull();
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Matcher m = Pattern.compile("name=\"reminder_offsets\" value=\"([^\"]*)\"").matcher(seed);
        assertThat(m.find()).isTrue();
        assertThat(stored(m.group(1)).reminderOffsets()).containsExactly(90, 60, 30);
    }

    @Test
    void offsetsAreKeptLargestFirstWithoutDuplicates() throws Exception {
        LeasingSettings s = stored("90,60,30");
        s.reminderOffsets(List.of(30, 7, 60, 30));
        assertThat(s.reminderOffsets()).containsExactly(60, 30, 7);
    }

    @Test
    void theStoredColumnIsReadLeniently() throws Exception {
        assertThat(stored(" 30, 90 ,60,").reminderOffsets()).containsExactly(90, 60, 30);
        assertThat(stored("120,15").reminderOffsets()).as("numeric, not alphabetical, order").containsExactly(120, 15);
    }
}

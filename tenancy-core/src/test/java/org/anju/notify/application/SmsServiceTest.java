package org.anju.notify.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether SMS really leave the platform: only the {@code log} channel is the development one (codes shown to testers). */
class SmsServiceTest {

    private static SmsService withChannel(String name) {
        SmsService s = new SmsService();
        s.channelName = name;
        return s;
    }

    @Test
    void onlyTheLogChannelIsForDevelopment() {
        assertThat(withChannel("log").developmentChannel()).isTrue();
        assertThat(withChannel("aliyun").developmentChannel()).isFalse();
    }
}

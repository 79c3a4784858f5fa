package org.anju.notify.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The development SMS channel: nothing is sent, the whole body is kept (so a developer or a test reads the one-time
 * code) and the server log shows the phone masked (R8.2.1: no personal data in clear in logs).
 */
class LoggingSmsChannelTest {

    private final Logger logger = Logger.getLogger(LoggingSmsChannel.class.getName());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void itIsTheChannelNamedLog() {
        assertThat(new LoggingSmsChannel().name()).isEqualTo("log");
    }

    @Test
    void theWholeBodyIsKeptForTheSmsLog() {
        String body = "【安居】您正在签署租赁合同 HT2026000001，验证码 123456，5 分钟内有效。";
        assertThat(new LoggingSmsChannel().deliver("13812345678", "lease-signing", body)).isEqualTo(body);
    }

    @Test
    void theServerLogShowsThePhoneMasked() {
        new LoggingSmsChannel().deliver("13812345678", "lease-renewal", "合同将于 2027年8月31日 到期");
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0)).contains("138****5678").contains("[lease-renewal]").contains("合同将于 2027年8月31日 到期")
                .doesNotContain("13812345678");
    }
}

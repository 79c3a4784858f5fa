package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.anju.kernel.api.Messages;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.EligibilityCategory;
import org.junit.jupiter.api.Test;

/** P8 and the shared leasing rules: money to the fen (HALF_UP), contract dates in Chinese, categories by name. */
class LeasingRulesTest {

    @Test
    void blankIsNothing() {
        assertThat(LeasingRules.trim("  收入超标 ")).isEqualTo("收入超标");
        assertThat(LeasingRules.trim(" \t ")).isNull();
        assertThat(LeasingRules.trim(null)).isNull();
    }

    @Test
    void moneyHasTwoDecimalsRoundedHalfUp() {
        assertThat(LeasingRules.money(new BigDecimal("68.245"))).isEqualTo(new BigDecimal("68.25"));
        assertThat(LeasingRules.money(new BigDecimal("68.244"))).isEqualTo(new BigDecimal("68.24"));
        assertThat(LeasingRules.money(new BigDecimal("22.765"))).isEqualTo(new BigDecimal("22.77"));
        assertThat(LeasingRules.money(new BigDecimal("800"))).isEqualTo(new BigDecimal("800.00"));
        assertThat(LeasingRules.money(null)).isNull();
    }

    @Test
    void aTermEndsTheDayBeforeItsAnniversaryEvenAtTheEndOfAMonth() {
        assertThat(LeasingRules.termEnd(LocalDate.of(2026, 9, 1), 36)).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(LeasingRules.termEnd(LocalDate.of(2028, 2, 29), 12)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(LeasingRules.termEnd(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(LeasingRules.termEnd(LocalDate.of(2026, 3, 1), 1)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(LeasingRules.termEnd(LocalDate.of(2026, 3, 31), 1)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void contractDatesAreWrittenInChineseInShanghai() {
        assertThat(LeasingRules.CHINESE_DATE.format(LocalDate.of(2029, 8, 31))).isEqualTo("2029年8月31日");
        assertThat(LeasingRules.CHINESE_DATE.format(LocalDate.of(2026, 9, 1))).isEqualTo("2026年9月1日");
        assertThat(LeasingRules.ZONE.getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void categoriesByChineseNameOrCode() {
        for (EligibilityCategory c : EligibilityCategory.values()) {
            assertThat(LeasingRules.category(LeasingRules.chinese(c))).isEqualTo(c);
            assertThat(LeasingRules.category(c.name().toLowerCase(Locale.ROOT))).isEqualTo(c);
        }
        assertThat(LeasingRules.category(" 低保 ")).isEqualTo(EligibilityCategory.SUBSISTENCE);
        assertThat(LeasingRules.category("新就业")).isEqualTo(EligibilityCategory.NEW_GRADUATE);
        assertThat(LeasingRules.category("困难户")).isNull();
        assertThat(LeasingRules.category(null)).isNull();
    }

    @Test
    void everyStatusHasANameInBothLanguages() {
        for (LeaseStatus s : LeaseStatus.values()) {
            String zh = LeasingRules.status(Messages.ZH_CN, s);
            String en = LeasingRules.status(Messages.EN, s);
            assertThat(zh).as(s.name()).isNotBlank().doesNotContain("leasing.status").isNotEqualTo(en);
            assertThat(en).as(s.name()).isNotBlank().doesNotContain("leasing.status");
        }
        assertThat(LeasingRules.status(Messages.ZH_CN, LeaseStatus.APPROVED)).isEqualTo("待签约");
    }
}

package org.anju.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB/T 2260 codes and jurisdiction by prefix (P6, R5.1a). */
class DivisionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"110000", "330000", "330100", "330106", "440305", "810000", "650102"})
    void wellFormedCodes(String code) {
        assertThat(DivisionCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "33010", "3301066", "33010a", "990000", "000000", "100000", "330006"})
    void malformedCodes(String code) {
        assertThat(DivisionCode.isValid(code)).isFalse();
    }

    @Test
    void jurisdictionCoversByPrefix() {
        assertThat(DivisionCode.covers("330000", "330106")).isTrue();
        assertThat(DivisionCode.covers("330100", "330106")).isTrue();
        assertThat(DivisionCode.covers("330106", "330106")).isTrue();
        assertThat(DivisionCode.covers("330100", "330206")).isFalse();
        assertThat(DivisionCode.covers("330106", "330100")).isFalse();
        assertThat(DivisionCode.coversAll(List.of("330100", "330200"), List.of("330106", "330203"))).isTrue();
        assertThat(DivisionCode.coversAll(List.of("330100"), List.of("330106", "330203"))).isFalse();
        assertThat(DivisionCode.coversAny(List.of("330100"), List.of("330106", "330203"))).isTrue();
    }
}

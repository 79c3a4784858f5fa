package org.anju.housing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;

import org.junit.jupiter.api.Test;

/** The field rules shared by the API and the import. */
class HousingRulesTest {

    @Test
    void area() {
        assertThat(HousingRules.area(new BigDecimal("45.5"))).isNull();
        assertThat(HousingRules.area(new BigDecimal("60"))).isNull();
        assertThat(HousingRules.area(new BigDecimal("45.500"))).isNull();
        assertThat(HousingRules.area(new BigDecimal("10000"))).isNull();
        assertThat(HousingRules.area(new BigDecimal("0"))).isEqualTo("housing.validation.area");
        assertThat(HousingRules.area(new BigDecimal("-3"))).isEqualTo("housing.validation.area");
        assertThat(HousingRules.area(new BigDecimal("10000.01"))).isEqualTo("housing.validation.area");
        assertThat(HousingRules.area(new BigDecimal("45.678"))).isEqualTo("housing.validation.area.decimals");
        assertThat(HousingRules.area(null)).isEqualTo("validation.required");
    }

    @Test
    void floorsAndFloor() {
        assertThat(HousingRules.floors(1)).isNull();
        assertThat(HousingRules.floors(200)).isNull();
        assertThat(HousingRules.floors(0)).isEqualTo("housing.validation.floors");
        assertThat(HousingRules.floors(201)).isEqualTo("housing.validation.floors");
        assertThat(HousingRules.floor(1, 6)).isNull();
        assertThat(HousingRules.floor(6, 6)).isNull();
        assertThat(HousingRules.floor(-5, 6)).isNull();
        assertThat(HousingRules.floor(0, 6)).isEqualTo("housing.validation.floor");
        assertThat(HousingRules.floor(7, 6)).isEqualTo("housing.validation.floor");
        assertThat(HousingRules.floor(-6, 6)).isEqualTo("housing.validation.floor");
    }

    @Test
    void yearBuilt() {
        assertThat(HousingRules.yearBuilt(null)).isNull();
        assertThat(HousingRules.yearBuilt(1999)).isNull();
        assertThat(HousingRules.yearBuilt(1899)).isEqualTo("housing.validation.year");
        assertThat(HousingRules.yearBuilt(Year.now().getValue() + 2)).isEqualTo("housing.validation.year");
    }
}

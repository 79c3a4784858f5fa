package org.anju.devices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeterUnitMatcherTest {

    private static final List<MeterUnitMatcher.Candidate> UNITS = List.of(
            new MeterUnitMatcher.Candidate(1, "1号楼", "101"),
            new MeterUnitMatcher.Candidate(2, "1号楼", "102"),
            new MeterUnitMatcher.Candidate(3, "2栋", "101"),
            new MeterUnitMatcher.Candidate(4, "A座", "0301"),
            new MeterUnitMatcher.Candidate(5, "7", "101"));

    @Test
    void shortNamesDropTheBuildingWord() {
        assertThat(MeterUnitMatcher.shortName("1号楼")).isEqualTo("1");
        assertThat(MeterUnitMatcher.shortName("2栋")).isEqualTo("2");
        assertThat(MeterUnitMatcher.shortName("3幢")).isEqualTo("3");
        assertThat(MeterUnitMatcher.shortName("A座")).isEqualTo("a");
        assertThat(MeterUnitMatcher.shortName("5#楼")).isEqualTo("5");
        assertThat(MeterUnitMatcher.shortName("１２号楼")).as("full-width digits").isEqualTo("12");
        assertThat(MeterUnitMatcher.shortName("7")).isEqualTo("7");
        assertThat(MeterUnitMatcher.shortName("号楼")).as("nothing left to strip to").isEqualTo("号楼");
    }

    @Test
    void buildingsMatchExactlyOrByShortName() {
        MeterUnitMatcher m = new MeterUnitMatcher(UNITS);
        assertThat(m.match("1", "101").unitId()).isEqualTo(1L);
        assertThat(m.match("1号楼", "102").unitId()).isEqualTo(2L);
        assertThat(m.match("1栋", "102").unitId()).as("another word for the same building").isEqualTo(2L);
        assertThat(m.match("2", "101").unitId()).isEqualTo(3L);
        assertThat(m.match("a", "0301").unitId()).isEqualTo(4L);
        assertThat(m.match("7", "101").unitId()).isEqualTo(5L);
    }

    @Test
    void misses_sayWhy() {
        MeterUnitMatcher m = new MeterUnitMatcher(UNITS);
        assertThat(m.match("9", "101").reason()).isEqualTo("unknown-building");
        assertThat(m.match("1", "999").reason()).isEqualTo("unknown-room");
        assertThat(m.match("A", "301").reason()).as("rooms match exactly").isEqualTo("unknown-room");
    }

    @Test
    void aShortNameTwoBuildingsShareMatchesNeither() {
        MeterUnitMatcher m = new MeterUnitMatcher(List.of(new MeterUnitMatcher.Candidate(1, "1号楼", "101"),
                new MeterUnitMatcher.Candidate(2, "1栋", "101")));
        assertThat(m.match("1", "101").reason()).isEqualTo("ambiguous-building");
        assertThat(m.match("1号楼", "101").unitId()).as("the exact name still matches").isEqualTo(1L);
    }

    @Test
    void conventionalNamesUseTheShortNameAndKeepCase() {
        assertThat(MeterUnitMatcher.conventionalNames("TP", new MeterUnitMatcher.Candidate(4, "A座", "0301")))
                .extracting(OpcUaNodeName::identifier)
                .containsExactly("TP.A.0301.water", "TP.A.0301.electricity", "TP.A.0301.online");
    }
}

package org.anju.devices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.devices.api.MeterKind;
import org.junit.jupiter.api.Test;

class OpcUaNodeNameTest {

    @Test
    void aMeterNodeOfThePrefixParses() {
        OpcUaNodeName n = OpcUaNodeName.parse("DEMO-P1", "DEMO-P1.1.101.water").orElseThrow();
        assertThat(n.building()).isEqualTo("1");
        assertThat(n.room()).isEqualTo("101");
        assertThat(n.kind()).isEqualTo(MeterKind.WATER);
        assertThat(n.identifier()).isEqualTo("DEMO-P1.1.101.water");
        assertThat(OpcUaNodeName.parse("TP", "TP.1号楼.2201.electricity").orElseThrow().kind())
                .isEqualTo(MeterKind.ELECTRICITY);
        assertThat(OpcUaNodeName.parse("TP", "TP.A.3.online").orElseThrow().kind()).isEqualTo(MeterKind.ONLINE);
    }

    @Test
    void anythingElseDoesNot() {
        assertThat(OpcUaNodeName.parse("TP", "TP.1.101.gas")).isEmpty();
        assertThat(OpcUaNodeName.parse("TP", "OTHER.1.101.water")).as("another prefix").isEmpty();
        assertThat(OpcUaNodeName.parse("TP", "TP.1.101")).as("a room folder").isEmpty();
        assertThat(OpcUaNodeName.parse("TP", "TP.1.101.water.EngineeringUnits")).as("a property").isEmpty();
        assertThat(OpcUaNodeName.parse("TP", "TP..101.water")).as("empty building").isEmpty();
        assertThat(OpcUaNodeName.parse("TP", "TP.1.101.Water")).as("kind is lower case").isEmpty();
        assertThat(OpcUaNodeName.parse("TP", null)).isEmpty();
        assertThat(OpcUaNodeName.parse("", "TP.1.101.water")).isEmpty();
    }
}

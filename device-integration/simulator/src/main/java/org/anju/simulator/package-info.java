/**
 * The device simulator's entry points: {@link org.anju.simulator.Simulator} (a builder that tests use as a library)
 * and {@link org.anju.simulator.SimulatorMain} (the command line that demos run). It wires the simulated clock, the
 * unit layout, the OPC UA meters and the MQTT lock fleet together; the contract they follow is
 * {@code docs/api/devices-protocol.md}.
 */
package org.anju.simulator;

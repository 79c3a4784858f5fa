/** Helpers shared by the simulator's tests: free ports, unique organization codes, an MQTT recorder. */
package org.anju.simulator.support;

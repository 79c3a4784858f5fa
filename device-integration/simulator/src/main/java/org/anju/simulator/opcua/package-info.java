/**
 * The simulated building system: an Eclipse Milo 0.6 OPC UA server exposing one water meter, one electricity meter and
 * an online flag per unit under the namespace {@code urn:anju:simulator}. The meter models live outside the server so
 * that a test can stop and start the server on the same port while readings keep advancing.
 */
package org.anju.simulator.opcua;

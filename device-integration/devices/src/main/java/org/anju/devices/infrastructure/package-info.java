/**
 * How devices are reached: the embedded Artemis broker with its MQTT acceptor and per-device security, the
 * platform's MQTT client (embedded or external broker), monthly partitions of the time series, and SQL stores.
 */
package org.anju.devices.infrastructure;

/**
 * Use cases of devices: registering and approving devices, taking lock events in (from MQTT or the vendor API)
 * without loss or duplicates, granting and revoking keys as leases change, and reading access records.
 */
package org.anju.devices.application;

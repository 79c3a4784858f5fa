/** REST resources of devices for staff and residents: registry, keys, commands, access records, dead letters. */
package org.anju.devices.rest;

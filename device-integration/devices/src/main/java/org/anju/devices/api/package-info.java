/**
 * What the devices capability offers other modules (alerts read lock events and readings through here): permission
 * names and the events fired when a door opens or a lock reports trouble. Nothing here exposes how devices connect.
 */
package org.anju.devices.api;

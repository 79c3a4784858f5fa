/**
 * The device registry and lock keys as the business sees them: a registered device with its approval, the
 * credentials a lock honours and the commands that make it honour them, and the rules that decide who opened a door.
 */
package org.anju.devices.domain;

/**
 * What other modules may use of housing: the unit status (房态) and its state machine, the status service that
 * leases and repairs will call, the event every status change publishes, the permissions, and the extension points
 * through which later capabilities show occupants, leases and devices on the status board and the unit archive.
 */
package org.anju.housing.api;

/**
 * Housing use cases: projects and their service windows, buildings, units and their status (one state machine,
 * every change recorded and published), the status board and the one-room-one-archive, spreadsheet import and export,
 * the staff roster and staffing ratios. Each runs in one transaction of the caller's organization schema.
 */
package org.anju.housing.application;

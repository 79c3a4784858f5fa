/**
 * Leasing use cases, one transaction each, with their checks: households and their sealed personal data, drafting and
 * approving leases, e-contract rendering and signing, check-in and move-out, allocation imports, yearly reviews,
 * residents' applications, renewal reminders and the archives. The command records here are also the REST bodies
 * (their Bean Validation constraints are the first line of checks).
 */
package org.anju.leasing.application;

/**
 * The demo a newcomer sees after {@code ./mvnw -Prun package} (ADR 0021): on the start that provisioned the demo
 * organizations, one project of twelve units with households, signed and active leases, registered smart locks and a
 * building gateway is created through the platform's own REST API, and the device simulator plays the locks and meters
 * in-process. Off unless both {@code ANJU_DEMO_SEED} and {@code ANJU_DEMO_SIMULATOR} are true; never stops the server.
 * Part of the composition root: it stands outside every capability module and sees them only as an API client would.
 */
package org.anju.app.demo;

/**
 * Staff users and roles of one organization, in its own schema, audited with Envers (P2): who changed a user's
 * name, status or roles, and when. Password hashes and login counters are deliberately not audited.
 */
package org.anju.identity.domain;

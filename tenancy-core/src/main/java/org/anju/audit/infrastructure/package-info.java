/** Envers plumbing: the revision entity of every schema and the listener that fills in actor and reason. */
package org.anju.audit.infrastructure;

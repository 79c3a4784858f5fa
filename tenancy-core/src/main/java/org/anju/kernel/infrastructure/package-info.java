/** Persistence behind the shared REST conventions: the idempotency records of each schema. */
package org.anju.kernel.infrastructure;

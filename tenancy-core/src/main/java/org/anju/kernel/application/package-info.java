/**
 * Shared use cases behind the REST conventions: the idempotency records of each schema (reserve, complete,
 * release), each in a transaction of its own.
 */
package org.anju.kernel.application;

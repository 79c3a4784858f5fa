/**
 * The REST edge shared by all modules: exception mappers that answer {@code application/problem+json}
 * (never a stack trace, never a 500 for bad input), the request locale, and {@code Idempotency-Key} replay.
 */
package org.anju.kernel.rest;

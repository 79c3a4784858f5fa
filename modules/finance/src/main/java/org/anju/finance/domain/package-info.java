/**
 * Finance's rules without I/O: money to the fen, rent from standards and category rules (R6.4c), the billing
 * calendar, payment allocation oldest bill first, aging buckets (R6.4d); and the entities it keeps.
 */
package org.anju.finance.domain;

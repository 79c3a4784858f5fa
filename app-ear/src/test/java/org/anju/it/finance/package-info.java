/**
 * Black-box tests of finance (issue 6) against the running server: billing, counter and online payments with the
 * sandbox channel's signed notifications, rent adjustments, the immutable ledger, isolation between operators.
 */
package org.anju.it.finance;

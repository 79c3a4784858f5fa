/**
 * Black-box tests of leasing (issue 5) against the running server: households and personal data, approvals, signing,
 * check-in and move-out, allocation, applications and reviews, and isolation between operators.
 */
package org.anju.it.leasing;

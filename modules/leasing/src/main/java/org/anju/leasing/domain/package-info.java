/**
 * Households and their members (personal data sealed), leases and their lifecycle, approval workflows per lease type,
 * contract templates, fee items, signing evidence, check-ins, eligibility reviews and residents' applications. Invariants
 * live in the entities; {@link org.anju.leasing.domain.ApprovalEngine} decides approvals without any I/O.
 */
package org.anju.leasing.domain;

/**
 * Finance use cases: lease accounts following leasing's events, rent standards and adjustments, billing runs, payments
 * (online, counter), the ledger and its reports. Each use case is one transaction in the caller's tenant.
 */
package org.anju.finance.application;

/**
 * The leasing API (docs/api/leasing.md): households, leases and their approval, e-contracts, check-in and move-out,
 * allocation imports, catalogues, reviews, applications, and the resident's own pages under {@code /my}. Every method
 * declares its permission.
 */
package org.anju.leasing.rest;

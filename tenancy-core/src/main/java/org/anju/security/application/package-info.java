/**
 * Sign-in and tokens: password checks with lockout, token issue and validation, the permission catalogue.
 * Transactions and tenant scopes are entered here, one tenant per transaction.
 */
package org.anju.security.application;

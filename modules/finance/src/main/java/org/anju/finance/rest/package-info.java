/** Finance REST resources under {@code /api/v1}: staff (rent, bills, payments, ledger) and residents ({@code /my}). */
package org.anju.finance.rest;

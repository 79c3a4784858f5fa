/**
 * What other modules may use of finance (issue 6): its permissions, the {@code ArrearsChanged} event for alerts, and
 * the payment channel SPI.
 */
package org.anju.finance.api;

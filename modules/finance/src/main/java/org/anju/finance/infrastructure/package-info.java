/** Finance persistence (JPA and set-based SQL in the operator's schema) and payment channel adapters. */
package org.anju.finance.infrastructure;

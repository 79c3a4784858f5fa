/**
 * Alerts as the business sees them: the {@link org.anju.alerts.domain.Alert} aggregate and its lifecycle, the
 * operator's thresholds ({@link org.anju.alerts.domain.AlertSettings}), and one pure class per rule that turns data
 * points into a {@link org.anju.alerts.domain.Finding} explaining itself. No I/O here: the rules are unit-tested on plain
 * values.
 */
package org.anju.alerts.domain;

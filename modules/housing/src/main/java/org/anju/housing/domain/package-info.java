/**
 * An operator's housing stock (aggregates {@link org.anju.housing.domain.Project}, {@link org.anju.housing.domain.Unit}),
 * the record of every unit status change, the staff roster and import jobs. Projects, buildings, units and staff are
 * audited with Envers (P2, R7.4a).
 */
package org.anju.housing.domain;

/**
 * What other modules may use of leasing: lease statuses and kinds, the events a lease's life publishes (activation
 * grants keys, ending revokes them, move-out hands the deposit to finance), and the permissions.
 */
package org.anju.leasing.api;

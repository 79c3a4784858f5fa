/** Black-box tests of alerts (issue 8): rules raised from leases, lock events and evaluations, lifecycle, isolation. */
package org.anju.it.alerts;

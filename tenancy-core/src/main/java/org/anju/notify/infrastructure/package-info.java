/** The development SMS channel. */
package org.anju.notify.infrastructure;

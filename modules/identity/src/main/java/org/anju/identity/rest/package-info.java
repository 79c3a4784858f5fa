/** Staff administration over REST: {@code /api/v1/users}, {@code /api/v1/roles}, {@code /api/v1/permissions}. */
package org.anju.identity.rest;

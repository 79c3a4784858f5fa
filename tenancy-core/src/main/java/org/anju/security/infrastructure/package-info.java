/**
 * Apache Shiro wiring: the realm that turns a bearer token into an {@link org.anju.security.api.AnjuPrincipal},
 * the stateless filter chain that binds the principal's tenant for the request, and the platform admins' accounts.
 */
package org.anju.security.infrastructure;

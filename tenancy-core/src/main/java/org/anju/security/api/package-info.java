/**
 * What other modules may use of security: the signed-in {@link org.anju.security.api.AnjuPrincipal}, the account
 * SPI that lets a module own its users while the realm authenticates them, the permission catalogue, and the
 * password policy and hashing every module must use.
 */
package org.anju.security.api;

/** Accounts of the registry (platform admins) and the bearer tokens of every organization, both in schema {@code platform}. */
package org.anju.security.domain;

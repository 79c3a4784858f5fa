/** JPA access to users and roles, and the account directory the Shiro realm uses for organization users. */
package org.anju.identity.infrastructure;

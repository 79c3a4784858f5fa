/** What other modules may use of identity: the permission names it checks. */
package org.anju.identity.api;

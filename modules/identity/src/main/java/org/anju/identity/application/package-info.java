/**
 * Staff administration use cases: users (create, edit, disable, reset password, assign roles) and roles with their
 * permissions. Each runs in one transaction in the caller's organization schema; permission checks sit on the REST
 * methods, and the rules that protect an organization from locking itself out sit here.
 */
package org.anju.identity.application;

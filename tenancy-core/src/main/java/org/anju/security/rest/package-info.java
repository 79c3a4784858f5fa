/** Sign-in, sign-out and "who am I" over REST; Shiro's permission annotations and their problem answers. */
package org.anju.security.rest;

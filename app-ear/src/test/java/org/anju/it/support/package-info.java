/** Helpers of the black-box tests: an HTTP client, request bodies, direct database access for sabotage and checks. */
package org.anju.it.support;

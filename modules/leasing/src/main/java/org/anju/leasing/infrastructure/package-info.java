/** Queries of the leasing tables of the operator in scope, and the built-in (local) e-signature provider. */
package org.anju.leasing.infrastructure;

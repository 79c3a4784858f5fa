/**
 * Use cases of the registry: provisioning (P7), suspension, branding, schema migration at start-up and on demand,
 * and the demo seed. Each step that touches a schema enters that tenant and a transaction of its own.
 */
package org.anju.tenancy.application;

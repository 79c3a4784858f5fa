/**
 * REST of the registry: the platform console's provisioning API ({@code /api/v1/platform/organizations}, platform
 * admins only) and the public branding API that white-labelled login pages start from.
 */
package org.anju.tenancy.rest;

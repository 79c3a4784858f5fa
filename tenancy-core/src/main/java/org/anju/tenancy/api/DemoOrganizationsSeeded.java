package org.anju.tenancy.api;

/**
 * Fired (synchronously, during start-up) once the demo seeder has provisioned the demo organizations on an empty
 * registry. It is the only signal that this start created them: observers that add demo data hang on it, so that a
 * restart or a registry someone already works in never gets demo data added behind their back.
 *
 * @param operatorCode  the demo operator (示范运营公司)
 * @param authorityCode the demo authority (示范市住房保障局)
 */
public record DemoOrganizationsSeeded(String operatorCode, String authorityCode) {
}

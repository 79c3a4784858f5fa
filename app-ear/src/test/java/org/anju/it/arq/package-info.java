/**
 * The thin in-container tier (Arquillian, Liberty managed container): tenancy, Envers and transactions seen from
 * inside the server, where a black-box test cannot look.
 */
package org.anju.it.arq;

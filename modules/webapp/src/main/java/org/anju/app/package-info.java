/**
 * The composition root: the JAX-RS application and the OpenAPI description. Capabilities live in their own modules
 * and are found by CDI and JAX-RS scanning of the jars in WEB-INF/lib.
 */
package org.anju.app;

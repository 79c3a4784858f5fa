/** {@code /api/v1/alerts}: the alert list, export, detail, lifecycle steps, settings, evaluation and risk indicators. */
package org.anju.alerts.rest;

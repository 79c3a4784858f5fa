/**
 * Housing over REST (see docs/api/housing.md): projects, buildings, units and their status, the status board, the
 * one-room-one-archive (JSON and PDF), import and export of spreadsheets, the staff roster, and the public service
 * windows. Every method declares its permission.
 */
package org.anju.housing.rest;

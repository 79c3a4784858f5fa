/**
 * Persistence and files of housing: JPA queries (one query per list, counts in bulk), the status board's single
 * projection query, spreadsheet reading (streaming xlsx, CSV) and writing, and the archive's PDF with Chinese text.
 */
package org.anju.housing.infrastructure;

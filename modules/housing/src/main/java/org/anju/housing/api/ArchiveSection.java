package org.anju.housing.api;

import java.util.List;

/**
 * A section a later capability adds to the one-room-one-archive (R6.1b, R7.4a): its lease history, repairs, access
 * records. {@code rows} are label/value pairs already in the caller's language.
 */
public record ArchiveSection(String key, String title, List<Row> rows) {

    /** One line of a section. */
    public record Row(String label, String value) {
    }
}

package org.anju.housing.api;

import java.util.List;
import java.util.Locale;

/** Extension point: sections of a unit's archive contributed by other capabilities (CDI beans). */
public interface ArchiveContributor {

    List<ArchiveSection> sections(long unitId, Locale locale);
}

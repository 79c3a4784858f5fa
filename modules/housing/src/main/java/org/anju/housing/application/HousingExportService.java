package org.anju.housing.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.anju.housing.api.UnitStatus;
import org.anju.kernel.api.SpreadsheetWriter;

/**
 * The housing stock as a workbook with the import's layout (so an export can be edited and imported again), and the
 * empty template with an example row and instructions. Streams rows; a project of 50,000 units is fine.
 */
@ApplicationScoped
public class HousingExportService {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    SpreadsheetWriter writer;

    @Transactional
    public void export(OutputStream out, Long projectId) throws IOException {
        String where = projectId == null ? "" : " WHERE p.id = :p";
        List<Object[]> projects = query("SELECT p.name, p.address, p.divisionCode, p.propertyCompany, p.managerName, "
                + "p.managerPhone, p.serviceWindow.hotline, p.serviceWindow.officeHours FROM Project p" + where + " ORDER BY p.name", projectId);
        List<Object[]> buildings = query("SELECT p.name, b.name, b.floors, b.hasElevator, b.yearBuilt FROM Building b JOIN b.project p"
                + where + " ORDER BY p.name, LENGTH(b.name), b.name", projectId);
        writer.write(out, List.of(
                sheet(HousingSheets.Kind.PROJECT, rows -> {
                    for (Object[] r : projects) {
                        rows.accept(java.util.Arrays.asList(r));
                    }
                }),
                sheet(HousingSheets.Kind.BUILDING, rows -> {
                    for (Object[] r : buildings) {
                        rows.accept(java.util.Arrays.asList(r[0], r[1], r[2], Boolean.TRUE.equals(r[3]) ? "有" : "无", r[4]));
                    }
                }),
                sheet(HousingSheets.Kind.UNIT, rows -> {
                    var q = em.createQuery("SELECT p.name, b.name, u.roomNumber, u.floor, u.layout, u.area, u.orientation, "
                            + "u.propertyRegistrationNo, u.owningAuthority, u.rentStandardRef, u.managerName, u.status "
                            + "FROM Unit u JOIN u.building b JOIN u.project p" + where
                            + " ORDER BY p.name, LENGTH(b.name), b.name, u.floor, LENGTH(u.roomNumber), u.roomNumber", Object[].class);
                    if (projectId != null) {
                        q.setParameter("p", projectId);
                    }
                    try (var stream = q.getResultStream()) {
                        for (var it = stream.iterator(); it.hasNext(); ) {
                            Object[] r = it.next();
                            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(r).subList(0, 11));
                            cells.add(((UnitStatus) r[11]).chinese());
                            rows.accept(cells);
                        }
                    }
                })));
    }

    /** The empty template: the three sheets with their headers, and the instructions (with an example) apart. */
    public void template(OutputStream out) throws IOException {
        writer.write(out, List.of(
                sheet(HousingSheets.Kind.PROJECT, rows -> { }),
                sheet(HousingSheets.Kind.BUILDING, rows -> { }),
                sheet(HousingSheets.Kind.UNIT, rows -> { }),
                new SpreadsheetWriter.SheetSource() {
                    public String name() {
                        return HousingSheets.GUIDE_SHEET;
                    }

                    public List<String> headers() {
                        return List.of(HousingSheets.guide().get(0));
                    }

                    public List<Double> widths() {
                        return List.of(120.0);
                    }

                    public void rows(SpreadsheetWriter.RowSink rows) throws IOException {
                        for (String line : HousingSheets.guide().subList(1, HousingSheets.guide().size())) {
                            rows.accept(List.of(line));
                        }
                    }
                }));
    }

    private List<Object[]> query(String jpql, Long projectId) {
        var q = em.createQuery(jpql, Object[].class);
        if (projectId != null) {
            q.setParameter("p", projectId);
        }
        return q.getResultList();
    }

    private static SpreadsheetWriter.SheetSource sheet(HousingSheets.Kind kind, Rows rows) {
        return new SpreadsheetWriter.SheetSource() {
            public String name() {
                return kind.sheet();
            }

            public List<String> headers() {
                return kind.headers();
            }

            public List<Double> widths() {
                return kind.widths();
            }

            public void rows(SpreadsheetWriter.RowSink sink) throws IOException {
                rows.write(sink);
            }
        };
    }

    @FunctionalInterface
    private interface Rows {
        void write(SpreadsheetWriter.RowSink sink) throws IOException;
    }
}

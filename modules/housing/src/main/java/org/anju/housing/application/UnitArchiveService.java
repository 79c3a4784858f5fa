package org.anju.housing.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.housing.api.ArchiveContributor;
import org.anju.housing.api.ArchiveSection;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.Project;
import org.anju.housing.domain.Unit;
import org.anju.kernel.api.PdfDocumentWriter;
import org.anju.kernel.api.Messages;

/**
 * One-room-one-archive (一房一档, R6.1b, R7.4a): where the unit is, what it is, who owns and manages it, its lease (once
 * leases exist), every status change and every revision of its record, plus sections other capabilities contribute;
 * as JSON for the console and as PDF for a paper file.
 */
@ApplicationScoped
@Transactional
public class UnitArchiveService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    UnitService units;

    @Inject
    Instance<ArchiveContributor> contributors;

    @Inject
    PdfDocumentWriter pdf;

    public Views.UnitArchive archive(long unitId, Locale locale) {
        Unit u = units.find(unitId);
        Project p = u.project();
        Building b = u.building();
        List<ArchiveSection> sections = new ArrayList<>();
        contributors.forEach(c -> sections.addAll(c.sections(unitId, locale)));
        return new Views.UnitArchive(Views.UnitView.of(u),
                new Views.Location(p.id(), p.name(), p.address(), p.divisionCode(), b.name(), u.floor(), u.roomNumber()),
                new Views.BuildingAttributes(b.floors(), b.hasElevator(), b.yearBuilt()),
                new Views.Ownership(u.propertyRegistrationNo(), u.owningAuthority()),
                null,
                new Views.Management(u.managerName(), p.managerName(), p.propertyCompany()),
                units.statusHistory(unitId), units.history(unitId), sections);
    }

    public byte[] pdf(long unitId, Locale locale, String organizationName) {
        Views.UnitArchive a = archive(unitId, locale);
        List<PdfDocumentWriter.Section> sections = new ArrayList<>();
        Views.UnitView u = a.unit();
        sections.add(PdfDocumentWriter.Section.fields(t(locale, "housing.archive.location"), List.of(
                row(locale, "housing.field.project", a.location().projectName()),
                row(locale, "housing.field.address", a.location().projectAddress()),
                row(locale, "housing.field.divisionCode", a.location().divisionCode()),
                row(locale, "housing.field.building", a.location().buildingName()),
                row(locale, "housing.field.floor", String.valueOf(a.location().floor())),
                row(locale, "housing.field.roomNumber", a.location().roomNumber()))));
        sections.add(PdfDocumentWriter.Section.fields(t(locale, "housing.archive.attributes"), List.of(
                row(locale, "housing.field.layout", u.layout()),
                row(locale, "housing.field.area", u.area().toPlainString() + " ㎡"),
                row(locale, "housing.field.orientation", u.orientation()),
                row(locale, "housing.field.floors", String.valueOf(a.building().floors())),
                row(locale, "housing.field.hasElevator", t(locale, a.building().hasElevator() ? "housing.yes" : "housing.no")),
                row(locale, "housing.field.yearBuilt", a.building().yearBuilt() == null ? "" : String.valueOf(a.building().yearBuilt())),
                row(locale, "housing.field.devices", String.join("、", u.devices())),
                row(locale, "housing.field.status", status(locale, u.status().name())))));
        sections.add(PdfDocumentWriter.Section.fields(t(locale, "housing.archive.ownership"), List.of(
                row(locale, "housing.field.propertyRegistrationNo", a.ownership().propertyRegistrationNo()),
                row(locale, "housing.field.owningAuthority", a.ownership().owningAuthority()),
                row(locale, "housing.field.rentStandardRef", u.rentStandardRef()))));
        sections.add(PdfDocumentWriter.Section.fields(t(locale, "housing.archive.lease"), List.<String[]>of(
                new String[] {t(locale, "housing.archive.lease"), t(locale, "housing.archive.noLease")})));
        sections.add(PdfDocumentWriter.Section.fields(t(locale, "housing.archive.management"), List.of(
                row(locale, "housing.field.managerName", a.management().managerName()),
                row(locale, "housing.field.projectManager", a.management().projectManager()),
                row(locale, "housing.field.propertyCompany", a.management().propertyCompany()))));
        for (ArchiveSection s : a.sections()) {
            sections.add(PdfDocumentWriter.Section.fields(s.title(),
                    s.rows().stream().map(r -> new String[] {r.label(), r.value()}).toList()));
        }
        sections.add(PdfDocumentWriter.Section.table(t(locale, "housing.archive.statusHistory"),
                List.of(t(locale, "housing.field.time"), t(locale, "housing.field.change"), t(locale, "housing.field.actor"),
                        t(locale, "housing.field.reason"), t(locale, "housing.field.source")),
                a.statusHistory().stream().map(c -> new String[] {TIME.format(c.at()),
                        (c.from() == null ? "—" : status(locale, c.from().name())) + " → " + status(locale, c.to().name()),
                        c.actor(), c.reason() == null ? "" : c.reason(), t(locale, "housing.source." + c.source().name())})
                        .toList()));
        List<String[]> revisions = new ArrayList<>();
        for (AuditEntry e : a.revisions()) {
            String fields = String.join("；", e.fields().stream().map(f -> field(locale, f.field()) + "："
                    + (f.from() == null ? "—" : f.from()) + " → " + (f.to() == null ? "—" : f.to())).toList());
            revisions.add(new String[] {TIME.format(e.at()), e.actor() == null ? "" : e.actor(),
                    t(locale, "housing.change." + e.change().name()), fields, e.reason() == null ? "" : e.reason()});
        }
        sections.add(PdfDocumentWriter.Section.table(t(locale, "housing.archive.revisions"),
                List.of(t(locale, "housing.field.time"), t(locale, "housing.field.actor"), t(locale, "housing.field.change"),
                        t(locale, "housing.field.fields"), t(locale, "housing.field.reason")), revisions));
        String title = t(locale, "housing.archive.title") + " · " + a.location().projectName() + " "
                + a.location().buildingName() + " " + a.location().roomNumber();
        String subtitle = organizationName + " · " + t(locale, "housing.archive.printedAt") + " "
                + TIME.format(java.time.Instant.now());
        return pdf.write(new PdfDocumentWriter.PdfDoc(title, subtitle, sections, t(locale, "housing.archive.footer")));
    }

    private static String[] row(Locale locale, String key, String value) {
        return new String[] {t(locale, key), value == null ? "" : value};
    }

    private static String status(Locale locale, String status) {
        return t(locale, "housing.status." + status);
    }

    private static String field(Locale locale, String field) {
        String key = "housing.field." + field;
        return Messages.has(locale, key) ? t(locale, key) : field;
    }

    private static String t(Locale locale, String key) {
        return Messages.get(locale, key);
    }

}

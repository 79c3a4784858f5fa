package org.anju.leasing.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.PdfDocumentWriter;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.infrastructure.LeasingStore;

/**
 * One-household-one-archive (一户一档, R7.4b): the household and its members (masked), every revision, its leases and
 * every lifecycle event, its yearly reviews and its applications; as JSON for the console and as PDF for a paper file.
 */
@ApplicationScoped
@Transactional
public class HouseholdArchiveService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    LeasingStore store;

    @Inject
    HouseholdService households;

    @Inject
    LeaseAssembler leases;

    @Inject
    ReviewService reviews;

    @Inject
    HouseholdApplicationService applications;

    @Inject
    PdfDocumentWriter pdf;

    @Inject
    jakarta.enterprise.inject.Instance<org.anju.leasing.api.HouseholdArchiveContributor> contributors;

    public Views.HouseholdArchive archive(long householdId) {
        return archive(householdId, org.anju.kernel.api.RequestLocale.current());
    }

    public Views.HouseholdArchive archive(long householdId, java.util.Locale locale) {
        Household h = households.find(householdId);
        List<Lease> all = store.leasesOfHousehold(h.id());
        List<Views.EventView> events = new ArrayList<>();
        java.util.Map<Long, String> numbers = new java.util.HashMap<>();
        all.forEach(l -> numbers.put(l.id(), l.number()));
        store.events(all.stream().map(Lease::id).toList()).forEach(e -> events.add(new Views.EventView(e.leaseId(),
                numbers.get(e.leaseId()), e.from(), e.to(), e.at(), e.actor(), e.reason())));
        return new Views.HouseholdArchive(households.view(h, true), households.history(h.id()), leases.summaries(all),
                events, reviews.ofHousehold(h.id()), applications.ofHousehold(h.id()), contributed(h.id(), locale));
    }

    private List<org.anju.leasing.api.HouseholdArchiveContributor.Section> contributed(long householdId, java.util.Locale locale) {
        List<org.anju.leasing.api.HouseholdArchiveContributor.Section> all = new ArrayList<>();
        for (org.anju.leasing.api.HouseholdArchiveContributor c : contributors) {
            all.addAll(c.sections(householdId, locale));
        }
        return all;
    }

    public byte[] pdf(long householdId, Locale locale, String organizationName) {
        Views.HouseholdArchive a = archive(householdId, locale);
        Views.HouseholdView h = a.household();
        List<PdfDocumentWriter.Section> sections = new ArrayList<>();
        sections.add(PdfDocumentWriter.Section.fields(t(locale, "leasing.archive.household"), List.of(
                row(locale, "leasing.field.number", h.number()),
                row(locale, "leasing.field.eligibilityCategory", t(locale, "leasing.category." + h.eligibilityCategory().name())),
                row(locale, "leasing.field.incomeMonthly", h.incomeMonthly() == null ? "" : h.incomeMonthly().toPlainString()),
                row(locale, "leasing.field.status", t(locale, "leasing.householdStatus." + h.status().name())),
                row(locale, "leasing.field.housingSituation", h.housingSituation()),
                row(locale, "leasing.field.flags", flags(locale, h)))));
        sections.add(PdfDocumentWriter.Section.table(t(locale, "leasing.archive.members"),
                List.of(t(locale, "leasing.field.relation"), t(locale, "leasing.field.name"), t(locale, "leasing.field.idNumber"),
                        t(locale, "leasing.field.phone"), t(locale, "leasing.field.birthDate"), t(locale, "leasing.field.employer")),
                h.members().stream().map(m -> new String[] {t(locale, "leasing.relation." + m.relation().name()), m.name(),
                        m.idNumber(), m.phone() == null ? "" : m.phone(),
                        m.birthDate() == null ? "" : m.birthDate().toString(), m.employer() == null ? "" : m.employer()})
                        .toList()));
        sections.add(PdfDocumentWriter.Section.table(t(locale, "leasing.archive.leases"),
                List.of(t(locale, "leasing.field.leaseNumber"), t(locale, "leasing.field.unit"), t(locale, "leasing.field.period"),
                        t(locale, "leasing.field.monthlyRent"), t(locale, "leasing.field.status")),
                a.leases().stream().map(l -> new String[] {l.number(), l.unitLabel(), l.startDate() + " ~ " + l.endDate(),
                        l.monthlyRent().toPlainString(), LeasingRules.status(locale, l.status())}).toList()));
        sections.add(PdfDocumentWriter.Section.table(t(locale, "leasing.archive.events"),
                List.of(t(locale, "leasing.field.time"), t(locale, "leasing.field.leaseNumber"), t(locale, "leasing.field.change"),
                        t(locale, "leasing.field.actor"), t(locale, "leasing.field.reason")),
                a.events().stream().map(e -> new String[] {TIME.format(e.at()), e.leaseNumber(),
                        (e.from() == null ? "—" : LeasingRules.status(locale, e.from())) + " → " + LeasingRules.status(locale, e.to()),
                        e.actor(), e.reason() == null ? "" : e.reason()}).toList()));
        sections.add(PdfDocumentWriter.Section.table(t(locale, "leasing.archive.reviews"),
                List.of(t(locale, "leasing.field.year"), t(locale, "leasing.field.status"), t(locale, "leasing.field.decision"),
                        t(locale, "leasing.field.eligibilityCategory"), t(locale, "leasing.field.reason")),
                a.reviews().stream().map(r -> new String[] {String.valueOf(r.year()), t(locale, "leasing.reviewStatus." + r.status().name()),
                        r.decision() == null ? "" : t(locale, "leasing.reviewDecision." + r.decision().name()),
                        t(locale, "leasing.category." + (r.categoryAfter() == null ? r.categoryBefore() : r.categoryAfter()).name()),
                        r.reason() == null ? "" : r.reason()}).toList()));
        sections.add(PdfDocumentWriter.Section.table(t(locale, "leasing.archive.applications"),
                List.of(t(locale, "leasing.field.time"), t(locale, "leasing.field.type"), t(locale, "leasing.field.status"),
                        t(locale, "leasing.field.reason"), t(locale, "leasing.field.decisionReason")),
                a.applications().stream().map(p -> new String[] {TIME.format(p.submittedAt()),
                        t(locale, "leasing.applicationType." + p.type().name()),
                        t(locale, "leasing.applicationStatus." + p.status().name()), p.reason() == null ? "" : p.reason(),
                        p.decisionReason() == null ? "" : p.decisionReason()}).toList()));
        for (org.anju.leasing.api.HouseholdArchiveContributor.Section c : a.sections()) {
            sections.add(PdfDocumentWriter.Section.table(c.title(), c.headers(),
                    c.rows().stream().map(r -> r.toArray(new String[0])).toList()));
        }
        List<String[]> revisions = new ArrayList<>();
        for (AuditEntry e : a.revisions()) {
            revisions.add(new String[] {TIME.format(e.at()), e.actor() == null ? "" : e.actor(),
                    String.join("；", e.fields().stream().map(f -> f.field() + "：" + (f.from() == null ? "—" : f.from())
                            + " → " + (f.to() == null ? "—" : f.to())).toList()), e.reason() == null ? "" : e.reason()});
        }
        sections.add(PdfDocumentWriter.Section.table(t(locale, "leasing.archive.revisions"),
                List.of(t(locale, "leasing.field.time"), t(locale, "leasing.field.actor"), t(locale, "leasing.field.fields"),
                        t(locale, "leasing.field.reason")), revisions));
        String title = t(locale, "leasing.archive.title") + " · " + h.number();
        String subtitle = organizationName + " · " + t(locale, "leasing.archive.printedAt") + " " + TIME.format(Instant.now());
        return pdf.write(new PdfDocumentWriter.PdfDoc(title, subtitle, sections, t(locale, "leasing.archive.footer")));
    }

    private static String flags(Locale locale, Views.HouseholdView h) {
        List<String> f = new ArrayList<>();
        if (h.elderlyAlone()) {
            f.add(t(locale, "leasing.field.elderlyAlone"));
        }
        if (h.disabled()) {
            f.add(t(locale, "leasing.field.disabled"));
        }
        if (h.seriousIllness()) {
            f.add(t(locale, "leasing.field.seriousIllness"));
        }
        return String.join("、", f);
    }

    private static String[] row(Locale locale, String key, String value) {
        return new String[] {t(locale, key), value == null ? "" : value};
    }

    private static String t(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}

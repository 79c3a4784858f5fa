package org.anju.leasing.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.anju.kernel.api.Like;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.Acknowledgement;
import org.anju.leasing.domain.ApplicationStatus;
import org.anju.leasing.domain.ApplicationType;
import org.anju.leasing.domain.ApprovalDecision;
import org.anju.leasing.domain.CheckIn;
import org.anju.leasing.domain.ContractTemplate;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.EligibilityReview;
import org.anju.leasing.domain.FeeItem;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdApplication;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.HouseholdStatus;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseEvent;
import org.anju.leasing.domain.LeaseFilter;
import org.anju.leasing.domain.LeaseSignature;
import org.anju.leasing.domain.LeaseType;
import org.anju.leasing.domain.LeasingSettings;
import org.anju.leasing.domain.ReviewCampaign;
import org.anju.leasing.domain.ReviewStatus;
import org.anju.leasing.domain.SigningCode;

/** The leasing records of the operator in scope (Hibernate picks the schema from the tenant context). */
@ApplicationScoped
public class LeasingStore {

    /** Statuses in which a lease holds its unit (from drafting until it ends; an expired lease until move-out). */
    public static final Set<LeaseStatus> HOLDING = Set.of(LeaseStatus.DRAFT, LeaseStatus.PENDING_APPROVAL,
            LeaseStatus.APPROVED, LeaseStatus.SIGNED, LeaseStatus.ACTIVE, LeaseStatus.EXPIRED);

    /** Statuses in which the household lives (or is about to live) in the unit. */
    public static final Set<LeaseStatus> LIVING = Set.of(LeaseStatus.SIGNED, LeaseStatus.ACTIVE, LeaseStatus.EXPIRED);

    /** Household list filters. */
    public record HouseholdFilter(String text, EligibilityCategory category, HouseholdStatus status, String idIndex) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public long nextNumber(String sequence) {
        return ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult()).longValue();
    }

    // ---- households

    public Optional<Household> household(long id) {
        return Optional.ofNullable(em.find(Household.class, id));
    }

    public Household householdForUpdate(long id) {
        return em.find(Household.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Household> householdByNumber(String number) {
        return em.createQuery("SELECT h FROM Household h WHERE h.number = :n", Household.class).setParameter("n", number)
                .getResultStream().findFirst();
    }

    /** Members with this ID number (blind index) in households that have not moved out. */
    public List<HouseholdMember> membersByIdIndex(String index) {
        return em.createQuery("SELECT m FROM HouseholdMember m JOIN FETCH m.household h WHERE m.idNumberIndex = :i"
                        + " AND h.status <> :out", HouseholdMember.class)
                .setParameter("i", index).setParameter("out", HouseholdStatus.MOVED_OUT).getResultList();
    }

    public Optional<HouseholdMember> memberByUser(long userId) {
        return em.createQuery("SELECT m FROM HouseholdMember m JOIN FETCH m.household WHERE m.userId = :u",
                HouseholdMember.class).setParameter("u", userId).getResultStream().findFirst();
    }

    public Page<Household> households(HouseholdFilter f, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(LOWER(h.number) LIKE :text ESCAPE '!' OR EXISTS (SELECT 1 FROM HouseholdMember m "
                    + "WHERE m.household = h AND LOWER(m.name) LIKE :text ESCAPE '!'))");
            params.put("text", Like.contains(f.text()));
        }
        if (f.category() != null) {
            where.add("h.eligibilityCategory = :category");
            params.put("category", f.category());
        }
        if (f.status() != null) {
            where.add("h.status = :status");
            params.put("status", f.status());
        }
        if (f.idIndex() != null) {
            where.add("EXISTS (SELECT 1 FROM HouseholdMember m WHERE m.household = h AND m.idNumberIndex = :idx)");
            params.put("idx", f.idIndex());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<Household> q = em.createQuery("SELECT h FROM Household h" + filter + " ORDER BY h.number DESC",
                Household.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(h) FROM Household h" + filter, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Household> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    /** Members of the given households, in one query (lists show the applicant and the member count). */
    public Map<Long, List<HouseholdMember>> members(Collection<Long> householdIds) {
        Map<Long, List<HouseholdMember>> out = new HashMap<>();
        if (householdIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT m FROM HouseholdMember m WHERE m.household.id IN :ids ORDER BY m.applicant DESC, m.id",
                        HouseholdMember.class).setParameter("ids", householdIds).getResultList()
                .forEach(m -> out.computeIfAbsent(m.household().id(), k -> new ArrayList<>()).add(m));
        return out;
    }

    public List<HouseholdMember> allMembers() {
        return em.createQuery("SELECT m FROM HouseholdMember m ORDER BY m.id", HouseholdMember.class).getResultList();
    }

    // ---- leases

    public Optional<Lease> lease(long id) {
        return Optional.ofNullable(em.find(Lease.class, id));
    }

    public Lease leaseForUpdate(long id) {
        return em.find(Lease.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Lease> leaseByNumber(String number) {
        return em.createQuery("SELECT l FROM Lease l WHERE l.number = :n", Lease.class).setParameter("n", number)
                .getResultStream().findFirst();
    }

    public List<Lease> leasesOfHousehold(long householdId) {
        return em.createQuery("SELECT l FROM Lease l WHERE l.householdId = :h ORDER BY l.createdAt DESC, l.id DESC",
                Lease.class).setParameter("h", householdId).getResultList();
    }

    public List<Lease> leasesOfUnit(long unitId) {
        return em.createQuery("SELECT l FROM Lease l WHERE l.unitId = :u ORDER BY l.createdAt DESC, l.id DESC",
                Lease.class).setParameter("u", unitId).getResultList();
    }

    /** Leases in one of the statuses on a unit, other than {@code except}. */
    public List<Lease> leasesOnUnit(long unitId, Set<LeaseStatus> statuses, Long except) {
        return em.createQuery("SELECT l FROM Lease l WHERE l.unitId = :u AND l.status IN :s AND l.id <> :x", Lease.class)
                .setParameter("u", unitId).setParameter("s", statuses).setParameter("x", except == null ? -1L : except)
                .getResultList();
    }

    public List<Lease> leasesOfHousehold(long householdId, Set<LeaseStatus> statuses) {
        return em.createQuery("SELECT l FROM Lease l WHERE l.householdId = :h AND l.status IN :s ORDER BY l.id",
                Lease.class).setParameter("h", householdId).setParameter("s", statuses).getResultList();
    }

    /** The current lease of each household (living first, then the newest). */
    public Map<Long, Lease> currentLeases(Collection<Long> householdIds) {
        Map<Long, Lease> out = new HashMap<>();
        if (householdIds.isEmpty()) {
            return out;
        }
        for (Lease l : em.createQuery("SELECT l FROM Lease l WHERE l.householdId IN :ids ORDER BY l.createdAt, l.id",
                Lease.class).setParameter("ids", householdIds).getResultList()) {
            Lease before = out.get(l.householdId());
            if (before == null || rank(l) >= rank(before)) {
                out.put(l.householdId(), l);
            }
        }
        return out;
    }

    /** Which lease is "the" lease of a household: the active one, else a signed or expired one, else an open one. */
    private static int rank(Lease l) {
        if (l.status() == LeaseStatus.ACTIVE) {
            return 3;
        }
        if (LIVING.contains(l.status())) {
            return 2;
        }
        return HOLDING.contains(l.status()) ? 1 : 0;
    }

    public Page<Lease> leases(LeaseFilter f, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.status() != null) {
            where.add("l.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.add("l.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(LOWER(l.number) LIKE :text ESCAPE '!' OR LOWER(l.unitLabel) LIKE :text ESCAPE '!'"
                    + " OR EXISTS (SELECT 1 FROM Household h WHERE h.id = l.householdId AND LOWER(h.number) LIKE :text ESCAPE '!')"
                    + " OR EXISTS (SELECT 1 FROM HouseholdMember m WHERE m.household.id = l.householdId AND m.applicant = true"
                    + " AND LOWER(m.name) LIKE :text ESCAPE '!'))");
            params.put("text", Like.contains(f.text()));
        }
        if (f.householdId() != null) {
            where.add("l.householdId = :household");
            params.put("household", f.householdId());
        }
        if (f.unitId() != null) {
            where.add("l.unitId = :unit");
            params.put("unit", f.unitId());
        }
        if (f.projectId() != null) {
            where.add("l.projectId = :project");
            params.put("project", f.projectId());
        }
        if (f.endingBy() != null) {
            where.add("l.status = :active AND l.endDate <= :endingBy");
            params.put("active", LeaseStatus.ACTIVE);
            params.put("endingBy", f.endingBy());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String order = f.endingBy() != null ? " ORDER BY l.endDate, l.id" : " ORDER BY l.updatedAt DESC, l.id DESC";
        TypedQuery<Lease> q = em.createQuery("SELECT l FROM Lease l" + filter + order, Lease.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM Lease l" + filter, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Lease> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    /** Ids of leases in these statuses, oldest first. */
    public List<Long> leaseIdsInStatus(Collection<LeaseStatus> statuses) {
        return em.createQuery("SELECT l.id FROM Lease l WHERE l.status IN :s ORDER BY l.id", Long.class)
                .setParameter("s", statuses).getResultList();
    }

    /** (household id, user id) of members with a resident account. */
    public List<Object[]> residentUsers(Collection<Long> householdIds) {
        return em.createQuery("SELECT m.household.id, m.userId FROM HouseholdMember m WHERE m.household.id IN :h "
                + "AND m.userId IS NOT NULL", Object[].class).setParameter("h", householdIds).getResultList();
    }

    public List<Lease> leasesInStatus(LeaseStatus status) {
        return em.createQuery("SELECT l FROM Lease l WHERE l.status = :s ORDER BY l.id", Lease.class)
                .setParameter("s", status).getResultList();
    }

    /** Active leases ending on or before a date (renewal reminders, expiry). */
    public List<Lease> activeEndingBy(LocalDate date) {
        return em.createQuery("SELECT l FROM Lease l WHERE l.status = :s AND l.endDate <= :d ORDER BY l.endDate, l.id",
                Lease.class).setParameter("s", LeaseStatus.ACTIVE).setParameter("d", date).getResultList();
    }

    /** Records a reminder once: true when this lease had no reminder at this offset yet. */
    public boolean markReminder(long leaseId, int offsetDays) {
        return em.createNativeQuery("INSERT INTO lease_reminder (lease_id, offset_days, sent_at) VALUES (?1, ?2, now())"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, leaseId).setParameter(2, offsetDays).executeUpdate() == 1;
    }

    public List<Object[]> reminders(long leaseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT offset_days, sent_at FROM lease_reminder WHERE lease_id = ?1"
                + " ORDER BY offset_days DESC").setParameter(1, leaseId).getResultList();
        return rows;
    }

    public List<LeaseEvent> events(long leaseId) {
        return em.createQuery("SELECT e FROM LeaseEvent e WHERE e.leaseId = :l ORDER BY e.at, e.id", LeaseEvent.class)
                .setParameter("l", leaseId).getResultList();
    }

    public List<LeaseEvent> events(Collection<Long> leaseIds) {
        if (leaseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM LeaseEvent e WHERE e.leaseId IN :l ORDER BY e.at, e.id", LeaseEvent.class)
                .setParameter("l", leaseIds).getResultList();
    }

    public List<ApprovalDecision> decisions(long leaseId) {
        return em.createQuery("SELECT d FROM ApprovalDecision d WHERE d.leaseId = :l ORDER BY d.at, d.id",
                ApprovalDecision.class).setParameter("l", leaseId).getResultList();
    }

    public List<ApprovalDecision> decisions(Collection<Long> leaseIds) {
        if (leaseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM ApprovalDecision d WHERE d.leaseId IN :l ORDER BY d.at, d.id",
                ApprovalDecision.class).setParameter("l", leaseIds).getResultList();
    }

    public List<Acknowledgement> acknowledgements(long leaseId) {
        return em.createQuery("SELECT a FROM Acknowledgement a WHERE a.leaseId = :l ORDER BY a.at, a.id",
                Acknowledgement.class).setParameter("l", leaseId).getResultList();
    }

    public List<SigningCode> signingCodes(long leaseId) {
        return em.createQuery("SELECT c FROM SigningCode c WHERE c.leaseId = :l ORDER BY c.createdAt DESC, c.id DESC",
                SigningCode.class).setParameter("l", leaseId).getResultList();
    }

    public Optional<LeaseSignature> signature(long leaseId) {
        return Optional.ofNullable(em.find(LeaseSignature.class, leaseId));
    }

    public List<LeaseSignature> allSignatures() {
        return em.createQuery("SELECT s FROM LeaseSignature s ORDER BY s.leaseId", LeaseSignature.class).getResultList();
    }

    public Optional<CheckIn> checkIn(long leaseId) {
        return Optional.ofNullable(em.find(CheckIn.class, leaseId));
    }

    public List<CheckIn> allCheckIns() {
        return em.createQuery("SELECT c FROM CheckIn c ORDER BY c.leaseId", CheckIn.class).getResultList();
    }

    /** The living lease of each unit and its household's applicant name (status board cells). */
    public List<Object[]> livingLeasesOfUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l.unitId, l.endDate, m.name, l.status FROM Lease l, HouseholdMember m"
                        + " WHERE m.household.id = l.householdId AND m.applicant = true AND l.unitId IN :u"
                        + " AND l.status IN :s", Object[].class)
                .setParameter("u", unitIds).setParameter("s", LIVING).getResultList();
    }

    // ---- catalogues

    public List<FeeItem> feeItems(Boolean active) {
        TypedQuery<FeeItem> q = em.createQuery("SELECT f FROM FeeItem f" + (active == null ? "" : " WHERE f.active = :a")
                + " ORDER BY f.code", FeeItem.class);
        if (active != null) {
            q.setParameter("a", active);
        }
        return q.getResultList();
    }

    public Optional<FeeItem> feeItem(long id) {
        return Optional.ofNullable(em.find(FeeItem.class, id));
    }

    public Optional<FeeItem> feeItemByCode(String code) {
        return em.createQuery("SELECT f FROM FeeItem f WHERE f.code = :c", FeeItem.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public List<LeaseType> leaseTypes() {
        return em.createQuery("SELECT t FROM LeaseType t ORDER BY t.code", LeaseType.class).getResultList();
    }

    public Optional<LeaseType> leaseType(long id) {
        return Optional.ofNullable(em.find(LeaseType.class, id));
    }

    public Optional<LeaseType> leaseTypeByCode(String code) {
        return em.createQuery("SELECT t FROM LeaseType t WHERE t.code = :c", LeaseType.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public Optional<ContractTemplate> template(long id) {
        return Optional.ofNullable(em.find(ContractTemplate.class, id));
    }

    public Optional<ContractTemplate> latestTemplate(String code) {
        return em.createQuery("SELECT t FROM ContractTemplate t WHERE t.code = :c ORDER BY t.version DESC",
                ContractTemplate.class).setParameter("c", code).setMaxResults(1).getResultStream().findFirst();
    }

    public List<ContractTemplate> templateVersions(String code) {
        return em.createQuery("SELECT t FROM ContractTemplate t WHERE t.code = :c ORDER BY t.version DESC",
                ContractTemplate.class).setParameter("c", code).getResultList();
    }

    public List<ContractTemplate> latestTemplates() {
        return em.createQuery("SELECT t FROM ContractTemplate t WHERE t.version = (SELECT MAX(o.version) FROM"
                + " ContractTemplate o WHERE o.code = t.code) ORDER BY t.code", ContractTemplate.class).getResultList();
    }

    public LeasingSettings settings() {
        return em.find(LeasingSettings.class, LeasingSettings.ID);
    }

    // ---- reviews and applications

    public List<ReviewCampaign> campaigns() {
        return em.createQuery("SELECT c FROM ReviewCampaign c ORDER BY c.year DESC, c.id DESC", ReviewCampaign.class)
                .getResultList();
    }

    public Optional<ReviewCampaign> campaign(long id) {
        return Optional.ofNullable(em.find(ReviewCampaign.class, id));
    }

    public Optional<ReviewCampaign> campaignOfYear(int year) {
        return em.createQuery("SELECT c FROM ReviewCampaign c WHERE c.year = :y", ReviewCampaign.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    public Map<ReviewStatus, Long> reviewCounts(long campaignId) {
        Map<ReviewStatus, Long> out = new HashMap<>();
        for (ReviewStatus s : ReviewStatus.values()) {
            out.put(s, 0L);
        }
        em.createQuery("SELECT r.status, COUNT(r) FROM EligibilityReview r WHERE r.campaignId = :c GROUP BY r.status",
                Object[].class).setParameter("c", campaignId).getResultList()
                .forEach(row -> out.put((ReviewStatus) row[0], (Long) row[1]));
        return out;
    }

    public Page<EligibilityReview> reviews(long campaignId, ReviewStatus status, PageRequest page) {
        String filter = " WHERE r.campaignId = :c" + (status == null ? "" : " AND r.status = :s");
        TypedQuery<EligibilityReview> q = em.createQuery("SELECT r FROM EligibilityReview r" + filter
                + " ORDER BY r.id", EligibilityReview.class).setParameter("c", campaignId);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM EligibilityReview r" + filter, Long.class)
                .setParameter("c", campaignId);
        if (status != null) {
            q.setParameter("s", status);
            count.setParameter("s", status);
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }

    public Optional<EligibilityReview> review(long id) {
        return Optional.ofNullable(em.find(EligibilityReview.class, id));
    }

    public List<EligibilityReview> reviewsOfHousehold(long householdId) {
        return em.createQuery("SELECT r FROM EligibilityReview r WHERE r.householdId = :h ORDER BY r.year DESC",
                EligibilityReview.class).setParameter("h", householdId).getResultList();
    }

    public Optional<HouseholdApplication> application(long id) {
        return Optional.ofNullable(em.find(HouseholdApplication.class, id));
    }

    public List<HouseholdApplication> applicationsOfHousehold(long householdId) {
        return em.createQuery("SELECT a FROM HouseholdApplication a WHERE a.householdId = :h"
                + " ORDER BY a.submittedAt DESC", HouseholdApplication.class).setParameter("h", householdId).getResultList();
    }

    public boolean openApplication(long householdId, ApplicationType type) {
        return !em.createQuery("SELECT a.id FROM HouseholdApplication a WHERE a.householdId = :h AND a.type = :t"
                        + " AND a.status = :s", Long.class)
                .setParameter("h", householdId).setParameter("t", type).setParameter("s", ApplicationStatus.SUBMITTED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Page<HouseholdApplication> applications(ApplicationStatus status, ApplicationType type, PageRequest page) {
        List<String> where = new ArrayList<>();
        if (status != null) {
            where.add("a.status = :s");
        }
        if (type != null) {
            where.add("a.type = :t");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<HouseholdApplication> q = em.createQuery("SELECT a FROM HouseholdApplication a" + filter
                + " ORDER BY a.submittedAt DESC, a.id DESC", HouseholdApplication.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM HouseholdApplication a" + filter, Long.class);
        for (TypedQuery<?> tq : List.of(q, count)) {
            if (status != null) {
                tq.setParameter("s", status);
            }
            if (type != null) {
                tq.setParameter("t", type);
            }
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }
}

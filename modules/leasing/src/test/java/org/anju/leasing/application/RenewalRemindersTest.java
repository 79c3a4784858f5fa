package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.IdType;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeasingSettings;
import org.anju.leasing.domain.Relation;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.notify.api.Notices;
import org.anju.notify.api.Sms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R6.2b3: renewal reminders go out when a lease crosses one of the operator's offsets (90, 60 and 30 days before its
 * end by default): to the resident in the portal and by SMS, and to the leasing officers; only the nearest offset when
 * several are crossed at once, and never twice for the same lease and offset.
 */
class RenewalRemindersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 20);

    /** An in-memory store of the few things the daily run reads and writes. */
    static final class Store extends LeasingStore {
        final List<Lease> leases = new ArrayList<>();
        final Map<Long, Household> households = new java.util.HashMap<>();
        final Set<String> reminders = new HashSet<>();
        LeasingSettings settings = RenewalRemindersTest.settings(List.of(90, 60, 30));

        @Override
        public LeasingSettings settings() {
            return settings;
        }

        @Override
        public List<Lease> activeEndingBy(LocalDate date) {
            return leases.stream().filter(l -> l.status() == LeaseStatus.ACTIVE && !l.endDate().isAfter(date)).toList();
        }

        @Override
        public boolean markReminder(long leaseId, int offsetDays) {
            return reminders.add(leaseId + ":" + offsetDays);
        }

        @Override
        public Optional<Household> household(long id) {
            return Optional.ofNullable(households.get(id));
        }
    }

    static LeasingSettings settings(List<Integer> offsets) {
        try {
            Constructor<LeasingSettings> c = LeasingSettings.class.getDeclaredConstructor();
            c.setAccessible(true);
            LeasingSettings s = c.newInstance();
            s.reminderOffsets(offsets);
            return s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    record Notice(Long userId, String role, String title, String body, String dedupKey) {
    }

    record Text(String phone, String purpose, String body) {
    }

    private final Store store = new Store();
    private final List<Notice> notices = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final RenewalReminders reminders = new RenewalReminders();
    private int expiredByOccupancy;

    @BeforeEach
    void wire() {
        reminders.store = store;
        reminders.occupancy = new OccupancyService() {
            @Override
            int expire(LocalDate today) {
                return expiredByOccupancy;
            }
        };
        MemberData data = new MemberData();
        data.personalData = new FakePersonalData();
        reminders.data = data;
        reminders.contracts = new ContractService() {
            @Override
            String lessor() {
                return "安居住房租赁公司";
            }
        };
        reminders.notices = new Notices() {
            @Override
            public void send(long userId, String category, String title, String body, String link, String dedupKey) {
                notices.add(new Notice(userId, null, title, body, dedupKey));
            }

            @Override
            public void sendToRole(String roleCode, String category, String title, String body, String link,
                                   String dedupKey) {
                notices.add(new Notice(null, roleCode, title, body, dedupKey));
            }
        };
        reminders.sms = new Sms() {
            @Override
            public void send(String phone, String purpose, String body) {
                texts.add(new Text(phone, purpose, body));
            }
        };
    }

    /** An active lease ending {@code daysLeft} days from today, of a household whose applicant has an account. */
    private Lease lease(long id, int daysLeft, String phone, Long userId) {
        Household h = Fixtures.withId(new Household("H20260000" + id, new Household.Facts(EligibilityCategory.LOW_INCOME,
                new BigDecimal("2500.00"), null, false, false, false, null), Fixtures.T0), 100 + id);
        HouseholdMember m = new HouseholdMember(h, Fixtures.T0);
        m.describe(Relation.SELF, "张三", IdType.RESIDENT_ID, null, null, true, Fixtures.T0);
        m.sealPhone(phone == null ? null : reminders.data.sealPhone(phone), Fixtures.T0);
        if (userId != null) {
            m.linkAccount(userId, Fixtures.T0);
        }
        h.addMember(m);
        store.households.put(h.id(), h);
        LocalDate end = TODAY.plusDays(daysLeft);
        Lease l = Fixtures.withId(new Lease("HT20260000" + id, h.id(), new Lease.Place(11, 2, 3, "阳光家园 1号楼 10" + id),
                5, 6, LeaseKind.NEW, null, new Lease.Terms(end.minusYears(3).plusDays(1), end, new BigDecimal("800.00"),
                new BigDecimal("1600.00"), null), List.of(), LeaseStatus.ACTIVE, Fixtures.T0), id);
        store.leases.add(l);
        return l;
    }

    @Test
    void aLeaseFirstSeenInsideSeveralOffsetsGetsOnlyTheNearest() {
        lease(1, 45, "13812345678", 501L);
        Views.DailyRun run = reminders.run(TODAY);
        assertThat(run.reminded()).isEqualTo(1);
        assertThat(store.reminders).containsExactly("1:60");
        assertThat(notices).extracting(Notice::dedupKey).containsOnly("lease-renewal:1:60");
    }

    @Test
    void theResidentTheOfficersAndThePhoneAreTold() {
        lease(1, 45, "13812345678", 501L);
        reminders.run(TODAY);
        assertThat(notices).hasSize(2);
        Notice resident = notices.get(0);
        assertThat(resident.userId()).isEqualTo(501L);
        assertThat(resident.title()).isEqualTo("合同将于 2026年10月4日 到期");
        assertThat(resident.body()).contains("HT202600001").contains("还有 45 天到期");
        Notice officers = notices.get(1);
        assertThat(officers.role()).isEqualTo("leasing_officer");
        assertThat(officers.title()).isEqualTo("续租提醒：HT202600001 还有 45 天到期");
        assertThat(texts).singleElement().satisfies(t -> {
            assertThat(t.phone()).isEqualTo("13812345678");
            assertThat(t.purpose()).isEqualTo("lease-renewal");
            assertThat(t.body()).startsWith("【安居住房租赁公司】").contains("2026年10月4日");
        });
    }

    @Test
    void runningTheSameDayAgainSendsNothing() {
        lease(1, 45, "13812345678", 501L);
        reminders.run(TODAY);
        notices.clear();
        texts.clear();
        assertThat(reminders.run(TODAY).reminded()).isZero();
        assertThat(notices).isEmpty();
        assertThat(texts).isEmpty();
    }

    @Test
    void crossingTheNextOffsetRemindsAgain() {
        lease(1, 61, "13812345678", 501L);
        assertThat(reminders.run(TODAY).reminded()).as("61 days left").isEqualTo(1);
        assertThat(store.reminders).containsExactly("1:90");
        assertThat(reminders.run(TODAY.plusDays(1)).reminded()).as("60 days left").isEqualTo(1);
        assertThat(reminders.run(TODAY.plusDays(2)).reminded()).as("59 days left").isZero();
        assertThat(reminders.run(TODAY.plusDays(31)).reminded()).as("30 days left").isEqualTo(1);
        assertThat(store.reminders).containsExactlyInAnyOrder("1:90", "1:60", "1:30");
    }

    @Test
    void leasesFurtherOffOrAlreadyOverAreLeftAlone() {
        lease(1, 91, "13812345678", 501L);
        lease(2, -1, "13912345678", 502L);
        assertThat(reminders.run(TODAY).reminded()).isZero();
        assertThat(notices).isEmpty();
        assertThat(store.reminders).isEmpty();
    }

    @Test
    void aLeaseEndingTodayIsStillReminded() {
        lease(1, 0, "13812345678", 501L);
        assertThat(reminders.run(TODAY).reminded()).isEqualTo(1);
        assertThat(store.reminders).containsExactly("1:30");
        assertThat(notices.get(0).body()).contains("还有 0 天到期");
    }

    @Test
    void noSmsWithoutAMobileNoPortalNoticeWithoutAnAccount() {
        lease(1, 30, "0571-88886666", null);
        reminders.run(TODAY);
        assertThat(texts).isEmpty();
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.role()).isEqualTo("leasing_officer"));
    }

    @Test
    void theOperatorsOwnOffsetsApply() {
        store.settings = settings(List.of(15));
        lease(1, 20, "13812345678", 501L);
        lease(2, 15, "13912345678", 502L);
        assertThat(reminders.run(TODAY).reminded()).isEqualTo(1);
        assertThat(store.reminders).containsExactly("2:15");
    }

    @Test
    void theRunCountsExpiredLeasesToo() {
        expiredByOccupancy = 3;
        lease(1, 45, "13812345678", 501L);
        assertThat(reminders.run(TODAY)).isEqualTo(new Views.DailyRun(1, 3));
    }
}

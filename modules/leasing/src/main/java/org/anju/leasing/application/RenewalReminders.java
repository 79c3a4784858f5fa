package org.anju.leasing.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.notify.api.Notices;
import org.anju.notify.api.Sms;

/**
 * The daily leasing run of one operator (R6.2b3): leases past their end become EXPIRED, and renewal reminders go out
 * when a lease crosses one of the operator's offsets (default 90, 60 and 30 days before its end) — to the resident (in
 * the portal and by SMS) and to the leasing officers. A reminder is recorded per lease and offset before it is sent,
 * so running the day again sends nothing twice; a lease first seen inside several offsets gets only the nearest one.
 */
@ApplicationScoped
@Transactional
public class RenewalReminders {

    @Inject
    LeasingStore store;

    @Inject
    OccupancyService occupancy;

    @Inject
    MemberData data;

    @Inject
    Notices notices;

    @Inject
    Sms sms;

    @Inject
    ContractService contracts;

    public Views.DailyRun run(LocalDate today) {
        int expired = occupancy.expire(today);
        List<Integer> offsets = store.settings().reminderOffsets();
        int reminded = 0;
        if (!offsets.isEmpty()) {
            int widest = offsets.get(0);
            for (Lease l : store.activeEndingBy(today.plusDays(widest))) {
                long left = ChronoUnit.DAYS.between(today, l.endDate());
                if (left < 0) {
                    continue;
                }
                // The nearest threshold already crossed: with 90/60/30 and 45 days left, that is 60.
                Integer offset = offsets.stream().filter(o -> o >= left).min(Integer::compare).orElse(null);
                if (offset == null || !store.markReminder(l.id(), offset)) {
                    continue;
                }
                remind(l, left, offset);
                reminded++;
            }
        }
        return new Views.DailyRun(reminded, expired);
    }

    private void remind(Lease l, long left, int offset) {
        String key = "lease-renewal:" + l.id() + ":" + offset;
        String end = LeasingRules.CHINESE_DATE.format(l.endDate());
        Household h = store.household(l.householdId()).orElseThrow();
        HouseholdMember applicant = h.applicant().orElseThrow();
        String title = "合同将于 " + end + " 到期";
        if (applicant.userId() != null) {
            notices.send(applicant.userId(), "lease-renewal", title, "您的租赁合同 " + l.number() + "（" + l.unitLabel()
                    + "）还有 " + left + " 天到期。如需续租，请在居民端提交续租申请。", "/my/leases/" + l.id(), key);
        }
        notices.sendToRole("leasing_officer", "lease-renewal", "续租提醒：" + l.number() + " 还有 " + left + " 天到期",
                h.number() + " " + applicant.name() + "，" + l.unitLabel() + "，合同 " + end + " 到期。",
                "/leases/" + l.id(), key);
        String phone = data.phone(applicant);
        if (phone != null && MemberData.mobile(phone)) {
            sms.send(phone, "lease-renewal", "【" + contracts.lessor() + "】您的公租房租赁合同将于 " + end
                    + " 到期，如需续租请登录居民端提交续租申请。");
        }
    }
}

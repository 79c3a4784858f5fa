package org.anju.leasing.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditReason;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.EligibilityReview;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.HouseholdStatus;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.ReviewCampaign;
import org.anju.leasing.domain.ReviewDecision;
import org.anju.leasing.domain.ReviewStatus;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.notify.api.Notices;
import org.anju.tenancy.api.TenantContext;

/**
 * The yearly eligibility review (年度资格复审, R6.2b1): a campaign selects the sitting households (an active or expired
 * lease), residents declare income, members and housing online, staff pass, change the category (finance rents by
 * it) or fail (the household starts to exit). The result is kept per household and year.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    LeasingStore store;

    @Inject
    ResidentContext resident;

    @Inject
    Notices notices;

    public List<Views.CampaignView> campaigns() {
        return store.campaigns().stream().map(this::view).toList();
    }

    public Views.CampaignView create(Commands.CampaignInput in) {
        if (store.campaignOfYear(in.year()).isPresent()) {
            throw ProblemException.conflict("review-campaign-exists", in.year());
        }
        if (in.deadline().isBefore(LeasingRules.today())) {
            throw ProblemException.invalid("deadline", "leasing.validation.deadline");
        }
        ReviewCampaign c = store.add(new ReviewCampaign(in.year(), in.name().trim(), in.deadline(), Instant.now()));
        store.em().flush();
        Map<Long, Boolean> done = new HashMap<>();
        for (LeaseStatus s : List.of(LeaseStatus.ACTIVE, LeaseStatus.EXPIRED)) {
            for (Lease l : store.leasesInStatus(s)) {
                if (done.putIfAbsent(l.householdId(), true) != null) {
                    continue;
                }
                Household h = store.household(l.householdId()).orElseThrow();
                store.add(new EligibilityReview(c.id(), h.id(), c.year(), h.eligibilityCategory()));
                h.applicant().map(HouseholdMember::userId).ifPresent(u -> notices.send(u, "review",
                        c.year() + " 年度资格复审", "请在 " + LeasingRules.CHINESE_DATE.format(c.deadline())
                                + " 前登录居民端如实申报家庭收入、人口和住房情况。", "/my/reviews",
                        "review:" + c.id() + ":" + h.id()));
            }
        }
        store.em().flush();
        return view(c);
    }

    public Page<Views.ReviewView> reviews(long campaignId, ReviewStatus status, PageRequest page) {
        ReviewCampaign c = campaign(campaignId);
        return store.reviews(c.id(), status, page).map(r -> view(r, c));
    }

    public Views.ReviewView decide(long reviewId, Commands.ReviewDecisionInput in) {
        EligibilityReview r = store.review(reviewId).orElseThrow(() -> ProblemException.notFound("review-not-found", reviewId));
        if (r.status() == ReviewStatus.DECIDED) {
            throw ProblemException.conflict("review-decided", r.year());
        }
        Household h = store.household(r.householdId()).orElseThrow();
        String reason = LeasingRules.trim(in.reason());
        Instant now = Instant.now();
        switch (in.decision()) {
            case CHANGE_CATEGORY -> {
                if (in.categoryAfter() == null || in.categoryAfter() == r.categoryBefore()) {
                    throw ProblemException.invalid("categoryAfter", "leasing.validation.categoryAfter");
                }
                AuditReason.set(r.year() + " 年度资格复审：变更保障类别" + (reason == null ? "" : "，" + reason));
                h.changeCategory(in.categoryAfter(), now);
            }
            case FAIL -> {
                if (reason == null) {
                    throw ProblemException.invalid("reason", "validation.required");
                }
                AuditReason.set(r.year() + " 年度资格复审不通过：" + reason);
                h.changeStatus(HouseholdStatus.EXITING, now);
                notices.sendToRole("leasing_officer", "review", "复审不通过，待办理退出：" + h.number(),
                        h.number() + " " + r.year() + " 年度资格复审不通过（" + reason + "），请办理退出。",
                        "/households/" + h.id(), "review-fail:" + r.id());
            }
            case PASS -> {
                // Nothing changes on the household: the result is kept with the review.
            }
        }
        r.decide(in.decision(), in.decision() == ReviewDecision.CHANGE_CATEGORY ? in.categoryAfter()
                : r.categoryBefore(), reason, TenantContext.actor(), now);
        return view(r, campaign(r.campaignId()));
    }

    public List<Views.ReviewView> mine() {
        Household h = resident.household();
        return store.reviewsOfHousehold(h.id()).stream().map(r -> view(r, campaign(r.campaignId()))).toList();
    }

    public Views.ReviewView submit(long reviewId, Commands.ReviewInput in) {
        Household h = resident.household();
        EligibilityReview r = store.review(reviewId).filter(x -> x.householdId() == h.id())
                .orElseThrow(() -> ProblemException.notFound("review-not-found", reviewId));
        ReviewCampaign c = campaign(r.campaignId());
        if (r.status() == ReviewStatus.DECIDED || c.status() != ReviewCampaign.Status.OPEN
                || LeasingRules.today().isAfter(c.deadline())) {
            throw ProblemException.conflict("review-closed", c.year());
        }
        r.submit(LeasingRules.money(in.incomeMonthly()), in.memberCount(), in.housingSituation().trim(),
                LeasingRules.trim(in.statement()), Instant.now());
        return view(r, c);
    }

    List<Views.ReviewView> ofHousehold(long householdId) {
        return store.reviewsOfHousehold(householdId).stream().map(r -> view(r, campaign(r.campaignId()))).toList();
    }

    private ReviewCampaign campaign(long id) {
        return store.campaign(id).orElseThrow(() -> ProblemException.notFound("review-campaign-not-found", id));
    }

    private Views.CampaignView view(ReviewCampaign c) {
        return new Views.CampaignView(c.id(), c.year(), c.name(), c.deadline(), c.status().name(), store.reviewCounts(c.id()));
    }

    private Views.ReviewView view(EligibilityReview r, ReviewCampaign c) {
        Household h = store.household(r.householdId()).orElseThrow();
        return new Views.ReviewView(r.id(), r.campaignId(), r.year(), h.id(), h.number(),
                h.applicant().map(HouseholdMember::name).orElse(null), r.status(), r.categoryBefore(), r.incomeMonthly(),
                r.memberCount(), r.housingSituation(), r.statement(), r.submittedAt(), r.decision(), r.categoryAfter(),
                r.reason(), r.decidedBy(), r.decidedAt(), c.deadline());
    }
}

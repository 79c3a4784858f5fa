package org.anju.alerts.domain;

import static org.anju.alerts.domain.Fixtures.NOW;
import static org.anju.alerts.domain.Fixtures.S;
import static org.anju.alerts.domain.Fixtures.daysAgo;
import static org.anju.alerts.domain.Fixtures.doors;
import static org.anju.alerts.domain.Fixtures.hoursAgo;
import static org.anju.alerts.domain.Fixtures.occupancy;
import static org.anju.alerts.domain.Fixtures.use;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.anju.kernel.api.Messages;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule with data that must raise it and data that must not. */
class RulesTest {

    static String zh(Finding f) {
        return Messages.get(Messages.ZH_CN, f.messageKey(), f.params().toArray());
    }

    @Nested
    class ContractExpiry {
        final LocalDate today = LocalDate.of(2026, 11, 22);

        ContractExpiryRule.Lease endingIn(int days) {
            return new ContractExpiryRule.Lease(31, "HT-2024-0001", 21, 11, "安居小区 1号楼 101", 3, today.plusDays(days));
        }

        @Test
        void aLeaseBeyondTheLargestOffsetRaisesNothing() {
            assertThat(ContractExpiryRule.evaluate(endingIn(61), today, S)).isEmpty();
        }

        @Test
        void eachOffsetIsAStageWithRisingSeverity() {
            Finding at60 = ContractExpiryRule.evaluate(endingIn(60), today, S).orElseThrow();
            Finding at30 = ContractExpiryRule.evaluate(endingIn(25), today, S).orElseThrow();
            Finding at7 = ContractExpiryRule.evaluate(endingIn(7), today, S).orElseThrow();
            assertThat(at60.severity()).isEqualTo(Severity.LOW);
            assertThat(at30.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(at7.severity()).isEqualTo(Severity.HIGH);
            assertThat(at60.evidenceKey()).isEqualTo("offset-60");
            assertThat(at30.evidenceKey()).isEqualTo("offset-30");
            Finding sameLeaseLater = ContractExpiryRule.evaluate(endingIn(60), today.plusDays(53), S).orElseThrow();
            assertThat(sameLeaseLater.episode()).as("one situation per lease and end date").isEqualTo(at60.episode());
            assertThat(sameLeaseLater.severity()).isEqualTo(Severity.HIGH);
            assertThat(at30.subjectKind()).isEqualTo(SubjectKind.LEASE);
            assertThat(zh(at30)).isEqualTo("合同 HT-2024-0001（安居小区 1号楼 101）将于 2026-12-17 到期，剩余 25 天，请提前联系承租家庭办理续签或退租");
        }

        @Test
        void anExpiredLeaseNotRenewedIsHigh() {
            Finding f = ContractExpiryRule.evaluate(endingIn(-3), today, S).orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(zh(f)).contains("已于 2026-11-19 到期 3 天");
        }
    }

    @Nested
    class Arrears {
        ArrearsRule.Arrears owing(String amount, long days) {
            return new ArrearsRule.Arrears(31, "HT-1", 21, 11, "1号楼 101", 3, new BigDecimal(amount),
                    LocalDate.of(2026, 10, 1), days);
        }

        @Test
        void belowBothThresholdsRaisesNothingAndNothingOwedIsCleared() {
            assertThat(ArrearsRule.evaluate(owing("682.50", 10), S)).isEmpty();
            assertThat(ArrearsRule.cleared(owing("0.00", 0))).isTrue();
            assertThat(ArrearsRule.evaluate(owing("0.00", 40), S)).isEmpty();
        }

        @Test
        void pastTheDaysOrTheAmountRaisesAndTwiceIsHigh() {
            assertThat(ArrearsRule.evaluate(owing("682.50", 30), S).orElseThrow().severity()).isEqualTo(Severity.MEDIUM);
            assertThat(ArrearsRule.evaluate(owing("3000.00", 5), S).orElseThrow().severity()).isEqualTo(Severity.MEDIUM);
            Finding f = ArrearsRule.evaluate(owing("1365.00", 61), S).orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(zh(f)).isEqualTo("合同 HT-1（1号楼 101）欠缴租金 1365.00 元，最早一笔 2026-10-01 到期，已逾期 61 天");
        }
    }

    @Nested
    class NobodyLiving {
        @Test
        void aRecentOpeningOrTooShortAWatchRaisesNothing() {
            assertThat(NobodyLivingRule.evaluate(occupancy(daysAgo(100), Fixtures.lastOpened(daysAgo(2)), null), NOW, S)).isEmpty();
            assertThat(NobodyLivingRule.evaluate(occupancy(daysAgo(10), Occupancy.Doors.NONE, null), NOW, S)).isEmpty();
            assertThat(NobodyLivingRule.evaluate(occupancy(null, Occupancy.Doors.NONE, null), NOW, S))
                    .as("no lock, no judgement").isEmpty();
        }

        @Test
        void silentForTheSetDaysIsMediumAndHighWhenMetersAreNearZero() {
            Finding plain = NobodyLivingRule.evaluate(occupancy(daysAgo(100), Fixtures.lastOpened(daysAgo(32)), null), NOW, S).orElseThrow();
            assertThat(plain.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(plain.subjectKind()).isEqualTo(SubjectKind.UNIT);
            Finding metered = NobodyLivingRule.evaluate(occupancy(daysAgo(100), Fixtures.lastOpened(daysAgo(32)),
                    use("0.1", "0.4", 7)), NOW, S).orElseThrow();
            assertThat(metered.severity()).isEqualTo(Severity.HIGH);
            assertThat(zh(metered)).isEqualTo("该房屋已 32 天无开门记录，近 7 日用水 0.1 m³、用电 0.4 kWh，疑似无人居住");
            Finding used = NobodyLivingRule.evaluate(occupancy(daysAgo(100), Fixtures.lastOpened(daysAgo(32)),
                    use("2.5", "30", 7)), NOW, S).orElseThrow();
            assertThat(used.severity()).as("water or power in use: not stronger").isEqualTo(Severity.MEDIUM);
        }

        @Test
        void aUnitNeverOpenedCountsFromWhenItCouldBeWatched() {
            Finding f = NobodyLivingRule.evaluate(occupancy(daysAgo(40), Occupancy.Doors.NONE, null), NOW, S).orElseThrow();
            assertThat(f.data()).containsEntry("silentDays", 40L);
            assertThat(f.episode()).isEqualTo("lease-31-unopened");
        }
    }

    @Nested
    class Welfare {
        @Test
        void anElderlyHouseholdSilentPastTheHoursIsHigh() {
            Finding f = WelfareRule.evaluate(Fixtures.elderly(daysAgo(30), hoursAgo(50)), NOW, S).orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.subjectKind()).isEqualTo(SubjectKind.HOUSEHOLD);
            assertThat(zh(f)).startsWith("独居老人家庭（安居小区 1号楼 101）已 50 小时无开门记录");
            assertThat(S.escalationHours(AlertType.WELFARE, Severity.HIGH)).as("fastest escalation")
                    .isEqualTo(S.escalationHoursCritical());
        }

        @Test
        void aRecentOpeningOrAnUnflaggedHouseholdRaisesNothing() {
            assertThat(WelfareRule.evaluate(Fixtures.elderly(daysAgo(30), hoursAgo(20)), NOW, S)).isEmpty();
            assertThat(WelfareRule.evaluate(occupancy(daysAgo(30), Fixtures.lastOpened(hoursAgo(60)), null), NOW, S)).isEmpty();
        }
    }

    @Nested
    class Sublet {
        final Occupancy o = occupancy(daysAgo(100), Occupancy.Doors.NONE, null);

        @Test
        void openingsMostlyByOthersRaise() {
            Finding f = SubletRule.evaluate(o, doors(20, 4, 10, 6, 5), doors(40, 10, 20, 10, 6), NOW, S).orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(zh(f)).isEqualTo("近 28 天开门 20 次，其中 16 次（80%）使用的不是本户成员的凭证（访客码或其他凭证），疑似转租");
        }

        @Test
        void ownCredentialsUnusedWhileTheDoorIsActiveRaisesAndBothAreHigh() {
            Finding own = SubletRule.evaluate(o, doors(20, 12, 8, 0, 3), doors(15, 0, 15, 0, 3), NOW, S).orElseThrow();
            assertThat(own.messageKey()).isEqualTo("alerts.explain.sublet.ownUnused");
            Finding both = SubletRule.evaluate(o, doors(20, 0, 20, 0, 3), doors(30, 0, 30, 0, 3), NOW, S).orElseThrow();
            assertThat(both.severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void theHouseholdUsingItsOwnKeysOrFewOpeningsRaiseNothing() {
            assertThat(SubletRule.evaluate(o, doors(40, 35, 5, 0, 3), doors(60, 50, 10, 0, 3), NOW, S)).isEmpty();
            assertThat(SubletRule.evaluate(o, doors(5, 0, 5, 0, 2), doors(5, 0, 5, 0, 2), NOW, S)).isEmpty();
        }
    }

    @Nested
    class GroupRenting {
        final Occupancy o = occupancy(daysAgo(100), Occupancy.Doors.NONE, null);

        @Test
        void manyMoreDistinctCredentialsThanMembersRaise() {
            Finding f = GroupRentingRule.evaluate(o, doors(50, 10, 40, 0, 9), null, NOW, S).orElseThrow();
            assertThat(zh(f)).isEqualTo("近 7 天有 9 个不同凭证开门进入，而登记居住仅 2 人，疑似群租");
        }

        @Test
        void waterPerPersonFarAboveNormalRaisesAndBothAreHigh() {
            assertThat(GroupRentingRule.evaluate(o, doors(10, 10, 0, 0, 2), use("7.0", "40", 7), NOW, S).orElseThrow()
                    .messageKey()).isEqualTo("alerts.explain.group.water");
            assertThat(GroupRentingRule.evaluate(o, doors(50, 10, 40, 0, 9), use("7.0", "40", 7), NOW, S).orElseThrow()
                    .severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void aNormalHouseholdRaisesNothing() {
            assertThat(GroupRentingRule.evaluate(o, doors(30, 28, 2, 0, 3), use("2.1", "40", 7), NOW, S)).isEmpty();
        }
    }

    @Nested
    class VacantUse {
        final VacantUseRule.Vacant v = new VacantUseRule.Vacant(11, "1号楼 101", 3);

        @Test
        void useAboveTheThresholdRaises() {
            Finding f = VacantUseRule.evaluate(v, use("1.2", "0.5", 2), NOW, S).orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(VacantUseRule.evaluate(v, use("1.2", "8", 2), NOW, S).orElseThrow().severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void noMeterOrUseBelowTheThresholdRaisesNothing() {
            assertThat(VacantUseRule.evaluate(v, null, NOW, S)).isEmpty();
            assertThat(VacantUseRule.evaluate(v, use("0.1", "1.0", 2), NOW, S)).isEmpty();
        }
    }

    @Nested
    class DeviceTrouble {
        DeviceTroubleRule.Trouble report(String type, Integer battery) {
            return new DeviceTroubleRule.Trouble("LK-1", 11L, "1号楼 101", 3L, type, battery, Instant.parse("2026-11-22T01:00:00Z"), null);
        }

        @Test
        void tamperOfflineAndLowBatteryRaiseEachItsType() {
            assertThat(DeviceTroubleRule.evaluate(report("TAMPER", 80)).orElseThrow().type()).isEqualTo(AlertType.DEVICE_TAMPER);
            assertThat(DeviceTroubleRule.evaluate(report("OFFLINE", null)).orElseThrow().severity()).isEqualTo(Severity.MEDIUM);
            Finding low = DeviceTroubleRule.evaluate(report("LOW_BATTERY", 15)).orElseThrow();
            assertThat(low.severity()).isEqualTo(Severity.LOW);
            assertThat(zh(low)).isEqualTo("门锁 LK-1（1号楼 101）电量低（15%，2026-11-22 09:00），请尽快更换电池");
            assertThat(DeviceTroubleRule.evaluate(report("LOW_BATTERY", 8)).orElseThrow().severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void otherReportsRaiseNothingAndOnlineRecovers() {
            assertThat(DeviceTroubleRule.evaluate(report("TIMED_OUT", null))).isEmpty();
            assertThat(DeviceTroubleRule.evaluate(report("ONLINE", null))).isEmpty();
            assertThat(DeviceTroubleRule.recovers("ONLINE")).contains(AlertType.DEVICE_OFFLINE);
        }
    }
}

package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.anju.leasing.domain.ContractTemplate;
import org.anju.leasing.domain.FeeCategory;
import org.anju.leasing.domain.FeeCycle;
import org.anju.leasing.domain.LeaseFee;
import org.junit.jupiter.api.Test;

/**
 * R6.3a: contract templates use a fixed set of {@code {{placeholders}}}: a template naming an unknown one is refused
 * (a typo would otherwise reach a resident's contract), and the e-contract is the template filled from the lease.
 */
class ContractServiceTest {

    @Test
    void everyKnownPlaceholderIsAccepted() {
        StringBuilder body = new StringBuilder();
        ContractService.PLACEHOLDERS.forEach(p -> body.append("{{").append(p).append("}} "));
        assertThat(ContractService.unknownPlaceholders(body.toString())).isEmpty();
        assertThat(ContractService.unknownPlaceholders("甲方：{{ lessor }}，乙方：{{tenant.name  }}")).as("spaces inside")
                .isEmpty();
    }

    @Test
    void unknownPlaceholdersAreListedOnceInOrder() {
        String body = "乙方 {{tenant.nmae}}，月租金 {{lease.rent}} 元，押金 {{deposit}}，再次 {{tenant.nmae}}，{{Lessor}}";
        assertThat(ContractService.unknownPlaceholders(body)).containsExactly("Lessor", "deposit", "tenant.nmae");
    }

    @Test
    void textWithoutPlaceholdersIsFine() {
        assertThat(ContractService.unknownPlaceholders("承租人应当按时缴纳租金。{ 单括号 } {{}}")).isEmpty();
    }

    @Test
    void theTemplateIsFilledFromTheLease() {
        Map<String, String> values = Map.of("tenant.name", "张三", "lease.rent", "800.00", "unit.label", "阳光家园 1号楼 101");
        assertThat(ContractService.fill("乙方 {{tenant.name}} 承租 {{ unit.label }}，月租金 {{lease.rent}} 元。", values))
                .isEqualTo("乙方 张三 承租 阳光家园 1号楼 101，月租金 800.00 元。");
    }

    @Test
    void aPlaceholderWithoutValueStaysVisible() {
        assertThat(ContractService.fill("押金 {{lease.deposit}} 元", Map.of())).isEqualTo("押金 {{lease.deposit}} 元");
    }

    @Test
    void valuesAreInsertedLiterally() {
        // $ and \ in a value are text, not regex group references
        assertThat(ContractService.fill("备注：{{members}}", Map.of("members", "配偶 李$1四\\n")))
                .isEqualTo("备注：配偶 李$1四\\n");
    }

    @Test
    void feesReadInChineseWithTheirCycle() {
        assertThat(ContractService.fee(fee("物业费", FeeCycle.MONTHLY, "68.25"))).isEqualTo("物业费 68.25 元/月");
        assertThat(ContractService.fee(fee("停车费", FeeCycle.QUARTERLY, "450"))).isEqualTo("停车费 450.00 元/季");
        assertThat(ContractService.fee(fee("取暖费", FeeCycle.YEARLY, "1200.5"))).isEqualTo("取暖费 1200.50 元/年");
        assertThat(ContractService.fee(fee("门禁卡工本费", FeeCycle.ONCE, "20"))).isEqualTo("门禁卡工本费 20.00 元（一次性）");
        assertThat(ContractService.fee(fee("水费", FeeCycle.METERED, "3.5"))).isEqualTo("水费 3.50 元/计量单位（按实际用量）");
    }

    private static LeaseFee fee(String name, FeeCycle cycle, String amount) {
        return new LeaseFee(1, name, FeeCategory.OTHER, cycle, new BigDecimal(amount));
    }

    @Test
    void aTemplateViewShowsTheVersion() {
        ContractTemplate t = Fixtures.withId(new ContractTemplate("STANDARD", 3, "公共租赁住房租赁合同", "正文", "责任", "退房",
                "admin", Fixtures.T0), 9);
        Views.TemplateView v = ContractService.view(t);
        assertThat(v.id()).isEqualTo(9);
        assertThat(v.code()).isEqualTo("STANDARD");
        assertThat(v.version()).isEqualTo(3);
        assertThat(v.liabilityClauses()).isEqualTo("责任");
        assertThat(v.returnConditions()).isEqualTo("退房");
    }
}

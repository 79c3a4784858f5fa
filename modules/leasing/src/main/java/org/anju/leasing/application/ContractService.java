package org.anju.leasing.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.PdfDocumentWriter;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.domain.ContractTemplate;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseFee;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantContext;

/**
 * Contract templates (versioned, never edited) and the e-contract (R6.3a): the template of the lease's version filled
 * from the lease, household and unit, and rendered to PDF with Chinese text; once signed, with the signature drawing
 * and the signing facts. ID numbers appear masked in the contract (the signature evidence ties the signer to the sealed
 * record).
 */
@ApplicationScoped
@Transactional
public class ContractService {

    /** Placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("lessor", "tenant.name", "tenant.idNumber", "members",
            "unit.label", "unit.area", "unit.layout", "lease.number", "lease.start", "lease.end", "lease.rent",
            "lease.rentCategory", "lease.deposit", "fees");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Who signed, for the signed PDF. */
    public record SignedBy(String name, String idMasked, Instant at, byte[] signaturePng, String codeSentTo, String ip) {
    }

    @Inject
    LeasingStore store;

    @Inject
    UnitDirectory units;

    @Inject
    MemberData data;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    PdfDocumentWriter pdf;

    // ---- templates

    public List<Views.TemplateView> latest() {
        return store.latestTemplates().stream().map(ContractService::view).toList();
    }

    public Views.TemplateView get(long id) {
        return view(store.template(id).orElseThrow(() -> ProblemException.notFound("template-not-found", id)));
    }

    public List<Views.TemplateView> versions(String code) {
        List<ContractTemplate> all = store.templateVersions(code);
        if (all.isEmpty()) {
            throw ProblemException.notFound("template-not-found", code);
        }
        return all.stream().map(ContractService::view).toList();
    }

    public Views.TemplateView create(Commands.TemplateInput in) {
        ProblemException.Violations v = new ProblemException.Violations();
        String code = in.code().trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            v.add("code", "leasing.validation.code.format");
        }
        unknownPlaceholders(in.body()).forEach(p -> v.add("body", "leasing.validation.placeholder", p));
        unknownPlaceholders(in.liabilityClauses()).forEach(p -> v.add("liabilityClauses", "leasing.validation.placeholder", p));
        unknownPlaceholders(in.returnConditions()).forEach(p -> v.add("returnConditions", "leasing.validation.placeholder", p));
        v.throwIfAny();
        int version = store.latestTemplate(code).map(t -> t.version() + 1).orElse(1);
        ContractTemplate t = new ContractTemplate(code, version, in.title().trim(), in.body(), in.liabilityClauses(),
                in.returnConditions(), TenantContext.actor(), Instant.now());
        store.add(t);
        store.em().flush();
        return view(t);
    }

    static Set<String> unknownPlaceholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    static Views.TemplateView view(ContractTemplate t) {
        return new Views.TemplateView(t.id(), t.code(), t.version(), t.title(), t.body(), t.liabilityClauses(),
                t.returnConditions(), t.createdBy(), t.createdAt());
    }

    // ---- the contract of a lease

    public Views.ContractText text(Lease lease) {
        ContractTemplate t = store.template(lease.templateId()).orElseThrow();
        Map<String, String> values = values(lease);
        return new Views.ContractText(t.title(), fill(t.body(), values), fill(t.liabilityClauses(), values),
                fill(t.returnConditions(), values));
    }

    /** The contract as PDF: a preview while unsigned, the signed document with the signature when {@code signed} is given. */
    public byte[] pdf(Lease lease, SignedBy signed) {
        Views.ContractText c = text(lease);
        ContractTemplate t = store.template(lease.templateId()).orElseThrow();
        List<PdfDocumentWriter.Section> sections = new ArrayList<>();
        sections.add(PdfDocumentWriter.Section.text("合同正文", c.body()));
        sections.add(PdfDocumentWriter.Section.text("责任条款", c.liabilityClauses()));
        sections.add(PdfDocumentWriter.Section.text("退房条件", c.returnConditions()));
        String lessor = lessor();
        if (signed == null) {
            sections.add(PdfDocumentWriter.Section.fields("签署", List.of(
                    new String[] {"出租人（甲方）", lessor},
                    new String[] {"承租人（乙方）", "（尚未签署）"})));
        } else {
            sections.add(PdfDocumentWriter.Section.image("承租人签署", signed.signaturePng(), List.of(
                    new String[] {"承租人（乙方）", signed.name()},
                    new String[] {"证件号码", signed.idMasked()},
                    new String[] {"签署时间", TIME.format(signed.at())},
                    new String[] {"验证方式", "手写签名 + 短信验证码（" + signed.codeSentTo() + "）"},
                    new String[] {"签署地址", signed.ip() == null ? "" : signed.ip()},
                    new String[] {"出租人（甲方）", lessor})));
        }
        String subtitle = "合同编号 " + lease.number() + " · 模板 " + t.code() + " 第 " + t.version() + " 版"
                + (signed == null ? " · 预览（未签署）" : " · 已电子签署");
        return pdf.write(new PdfDocumentWriter.PdfDoc(c.title(), subtitle, sections,
                "本合同通过安居平台在线签署；签署凭证（文件 SHA-256、签署时间、设备与地址、条款确认记录）由平台留存备查。"));
    }

    String lessor() {
        String code = TenantContext.require().organizationCode();
        return organizations.byCode(code).map(OrganizationRef::branding).map(b -> b.displayName())
                .orElse(organizations.byCode(code).map(OrganizationRef::name).orElse(code));
    }

    private Map<String, String> values(Lease lease) {
        Household h = store.household(lease.householdId()).orElseThrow();
        HouseholdMember applicant = h.applicant().orElseThrow();
        UnitSummary u = units.find(lease.unitId()).orElse(null);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lessor", lessor());
        v.put("tenant.name", applicant.name());
        v.put("tenant.idNumber", data.maskedId(applicant));
        String members = h.members().stream().filter(m -> !m.applicant())
                .map(m -> relation(m) + " " + m.name()).collect(Collectors.joining("、"));
        v.put("members", members.isEmpty() ? "无" : members);
        v.put("unit.label", lease.unitLabel());
        v.put("unit.area", u == null ? "" : u.area().setScale(2).toPlainString());
        v.put("unit.layout", u == null ? "" : u.layout());
        v.put("lease.number", lease.number());
        v.put("lease.start", LeasingRules.CHINESE_DATE.format(lease.startDate()));
        v.put("lease.end", LeasingRules.CHINESE_DATE.format(lease.endDate()));
        v.put("lease.rent", lease.monthlyRent().setScale(2).toPlainString());
        v.put("lease.rentCategory", lease.rentCategory() == null ? "—" : lease.rentCategory());
        v.put("lease.deposit", lease.deposit().setScale(2).toPlainString());
        String fees = lease.fees().stream()
                .filter(f -> f.category() != org.anju.leasing.domain.FeeCategory.RENT
                        && f.category() != org.anju.leasing.domain.FeeCategory.DEPOSIT)
                .sorted((a, b) -> a.category().compareTo(b.category()))
                .map(ContractService::fee).collect(Collectors.joining("；"));
        v.put("fees", fees.isEmpty() ? "无" : fees);
        return v;
    }

    private static String relation(HouseholdMember m) {
        return switch (m.relation()) {
            case SELF -> "本人";
            case SPOUSE -> "配偶";
            case CHILD -> "子女";
            case PARENT -> "父母";
            case OTHER -> "其他";
        };
    }

    static String fee(LeaseFee f) {
        String amount = f.amount().setScale(2).toPlainString();
        return f.name() + " " + switch (f.cycle()) {
            case MONTHLY -> amount + " 元/月";
            case QUARTERLY -> amount + " 元/季";
            case YEARLY -> amount + " 元/年";
            case ONCE -> amount + " 元（一次性）";
            case METERED -> amount + " 元/计量单位（按实际用量）";
        };
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}

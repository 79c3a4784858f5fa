package org.anju.leasing.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditTrail;
import org.anju.identity.api.RoleDirectory;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.domain.ApprovalStep;
import org.anju.leasing.domain.FeeItem;
import org.anju.leasing.domain.LeaseType;
import org.anju.leasing.domain.LeasingSettings;
import org.anju.leasing.infrastructure.LeasingStore;

/** The operator's leasing catalogues: fee items (R6.3b), lease types with their approval workflows (R6.3c), settings. */
@ApplicationScoped
@Transactional
public class CatalogueService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Inject
    LeasingStore store;

    @Inject
    AuditTrail audit;

    @Inject
    RoleDirectory roles;

    // ---- fee items

    public List<Views.FeeItemView> feeItems(Boolean active) {
        return store.feeItems(active).stream().map(CatalogueService::view).toList();
    }

    public Views.FeeItemView createFeeItem(Commands.FeeItemInput in) {
        FeeItem.Definition d = definition(in);
        if (store.feeItemByCode(d.code()).isPresent()) {
            throw ProblemException.conflict("fee-item-exists", d.code());
        }
        FeeItem f = new FeeItem(d, Instant.now());
        store.add(f);
        store.em().flush();
        return view(f);
    }

    public Views.FeeItemView updateFeeItem(long id, Commands.FeeItemInput in) {
        FeeItem f = feeItem(id);
        FeeItem.Definition d = definition(in);
        store.feeItemByCode(d.code()).filter(o -> !o.id().equals(f.id())).ifPresent(o -> {
            throw ProblemException.conflict("fee-item-exists", d.code());
        });
        f.define(d, Instant.now());
        return view(f);
    }

    public List<AuditEntry> feeItemHistory(long id) {
        feeItem(id);
        return audit.history(FeeItem.class, id, f -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("code", f.code());
            s.put("name", f.name());
            s.put("category", f.category());
            s.put("cycle", f.cycle());
            s.put("rule", f.rule());
            s.put("amount", f.amount() == null ? null : f.amount().setScale(2).toPlainString());
            s.put("unit", f.unit());
            s.put("active", f.active());
            return s;
        });
    }

    FeeItem feeItem(long id) {
        return store.feeItem(id).orElseThrow(() -> ProblemException.notFound("fee-item-not-found", id));
    }

    private static FeeItem.Definition definition(Commands.FeeItemInput in) {
        String code = in.code().trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "leasing.validation.code.format");
        }
        return new FeeItem.Definition(code, in.name().trim(), in.category(), in.cycle(), in.rule(),
                LeasingRules.money(in.amount()), LeasingRules.trim(in.unit()), !Boolean.FALSE.equals(in.active()));
    }

    static Views.FeeItemView view(FeeItem f) {
        return new Views.FeeItemView(f.id(), f.code(), f.name(), f.category(), f.cycle(), f.rule(), f.amount(), f.unit(),
                f.active());
    }

    // ---- lease types

    public List<Views.LeaseTypeView> leaseTypes() {
        return store.leaseTypes().stream().map(CatalogueService::view).toList();
    }

    public Views.LeaseTypeView createLeaseType(Commands.LeaseTypeInput in) {
        String code = in.code().trim().toUpperCase(Locale.ROOT);
        if (store.leaseTypeByCode(code).isPresent()) {
            throw ProblemException.conflict("lease-type-exists", code);
        }
        LeaseType t = new LeaseType(code, Instant.now());
        define(t, in);
        store.add(t);
        store.em().flush();
        return view(t);
    }

    public Views.LeaseTypeView updateLeaseType(long id, Commands.LeaseTypeInput in) {
        LeaseType t = store.leaseType(id).orElseThrow(() -> ProblemException.notFound("lease-type-not-found", id));
        String code = in.code().trim().toUpperCase(Locale.ROOT);
        store.leaseTypeByCode(code).filter(o -> !o.id().equals(t.id())).ifPresent(o -> {
            throw ProblemException.conflict("lease-type-exists", code);
        });
        define(t, in);
        return view(t);
    }

    private void define(LeaseType t, Commands.LeaseTypeInput in) {
        ProblemException.Violations v = new ProblemException.Violations();
        String code = in.code().trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            v.add("code", "leasing.validation.code.format");
        }
        String templateCode = in.templateCode().trim().toUpperCase(Locale.ROOT);
        if (store.latestTemplate(templateCode).isEmpty()) {
            v.add("templateCode", "leasing.validation.template.unknown", templateCode);
        }
        Map<String, String> known = roles.roles();
        List<ApprovalStep> steps = new ArrayList<>();
        for (int i = 0; i < in.steps().size(); i++) {
            Commands.StepInput s = in.steps().get(i);
            if (s.stepNo() != i + 1) {
                v.add("steps[" + i + "].stepNo", "leasing.validation.step.order", i + 1);
            }
            for (String r : s.roles()) {
                if (!known.containsKey(r.trim())) {
                    v.add("steps[" + i + "].roles", "leasing.validation.role.unknown", r.trim());
                }
            }
            steps.add(new ApprovalStep(i + 1, s.name().trim(), s.roles().stream().map(String::trim).distinct().toList(),
                    s.mode()));
        }
        v.throwIfAny();
        t.define(code, in.name().trim(), templateCode, in.defaultTermMonths(), !Boolean.FALSE.equals(in.active()),
                steps, Instant.now());
    }

    static Views.LeaseTypeView view(LeaseType t) {
        return new Views.LeaseTypeView(t.id(), t.code(), t.name(), t.templateCode(), t.defaultTermMonths(), t.active(),
                t.steps().stream().map(s -> new Views.StepDef(s.stepNo(), s.name(), s.roles(), s.mode())).toList());
    }

    // ---- settings

    public Views.SettingsView settings() {
        return new Views.SettingsView(store.settings().reminderOffsets());
    }

    public Views.SettingsView updateSettings(Commands.SettingsInput in) {
        LeasingSettings s = store.settings();
        s.reminderOffsets(in.reminderOffsets());
        return new Views.SettingsView(s.reminderOffsets());
    }
}

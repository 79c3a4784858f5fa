package org.anju.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

import org.junit.jupiter.api.Test;

/**
 * DESIGN "Layout": packages go context first, then role; a module uses another module only through its {@code api}
 * package. The contexts of tenancy-core (tenancy, security, audit, kernel) form one module.
 */
class ArchitectureTest {

    /** Context → module. Add a line when a capability module is added. */
    static final Map<String, String> MODULE_OF_CONTEXT = Map.ofEntries(
            Map.entry("tenancy", "tenancy-core"),
            Map.entry("security", "tenancy-core"),
            Map.entry("audit", "tenancy-core"),
            Map.entry("kernel", "tenancy-core"),
            Map.entry("privacy", "tenancy-core"),
            Map.entry("notify", "tenancy-core"),
            Map.entry("messaging", "tenancy-core"),
            Map.entry("identity", "identity"),
            Map.entry("housing", "housing"),
            Map.entry("leasing", "leasing"),
            Map.entry("finance", "finance"),
            Map.entry("devices", "devices"),
            Map.entry("alerts", "alerts"),
            // the device simulator: a stand-alone tool (own layout: lock, model, opcua) that the demo runs in-process
            Map.entry("simulator", "simulator"),
            Map.entry("app", "webapp"));

    static final Set<String> ROLES = Set.of("api", "domain", "application", "infrastructure", "rest");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.anju");

    static String context(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    static String role(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 3 ? parts[3] : "";
    }

    @Test
    void everyClassSitsInAKnownContextAndRole() {
        ArchRuleDefinition.classes().that().resideInAPackage("org.anju..")
                // the composition root (and its demo, ADR 0021) is no capability; the simulator is a tool of its own
                .and().resideOutsideOfPackages("org.anju.app", "org.anju.app.demo..", "org.anju.simulator..")
                .should(new ArchCondition<>("live in org.anju.<context>.<role> with a known context and role") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean ok = MODULE_OF_CONTEXT.containsKey(context(c)) && ROLES.contains(role(c));
                        events.add(new SimpleConditionEvent(c, ok, c.getName() + " is in " + c.getPackageName()));
                    }
                }).check(CLASSES);
    }

    @Test
    void modulesTalkOnlyThroughApi() {
        ArchRuleDefinition.classes().that().resideInAPackage("org.anju..")
                .should(new ArchCondition<>("use other modules only through their api package") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String module = MODULE_OF_CONTEXT.get(context(c));
                        c.getDirectDependenciesFromSelf().forEach(d -> {
                            JavaClass target = d.getTargetClass();
                            if (!target.getPackageName().startsWith("org.anju.")) {
                                return;
                            }
                            String targetModule = MODULE_OF_CONTEXT.get(context(target));
                            boolean sameModule = module != null && module.equals(targetModule);
                            boolean viaApi = "api".equals(role(target));
                            boolean fromRoot = "webapp".equals(module);
                            if (!sameModule && !viaApi && !fromRoot) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                }).check(CLASSES);
    }

    /** The simulator plays devices from outside: it speaks the device protocol only, never the platform's code. */
    @Test
    void simulatorKnowsNothingOfThePlatform() {
        noClasses().that().resideInAPackage("org.anju.simulator..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.anju..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.anju.simulator.."))))
                .check(CLASSES);
    }

    /** Only the demo in the composition root starts the simulator; no capability may come to depend on it. */
    @Test
    void onlyTheDemoUsesTheSimulator() {
        noClasses().that().resideInAPackage("org.anju..")
                .and().resideOutsideOfPackages("org.anju.simulator..", "org.anju.app.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.anju.simulator..")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnRestOrApplication() {
        noClasses().that().resideInAPackage("org.anju.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anju.*.rest..", "org.anju.*.application..")
                .check(CLASSES);
    }

    @Test
    void restDoesNotReachIntoInfrastructure() {
        noClasses().that().resideInAPackage("org.anju.*.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anju.*.infrastructure..")
                .check(CLASSES);
    }
}

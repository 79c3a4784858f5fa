package org.anju.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The portals in a real browser (issue 3, P5/P7/P8): runs the playwright-core suite of {@code modules/portal/e2e}
 * with Debian's Chromium, headless, against the server the failsafe run started ({@code anju.it.baseUrl}) and its
 * fresh database. Scenarios: a platform admin provisions operator acme; acme's white-labelled login and staff
 * creation; a wrong password in Chinese and then English; the resident layout at 375 × 667; and for issue 4 the status
 * board's colours and counts across a status change, the unit archive's revision timeline, the import wizard's report
 * of a bad row, and a project's public service window on a phone. Screenshots go to
 * {@code target/e2e-screenshots/} and stay there, passed or failed.
 */
class BrowserIT {

    private static final Path PORTAL = Path.of("..", "modules", "portal").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String BASE_URL = System.getProperty("anju.it.baseUrl", "http://localhost:9180");

    @Test
    void portalScenariosPassInChromium() throws Exception {
        Path log = TARGET.resolve("e2e.log");
        Files.createDirectories(TARGET);
        org.anju.it.support.Api.awaitReady(java.time.Duration.ofMinutes(5));

        // 1. Chromium (and CJK fonts) from Debian's packages when the machine has none.
        Run chromium = run(List.of("sh", PORTAL.resolve("scripts/ensure-chromium.sh").toString()), Map.of(), 15);
        assertThat(chromium.exitCode()).as("ensure-chromium.sh failed:%n%s", chromium.output()).isZero();

        // 2. node_modules (normally installed by the portal module's `npm ci` earlier in the same build).
        if (!Files.isDirectory(PORTAL.resolve("node_modules/playwright-core"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 15);
            assertThat(install.exitCode()).as("npm ci failed:%n%s", install.output()).isZero();
        }

        // 3. The suite, in the order, one scenario at a time.
        Path screenshots = TARGET.resolve("e2e-screenshots");
        Files.createDirectories(screenshots);
        Run e2e = run(List.of("npm", "run", "e2e"),
                Map.of("BASE_URL", BASE_URL, "SCREENSHOT_DIR", screenshots.toString(), "CHROMIUM_PATH", "/usr/bin/chromium"),
                15);
        Files.writeString(log, chromium.output() + e2e.output(), StandardCharsets.UTF_8);
        System.out.println(e2e.output());
        assertThat(e2e.exitCode())
                .as("the browser tests failed (screenshots in %s, log in %s):%n%s", screenshots, log, e2e.output())
                .isZero();
        try (var files = Files.list(screenshots)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .contains("01-platform-creates-operator.png", "02-operator-admin-creates-staff.png",
                            "03-wrong-password-language.png", "04-resident-phone.png", "05-status-board.png",
                            "06-archive-timeline.png", "07-import-wizard.png", "08-public-service-window.png",
                            "09-resident-signs-lease.png", "10-resident-pays-bill.png");
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs a command in the portal module, stdout and stderr merged, within a time limit in minutes. */
    private static Run run(List<String> command, Map<String, String> env, long minutes)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command))
                .directory(PORTAL.toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("FORCE_COLOR", "0");
        Path out = Files.createTempFile(TARGET, "run-", ".log");
        pb.redirectOutput(out.toFile());
        Process process = pb.start();
        boolean finished = process.waitFor(minutes, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        if (!finished) {
            return new Run(-1, output + String.format("%n[timed out after %d minutes: %s]%n", minutes, command));
        }
        return new Run(process.exitValue(), output);
    }
}

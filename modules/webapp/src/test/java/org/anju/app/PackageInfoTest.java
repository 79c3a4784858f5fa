package org.anju.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** DESIGN: a package-info.java per package says its role. */
class PackageInfoTest {

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 8)) {
            walk.filter(p -> p.endsWith(Path.of("src", "main", "java")) && !p.toString().contains("node_modules"))
                    .forEach(sources::add);
        }
        assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
        List<String> missing = new ArrayList<>();
        for (Path src : sources) {
            try (Stream<Path> dirs = Files.walk(src)) {
                dirs.filter(Files::isDirectory).forEach(dir -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        boolean hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                        if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                            missing.add(root.relativize(dir).toString());
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        assertThat(missing).as("packages without package-info.java").isEmpty();
    }
}

package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsgraph} wrapper as a new user meets it: the first build says how long it takes and shows Maven's
 * downloads and build steps as they come, without colour codes. A stand-in {@code mvn} on the PATH prints what
 * Maven 3.8 prints in batch mode (with its stray resets) and puts the real jar in place.
 */
class WrapperScriptIT {
    @TempDir
    Path dir;

    @Test
    void firstBuild_saysHowLongItTakes_andShowsDownloadsAndSteps_withoutColourCodes() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.copy(Path.of("newsgraph"), project.resolve("newsgraph"));
        for (String folder : new String[] {"src/main", "ontology", "queries"}) {
            Files.createDirectories(project.resolve(folder));
        }
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        standInMaven(bin.resolve("mvn"), Path.of("target/newsgraph.jar").toAbsolutePath());

        ProcessBuilder wrapper = new ProcessBuilder("bash", project.resolve("newsgraph").toString(), "--version")
                .redirectError(dir.resolve("err").toFile()).redirectOutput(dir.resolve("out").toFile());
        wrapper.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        wrapper.environment().put("JAVA_OPTS", "-Xmx64m");
        Process p = wrapper.start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));

        String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertTrue(Files.readString(dir.resolve("out")).startsWith("newsgraph "), "the jar ran after the build");
        assertTrue(err.contains("first build") && err.contains("minutes"), err);
        assertTrue(err.contains("Downloaded from central: https://repo.example/nlp4j-english.jar"), err);
        assertTrue(err.contains("--- compiler:3.13.0:compile (default-compile) @ newsgraph ---"), err);
        assertTrue(err.contains("BUILD SUCCESS"), err);
        assertFalse(err.contains("\u001b"), "no colour codes: " + err);
        assertFalse(err.contains("Scanning for projects"), "Maven's chatter is left out: " + err);
        assertFalse(Files.readString(dir.resolve("mvn-args")).contains("-q"), "Maven is not quiet");
    }

    private void standInMaven(Path mvn, Path jar) throws IOException {
        String script = """
                #!/usr/bin/env bash
                echo "$@" > '%s'
                printf '\\033[0m\\033[0m[INFO] Scanning for projects...\\n'
                printf '[INFO] Downloading from central: https://repo.example/nlp4j-english.jar\\n'
                printf '[INFO] Downloaded from central: https://repo.example/nlp4j-english.jar (261 MB at 9 MB/s)\\n'
                printf '\\033[1m[INFO] --- compiler:3.13.0:compile (default-compile) @ newsgraph ---\\033[0m\\n'
                printf '[INFO] BUILD SUCCESS\\n'
                pom=""
                while [ $# -gt 0 ]; do [ "$1" = -f ] && pom=$2; shift; done
                mkdir -p "$(dirname "$pom")/target"
                ln -s '%s' "$(dirname "$pom")/target/newsgraph.jar"
                """.formatted(dir.resolve("mvn-args"), jar);
        Files.writeString(mvn, script);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

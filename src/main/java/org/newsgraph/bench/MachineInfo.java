package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Properties;

/** Where the benchmark runs: read from the runtime and from the libraries' own Maven metadata in the jar. */
final class MachineInfo {
    private MachineInfo() {
    }

    static BenchReport.Machine here() {
        Runtime rt = Runtime.getRuntime();
        return new BenchReport.Machine(rt.availableProcessors(), rt.maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                version("org.apache.jena", "jena-core"), version("org.apache.opennlp", "opennlp-tools"));
    }

    /** CPU time of this process so far, all threads (GC and JIT included). */
    static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static String version(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = MachineInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}

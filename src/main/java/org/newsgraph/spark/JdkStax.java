package org.newsgraph.spark;

/**
 * Hadoop's client jar, on every Spark classpath, registers its shaded Woodstox as the JVM's StAX parser; Jena asks
 * that parser for a JDK security property it does not know and logs an error for each one it makes. The JDK's own
 * StAX parser, which the ingest jar uses, is chosen instead unless the user chose one. Hadoop itself makes its
 * Woodstox parser directly and is not affected.
 */
final class JdkStax {
    private static final String FACTORY = "javax.xml.stream.XMLInputFactory";

    private JdkStax() {
    }

    static void choose() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }
}

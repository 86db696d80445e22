package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;

/**
 * The state whose government a web host belongs to. Governments publish under a country-code domain with a
 * government label before the code (gov.uk, govt.nz, gouv.fr, gob.mx, go.jp, gv.at) or a government name as the
 * domain (kremlin.ru, admin.ch, bund.de); the United States federal government under .gov and .mil; the European
 * Union under europa.eu. A country-code domain alone (a .co.uk newspaper) is no government.
 */
final class GovernmentHosts {
    /** Second-level labels that mark a government domain under a country code. */
    private static final Set<String> GOVERNMENT_LABELS = Set.of("gov", "govt", "gouv", "gob", "go", "gv", "gub",
            "gc", "mil", "government", "gouvernement", "admin", "bund", "kremlin", "president", "presidency",
            "mfa", "mofa");
    private static final Set<String> FEDERAL_US = Set.of("gov", "mil");
    /** Country-code domains that differ from the country's ISO code. */
    private static final Map<String, String> ISO_OF_DOMAIN = Map.of("uk", "GB");
    /** National portals named after their country rather than labelled as government. */
    private static final Map<String, String> PORTALS = Map.of("canada.ca", "CA");

    private GovernmentHosts() {
    }

    /** The host of an address ("https://www.gov.uk/x" gives "www.gov.uk"), lower case; empty if it has none. */
    static String hostOf(String url) {
        String rest = url.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int at = rest.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String host = rest.substring(0, end).toLowerCase(Locale.ROOT);
        int user = host.lastIndexOf('@');
        host = user >= 0 ? host.substring(user + 1) : host;
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** The state (or the European Union) whose government publishes under the host. */
    static Optional<KbEntry> state(String host, KnowledgeBase kb) {
        List<String> labels = List.of(host.toLowerCase(Locale.ROOT).split("\\."));
        if (labels.size() < 2 || labels.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        String top = labels.get(labels.size() - 1);
        String second = labels.get(labels.size() - 2);
        if (second.equals("europa") && top.equals("eu")) {
            return EuropeanUnion.entry(kb);
        }
        if (FEDERAL_US.contains(top)) {
            return kb.byIso2("US");
        }
        String portal = PORTALS.get(second + "." + top);
        if (portal != null) {
            return kb.byIso2(portal);
        }
        if (top.length() != 2 || !GOVERNMENT_LABELS.contains(second)) {
            return Optional.empty();
        }
        return kb.byIso2(ISO_OF_DOMAIN.getOrDefault(top, top.toUpperCase(Locale.ROOT)));
    }
}

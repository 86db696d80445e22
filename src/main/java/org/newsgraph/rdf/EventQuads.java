package org.newsgraph.rdf;

import org.newsgraph.model.Meeting;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Sanction;
import org.newsgraph.rdf.Vocab.Schema;
import org.newsgraph.rdf.Vocab.Sem;

/**
 * Meetings and punitive measures. Both are keyed by the real-world happening, never by the article, so two
 * articles telling one meeting (same participants, same date) write one node; an undated event adds the
 * article's key, since nothing then shows two reports are one event.
 */
final class EventQuads {
    private final ExtractionQuads.Facts facts;

    EventQuads(ExtractionQuads.Facts facts) {
        this.facts = facts;
    }

    void meeting(Meeting m) {
        String key = String.join(",", ExtractionQuads.iris(m.participants())) + "|" + dateKey(m.date());
        String iri = Iris.hashed("mtg", key);
        QuadSink out = facts.sink();
        out.type(iri, Vocab.Meeting);
        ExtractionQuads.iris(m.participants()).forEach(p -> out.add(iri, Vocab.participant, p));
        if (m.host() != null) {
            out.add(iri, Vocab.host, Iris.entity(m.host()));
        }
        out.link(iri, Vocab.kind, Vocab.concept("kind", m.kind().word()));
        out.link(iri, Vocab.status, Vocab.concept("status", m.status().word()));
        out.link(iri, Sem.eventType, Vocab.concept("cameo", cameo(m)));
        if (m.date() != null) {
            out.add(iri, Schema.startDate, QuadSink.date(m.date()));
        }
        if (m.place() != null) {
            out.add(iri, Schema.location, Iris.entity(m.place()));
        }
        if (m.venue() != null) {
            out.add(iri, Vocab.venue, QuadSink.text(m.venue()));
        }
        m.evidence().forEach(e -> facts.evidence(iri, e));
    }

    void sanction(Sanction s) {
        String key = String.join(",", ExtractionQuads.iris(s.imposers())) + "|"
                + String.join(",", ExtractionQuads.iris(s.targets())) + "|" + s.measure().slug() + "|"
                + s.status().word() + "|" + dateKey(s.date());
        String iri = Iris.hashed("msr", key);
        QuadSink out = facts.sink();
        out.type(iri, Vocab.PunitiveMeasure);
        ExtractionQuads.iris(s.imposers()).forEach(p -> out.add(iri, Vocab.imposer, p));
        ExtractionQuads.iris(s.targets()).forEach(p -> out.add(iri, Vocab.target, p));
        ExtractionQuads.iris(s.announcers()).forEach(p -> out.add(iri, Vocab.announcer, p));
        out.link(iri, Vocab.measureType, Vocab.concept("measure", s.measure().slug()));
        out.link(iri, Vocab.status, Vocab.concept("status", s.status().word()));
        out.link(iri, Sem.eventType, Vocab.concept("cameo", s.status().cameo(s.measure())));
        if (s.date() != null) {
            out.add(iri, Schema.startDate, QuadSink.date(s.date()));
        }
        s.evidence().forEach(e -> facts.evidence(iri, e));
    }

    private String dateKey(PartialDate d) {
        return d != null ? d.toString() : "undated|" + Iris.articleKey(facts.article().id());
    }

    /** CAMEO: 036 intent to meet, 041 phone, 042 make a visit, 043 host one, 040 consult. */
    private static String cameo(Meeting m) {
        if (m.status() == MeetingStatus.PLANNED) {
            return "036";
        }
        if (m.kind() == MeetingKind.IN_PERSON && m.host() != null) {
            return "043";
        }
        return m.kind().cameo();
    }
}

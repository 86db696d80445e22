package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.measure.MeasureFinder;
import org.newsgraph.extract.meeting.MeetingFinder;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Coreference;
import org.newsgraph.extract.mention.KbMentionFinder;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.NameRunFinder;
import org.newsgraph.extract.mention.NerOrganizations;
import org.newsgraph.extract.mention.NerPeople;
import org.newsgraph.extract.mention.PeopleLinks;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.mention.RoleMentions;
import org.newsgraph.extract.position.PositionFinder;
import org.newsgraph.extract.quote.QuoteFinder;
import org.newsgraph.extract.text.Word;
import org.newsgraph.extract.text.Words;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.PersonLinker;
import org.newsgraph.model.Document;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Position;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The pipeline inside the extract stage: words, knowledge-base mentions, unknown names, coreference, then the
 * fact finders over the resolved mentions.
 */
final class RuleBasedExtractor implements Extractor {
    private final KnowledgeBase kb;
    private final KbMentionFinder kbMentions;
    private final NerOrganizations nerOrganizations = new NerOrganizations();
    private final NerPeople nerPeople = new NerPeople();
    private final NameRunFinder nameRuns = new NameRunFinder();
    private final Map<String, List<KbEntry>> surnames;
    private final PositionFinder positions = new PositionFinder();
    private final MeetingFinder meetings = new MeetingFinder();
    private final MeasureFinder sanctions = new MeasureFinder();
    private final QuoteFinder quotes = new QuoteFinder();

    private final PersonLinker linker;

    RuleBasedExtractor(KnowledgeBase kb, PersonLinker linker) {
        this.kb = kb;
        this.linker = linker;
        this.kbMentions = new KbMentionFinder(Gazetteer.of(kb));
        this.surnames = Coreference.surnames(kb.entries());
    }

    /** Only the meeting and measure finders read trees; the other stages do with tags and entity labels. */
    @Override
    public boolean worthParsing(List<Token> tokens) {
        return MeetingFinder.worthParsing(tokens) || MeasureFinder.worthParsing(tokens);
    }

    /** An article read up to the fact finders: its context, the positions it states and its narration. */
    record Reading(ArticleContext ctx, List<Position> holdings, Narration narration) {
    }

    @Override
    public Extraction extract(Document document) {
        Reading read = read(document);
        ArticleContext ctx = read.ctx();
        Narration narration = read.narration();
        // what words refer to and who is quoted are read once and asked by both event finders
        var said = quotes.find(ctx, narration);
        Referents referents = new Referents(ctx, narration, said);
        var met = meetings.find(ctx, narration, referents);
        var measures = sanctions.find(ctx, narration, referents, said);
        return new Extraction(document.article(), ctx.entities(), read.holdings(), met, measures, said);
    }

    Reading read(Document document) {
        List<List<Word>> words = new ArrayList<>();
        List<Mention> names = new ArrayList<>();
        List<Mention> candidates = new ArrayList<>();
        List<Mention> weak = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Word> w = Words.of(s);
            words.add(w);
            List<Mention> known = new ArrayList<>(kbMentions.find(s.index(), w));
            known.addAll(nerOrganizations.find(s.index(), w, covered(w.size(), known)));
            known.addAll(nerPeople.find(s.index(), w, covered(w.size(), known)));
            NameRunFinder.Found found = nameRuns.find(s.index(), w, covered(w.size(), known));
            names.addAll(known);
            names.addAll(found.names());
            candidates.addAll(found.candidates());
            weak.addAll(found.weak());
        }
        List<Resolved> resolved = new Coreference(surnames).resolve(names, candidates, weak);
        ArticleContext ctx = new ArticleContext(document, words, resolved, kb);
        var holdings = positions.find(ctx);
        // people are linked once their titles are known: a title and its country decide between namesakes
        PeopleLinks links = PeopleLinks.find(ctx, holdings, linker);
        if (!links.isEmpty()) {
            ctx = ctx.relinked(links);
            holdings = links.relink(holdings);
        }
        RoleMentions.add(ctx, holdings);
        // Dates, quotations and paragraphs are read once and shared by the three fact finders.
        return new Reading(ctx, holdings, new Narration(ctx, holdings));
    }

    private static boolean[] covered(int size, List<Mention> mentions) {
        boolean[] covered = new boolean[size];
        for (Mention m : mentions) {
            for (int i = m.from(); i < m.to(); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }
}

// The side panel: one actor's meetings and measures, each with what every article says of it (status, the
// sentences that report it, a link to the article), then the articles that name the actor. Text from the store
// goes into the page as text nodes only; links only when they are http(s).
(function () {
  'use strict';

  const TYPE_NAMES = { person: 'Person', country: 'Country', organization: 'Organization' };
  let shown = 0;

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    children.filter((c) => c !== null && c !== undefined && c !== '').forEach((c) => node.append(c));
    return node;
  }

  function link(href, text, className) {
    if (!href || !/^https?:\/\//i.test(href)) return el('span', className, text);
    const a = el('a', className, text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  const names = (iris, model) => Array.from(iris, (x) => (model.actors.get(x) || { label: x }).label).join(', ');
  const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

  function headline(e, iri, model) {
    const kind = Array.from(e.categories).join(', ');
    if (e.meeting) {
      const others = new Set(e.participant);
      others.delete(iri);
      return capital(kind || 'meeting') + (others.size ? ' with ' + names(others, model) : '');
    }
    const parts = [];
    if (e.imposer.has(iri)) parts.push(capital(kind || 'measure') + ' on ' + names(e.target, model));
    if (e.target.has(iri)) parts.push(capital(kind || 'measure') + ' from ' + names(e.imposer, model));
    return parts.join('; ');
  }

  function sourceLink(article, g) {
    if (!article) return el('span', 'source', g);
    const text = article.headline ? article.headline + ' (' + article.id + ')' : article.id;
    return link(article.url, text, 'source');
  }

  function report(g, statuses, sentences, model) {
    const block = el('div', 'report');
    block.dataset.article = (model.articles.get(g) || { id: g }).id;
    Array.from(statuses).forEach((s) => block.append(el('span', 'status status-' + s.replace(/ /g, '-'), s), ' '));
    (sentences || []).forEach((s) => block.append(el('blockquote', 'evidence', s)));
    block.append(sourceLink(model.articles.get(g), g));
    return block;
  }

  function fact(e, iri, model, evidence) {
    const where = [e.date || 'undated', Array.from(e.places).join(', ')].filter(Boolean).join(' · ');
    const box = el('div', 'fact ' + (e.meeting ? 'meeting' : 'measure'),
      el('div', 'what', headline(e, iri, model)), el('div', 'when-where', where));
    box.dataset.event = e.iri;
    e.reports.forEach((statuses, g) => box.append(report(g, statuses, evidence && evidence.get(e.iri + ' ' + g),
      model)));
    return box;
  }

  function mentionList(rows, model) {
    const list = el('ul', 'mentions');
    rows.map((r) => ({ article: model.articles.get(r.g), g: r.g, n: Number(r.n) }))
      .sort((a, b) => b.n - a.n || String(a.g).localeCompare(String(b.g)))
      .filter((m) => m.article)
      .forEach((m) => list.append(el('li', null, sourceLink(m.article, m.g), ' · ' + m.n + '×')));
    return list;
  }

  function byEventAndArticle(rows) {
    const evidence = new Map();
    rows.forEach((r) => {
      const key = r.e + ' ' + r.g;
      if (!evidence.has(key)) evidence.set(key, []);
      if (!evidence.get(key).includes(r.sentence)) evidence.get(key).push(r.sentence);
    });
    return evidence;
  }

  function render(actor, events, model, evidence, mentions) {
    const panel = document.getElementById('details');
    const meta = el('p', 'meta', TYPE_NAMES[actor.type] || actor.type);
    if (actor.wikidata) {
      meta.append(' · ', link(actor.wikidata, 'Wikidata ' + actor.wikidata.replace(/.*\//, ''), 'wikidata'));
    }
    const sorted = events.slice().sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
    const parts = [el('h2', null, actor.label), meta,
      el('h3', null, 'Meetings and measures (' + events.length + ')')];
    if (!events.length) parts.push(el('p', 'hint', 'None in the chosen dates.'));
    sorted.forEach((e) => parts.push(fact(e, actor.iri, model, evidence)));
    if (mentions) parts.push(el('h3', null, 'Named in'), mentionList(mentions, model));
    panel.replaceChildren(...parts);
    panel.dataset.actor = actor.iri;
  }

  async function show(actor, events, model, loaders) {
    const ticket = ++shown;
    const panel = document.getElementById('details');
    panel.dataset.state = 'loading';
    render(actor, events, model, null, null);
    try {
      const [evidence, mentions] = await Promise.all([loaders.evidence(), loaders.mentions()]);
      if (ticket !== shown) return;
      render(actor, events, model, byEventAndArticle(evidence), mentions);
      panel.dataset.state = 'ready';
    } catch (e) {
      if (ticket !== shown) return;
      panel.append(el('p', 'error', 'Cannot read the evidence: ' + e.message));
      panel.dataset.state = 'error';
    }
  }

  function clear() {
    shown++;
    const panel = document.getElementById('details');
    panel.replaceChildren(el('p', 'hint', 'The chosen actor is not in the network with these filters.'));
    panel.dataset.state = 'empty';
    delete panel.dataset.actor;
  }

  window.ngPanel = { show: show, clear: clear };
})();

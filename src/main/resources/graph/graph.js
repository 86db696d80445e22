// The actor network of the store, read through the SPARQL endpoint and drawn with Cytoscape.js.
// The model (actors, events, articles) is read once; filters rebuild the drawn elements from it.
// Facts in the side panel come from that model; their evidence sentences are read on demand per actor.
(function () {
  'use strict';

  const ENDPOINT = '/kg/sparql';
  const PREFIXES = `PREFIX nk: <https://w3id.org/newsgraph/ns#>
PREFIX id: <https://w3id.org/newsgraph/id/>
PREFIX schema: <http://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
`;
  const ACTORS = PREFIXES + `SELECT ?x ?type ?name ?wikidata WHERE {
  GRAPH id:g-entities {
    ?x a ?type ; schema:name ?name .
    FILTER(?type IN (schema:Person, schema:Country, schema:Organization))
    OPTIONAL { ?x owl:sameAs ?wikidata }
  }
}`;
  const EVENTS = PREFIXES + `SELECT ?e ?class ?role ?x ?date ?status ?category ?placeName ?g WHERE {
  GRAPH ?g {
    ?e a ?class ; ?role ?x .
    FILTER(?class IN (nk:Meeting, nk:PunitiveMeasure))
    FILTER(?role IN (nk:participant, nk:imposer, nk:target))
    OPTIONAL { ?e schema:startDate ?date }
    OPTIONAL { ?e nk:status ?status }
    OPTIONAL { ?e nk:kind|nk:measureType ?category }
  }
  OPTIONAL {
    GRAPH ?g { ?e schema:location ?place }
    GRAPH id:g-entities { ?place schema:name ?placeName }
  }
}`;
  const ARTICLES = PREFIXES + `SELECT ?g ?articleId ?url ?headline WHERE {
  GRAPH id:g-meta {
    ?g prov:wasDerivedFrom ?a .
    ?a schema:identifier ?articleId .
    OPTIONAL { ?a schema:url ?url }
    OPTIONAL { ?a schema:headline ?headline }
  }
}`;
  const evidenceQuery = (iri) => PREFIXES + `SELECT ?e ?g ?sentence ?begin WHERE {
  GRAPH ?g {
    ?e nk:participant|nk:imposer|nk:target <${iri}> ; gaf:denotedBy ?ev .
    ?ev nif:anchorOf ?sentence .
    OPTIONAL { ?ev nif:beginIndex ?begin }
  }
}
ORDER BY ?g ?begin`;
  const mentionsQuery = (iri) => PREFIXES + `SELECT ?g (COUNT(DISTINCT ?ev) AS ?n) WHERE {
  GRAPH ?g { <${iri}> gaf:denotedBy ?ev }
}
GROUP BY ?g`;

  const TYPES = { Person: 'person', Country: 'country', Organization: 'organization' };
  const model = { actors: new Map(), events: new Map(), articles: new Map() };
  const ui = {};
  let cy;

  async function select(query) {
    const response = await fetch(ENDPOINT + '?query=' + encodeURIComponent(query),
      { headers: { Accept: 'application/sparql-results+json' } });
    if (!response.ok) {
      throw new Error('SPARQL endpoint answered ' + response.status + ' ' + response.statusText);
    }
    const json = await response.json();
    return json.results.bindings.map((b) => {
      const row = {};
      Object.keys(b).forEach((k) => { row[k] = b[k].value; });
      return row;
    });
  }

  const afterLast = (iri, marker) => iri.slice(iri.lastIndexOf(marker) + marker.length);
  const localName = (iri) => iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  const concept = (iri, prefix) => localName(iri).replace(prefix, '').replace(/-/g, ' ');

  function readActors(rows) {
    rows.forEach((r) => {
      const known = model.actors.get(r.x);
      if (known) {
        known.wikidata = known.wikidata || r.wikidata;
        return;
      }
      model.actors.set(r.x, {
        iri: r.x, label: r.name, type: TYPES[afterLast(r.type, '/')], wikidata: r.wikidata
      });
    });
  }

  function readEvents(rows) {
    rows.forEach((r) => {
      let e = model.events.get(r.e);
      if (!e) {
        e = { iri: r.e, meeting: r.class.endsWith('#Meeting'), date: null, places: new Set(), categories: new Set(),
          participant: new Set(), imposer: new Set(), target: new Set(), reports: new Map() };
        model.events.set(r.e, e);
      }
      e[localName(r.role)].add(r.x);
      if (r.date && (!e.date || r.date < e.date)) e.date = r.date;
      if (r.placeName) e.places.add(r.placeName);
      if (r.category) e.categories.add(concept(r.category, e.meeting ? 'kind-' : 'measure-'));
      if (!e.reports.has(r.g)) e.reports.set(r.g, new Set());
      if (r.status) e.reports.get(r.g).add(concept(r.status, 'status-'));
    });
  }

  function readArticles(rows) {
    rows.forEach((r) => model.articles.set(r.g, { id: r.articleId, url: r.url, headline: r.headline }));
  }

  // A partial date ("2021-06") lies in the range when any day of it could.
  function inRange(date, from, to) {
    if (!from && !to) return true;
    if (!date) return false;
    return (!from || (date + '-99').slice(0, 10) >= from) && (!to || date.slice(0, 10) <= to);
  }

  function filters() {
    const types = new Set(Array.from(document.querySelectorAll('input[name=type]:checked'), (i) => i.value));
    return { from: ui.from.value, to: ui.to.value, types: types, tiesOnly: ui.tiesOnly.checked };
  }

  const statusesOf = (e) => new Set([].concat(...Array.from(e.reports.values(), (s) => Array.from(s))));

  function ties(f) {
    const found = new Map();
    const add = (kind, a, b, e) => {
      if (a === b || !model.actors.has(a) || !model.actors.has(b)) return;
      const [s, t] = kind === 'met' && b < a ? [b, a] : [a, b];
      const key = kind + '|' + s + '|' + t;
      if (!found.has(key)) found.set(key, { id: key, kind: kind, source: s, target: t, events: [] });
      found.get(key).events.push(e);
    };
    model.events.forEach((e) => {
      if (!inRange(e.date, f.from, f.to)) return;
      if (e.meeting) {
        const people = Array.from(e.participant);
        people.forEach((a, i) => people.slice(i + 1).forEach((b) => add('met', a, b, e)));
      } else {
        e.imposer.forEach((a) => e.target.forEach((b) => add('sanctioned', a, b, e)));
      }
    });
    return Array.from(found.values()).filter((t) =>
      f.types.has(model.actors.get(t.source).type) && f.types.has(model.actors.get(t.target).type));
  }

  function tentative(tie) {
    const sure = tie.kind === 'met' ? ['happened'] : ['imposed', 'lifted'];
    return !tie.events.some((e) => sure.some((s) => statusesOf(e).has(s)));
  }

  function edgeElement(tie) {
    const categories = new Set([].concat(...tie.events.map((e) => Array.from(e.categories))));
    return {
      group: 'edges',
      classes: tie.kind + (tentative(tie) ? ' tentative' : ''),
      data: { id: tie.id, source: tie.source, target: tie.target, kind: tie.kind, weight: tie.events.length,
        label: tie.kind === 'met' ? (tie.events.length > 1 ? tie.events.length + ' meetings' : '')
          : Array.from(categories).join(', ') }
    };
  }

  function elements(f) {
    const drawn = ties(f);
    const degree = new Map();
    drawn.forEach((t) => [t.source, t.target].forEach((x) => degree.set(x, (degree.get(x) || 0) + t.events.length)));
    const nodes = Array.from(model.actors.values())
      .filter((a) => f.types.has(a.type) && (!f.tiesOnly || degree.has(a.iri)))
      .map((a) => ({ group: 'nodes', classes: a.type,
        data: { id: a.iri, label: a.label, type: a.type, wikidata: a.wikidata || '',
          degree: degree.get(a.iri) || 0, size: 20 + 8 * Math.sqrt(degree.get(a.iri) || 0) } }));
    return nodes.concat(drawn.map(edgeElement));
  }

  function redraw() {
    const f = filters();
    const selected = ui.selected;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements(f));
    });
    arrange();
    fillList();
    ui.status.textContent = cy.nodes().length + ' actors, ' + cy.edges('.met').length + ' met ties, '
      + cy.edges('.sanctioned').length + ' measure ties' + (f.from || f.to ? ' in the chosen dates' : '');
    if (selected && cy.getElementById(selected).nonempty()) {
      choose(selected);
    } else if (selected) {
      ui.selected = null;
      window.ngPanel.clear();
    }
  }

  // Force-directed for the actors with ties; the rest in a grid below, as wide as the view at full size.
  function arrange() {
    const tied = cy.nodes().filter((n) => n.degree() > 0);
    const lonely = cy.nodes().filter((n) => n.degree() === 0)
      .sort((a, b) => a.data('label').localeCompare(b.data('label')));
    const cell = { w: 135, h: 48 };
    const cols = Math.max(3, Math.min(lonely.length, Math.floor(cy.width() / cell.w)));
    let bottom = 0;
    if (tied.nonempty()) {
      tied.union(tied.connectedEdges()).layout({ name: 'cose', animate: false, randomize: true, fit: false,
        nodeRepulsion: () => 8000, idealEdgeLength: () => 85, edgeElasticity: () => 100, gravity: 1.2,
        componentSpacing: 60, nodeOverlap: 20, numIter: 2500 }).run();
      const box = tied.boundingBox();
      tied.shift({ x: Math.max(0, cols * cell.w - box.w) / 2 - box.x1, y: -box.y1 });
      bottom = box.h + 60;
    }
    if (lonely.nonempty()) {
      lonely.layout({ name: 'grid', fit: false, avoidOverlap: true, cols: cols, animate: false,
        boundingBox: { x1: 0, y1: bottom, w: cols * cell.w, h: Math.ceil(lonely.length / cols) * cell.h } }).run();
    }
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
  }

  function fillList() {
    const items = cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label'))).map((n) => {
      const li = document.createElement('li');
      li.dataset.id = n.id();
      li.dataset.label = n.data('label');
      li.dataset.type = n.data('type');
      const dot = document.createElement('span');
      dot.className = 'dot ' + n.data('type');
      const degree = document.createElement('span');
      degree.className = 'degree';
      degree.textContent = n.data('degree') || '';
      li.append(dot, ' ' + n.data('label'), degree);
      li.classList.toggle('selected', n.id() === ui.selected);
      return li;
    });
    ui.list.replaceChildren(...items);
    ui.count.textContent = '(' + items.length + ')';
  }

  function choose(iri) {
    ui.selected = iri;
    const node = cy.getElementById(iri);
    cy.elements().removeClass('faded');
    cy.nodes().unselect();
    node.select();
    cy.elements().not(node.closedNeighborhood()).addClass('faded');
    ui.list.querySelectorAll('li').forEach((li) => li.classList.toggle('selected', li.dataset.id === iri));
    history.replaceState(null, '', '#actor=' + encodeURIComponent(iri));
    const f = filters();
    const events = Array.from(model.events.values()).filter((e) => inRange(e.date, f.from, f.to)
      && (e.participant.has(iri) || e.imposer.has(iri) || e.target.has(iri)));
    window.ngPanel.show(model.actors.get(iri), events, model, {
      evidence: () => select(evidenceQuery(iri)), mentions: () => select(mentionsQuery(iri))
    });
  }

  function style() {
    return [
      { selector: 'node', style: { 'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
        'font-size': 12, 'color': '#1f2430', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-outline-color': '#fff', 'text-outline-width': 2, 'text-wrap': 'wrap', 'text-max-width': 120,
        'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node.person', style: { 'background-color': '#3b6fb6' } },
      { selector: 'node.country', style: { 'background-color': '#2f9e5a', 'shape': 'round-rectangle' } },
      { selector: 'node.organization', style: { 'background-color': '#e07b24', 'shape': 'round-diamond' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1f2430', 'font-weight': 'bold' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'width': 'mapData(weight, 1, 5, 2, 7)',
        'label': 'data(label)', 'font-size': 10, 'color': '#5d6573', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge.met', style: { 'line-color': '#7d8796' } },
      { selector: 'edge.sanctioned', style: { 'line-color': '#c8372d', 'target-arrow-color': '#c8372d',
        'target-arrow-shape': 'triangle', 'arrow-scale': 1.1, 'color': '#a12c24' } },
      { selector: 'edge.tentative', style: { 'line-style': 'dashed' } },
      { selector: '.faded', style: { 'opacity': 0.18 } }
    ];
  }

  async function start() {
    ['from', 'to', 'status', 'list', 'count'].forEach((k) => { ui[k] = document.getElementById(
      { from: 'date-from', to: 'date-to', status: 'status', list: 'node-list', count: 'node-count' }[k]); });
    ui.tiesOnly = document.getElementById('ties-only');
    cy = window.cytoscape({ container: document.getElementById('cy'), style: style(), wheelSensitivity: 0.3,
      minZoom: 0.2, maxZoom: 4 });
    window.ngGraph = cy;
    cy.on('tap', 'node', (event) => choose(event.target.id()));
    ui.list.addEventListener('click', (event) => {
      const li = event.target.closest('li');
      if (li) choose(li.dataset.id);
    });
    document.querySelectorAll('#controls input').forEach((i) => i.addEventListener('change', redraw));
    document.getElementById('date-clear').addEventListener('click', () => {
      ui.from.value = '';
      ui.to.value = '';
      redraw();
    });
    try {
      const [actors, events, articles] = await Promise.all([select(ACTORS), select(EVENTS), select(ARTICLES)]);
      readActors(actors);
      readEvents(events);
      readArticles(articles);
      redraw();
      document.body.dataset.graphState = 'ready';
      const linked = decodeURIComponent(location.hash.replace(/^#actor=/, ''));
      if (location.hash.startsWith('#actor=') && cy.getElementById(linked).nonempty()) choose(linked);
    } catch (e) {
      ui.status.textContent = 'Cannot read the graph: ' + e.message;
      document.body.dataset.graphState = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', start);
})();

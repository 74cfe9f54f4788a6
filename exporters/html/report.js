// claimgraph html export: the graph view (Cytoscape.js) and the provenance panel.
// Reads the data block the exporter wrote (RapidJSON, inside
// <script type="application/json" id="claimgraph-data">). Text from the data is
// only ever set with textContent or drawn on the canvas, never parsed as HTML.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('claimgraph-data').textContent);
  var details = document.getElementById('details');
  var cy = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function docText(doc) {
    var parts = [];
    if (doc.title) parts.push('\u201c' + doc.title + '\u201d');
    var meta = [doc.id];
    if (doc.published) meta.push(doc.published);
    parts.push('(' + meta.join(', ') + ')');
    return parts.join(' ');
  }

  // One stance: who, how, the quote, then the chain document -> derived from ...
  // -> origin, one step a line.
  function stanceItem(stance) {
    var li = el('li');
    var head = el('div');
    head.appendChild(el('b', null, stance.source));
    head.appendChild(document.createTextNode(' ' + stance.stance));
    if (stance.attributed_to) {
      head.appendChild(document.createTextNode(', crediting '));
      head.appendChild(el('b', null, stance.attributed_to));
    }
    li.appendChild(head);
    if (stance.quote) li.appendChild(el('div', 'quote', '\u201c' + stance.quote + '\u201d'));
    var chain = el('div', 'chain');
    stance.chain.forEach(function (doc, i) {
      var line = el('div');
      if (i === 0) {
        line.appendChild(document.createTextNode('in '));
      } else {
        var how = stance.chain[i - 1].derivation;
        line.appendChild(document.createTextNode(
            '\u21b3 derived from' + (how && how !== 'derived' ? ' (' + how + ')' : '') + ' '));
      }
      line.appendChild(el('b', null, docText(doc)));
      chain.appendChild(line);
    });
    if (stance.origin) {
      var origin = el('div');
      origin.appendChild(document.createTextNode('\u21b3 origin: '));
      origin.appendChild(el('b', null, stance.origin));
      if (stance.origin_kind === 'document') {
        origin.appendChild(document.createTextNode(' (a document with no known author)'));
      }
      chain.appendChild(origin);
    }
    li.appendChild(chain);
    return li;
  }

  function showClaim(id) {
    var claim = data.claims[id];
    if (!claim) return false;
    clear(details);
    details.setAttribute('data-shown', id);
    details.appendChild(el('h3', 'figure', claim.figure));
    var meta = [claim.proposition];
    if (claim.unit) meta.push(claim.unit);
    meta.push(claim.interval);
    if (claim.as_of) meta.push('as of ' + claim.as_of);
    details.appendChild(el('div', 'meta', meta.join(' \u00b7 ')));
    details.appendChild(el('div', 'meta', 'claim ' + claim.id));
    details.appendChild(el('div', 'meta',
        'origins: ' + (claim.origins.length ? claim.origins.join(', ') : '\u2013')));
    details.appendChild(el('h4', null, 'Stances (' + claim.stances.length + ')'));
    var list = el('ol', 'stances');
    claim.stances.forEach(function (s) { list.appendChild(stanceItem(s)); });
    details.appendChild(list);
    return true;
  }

  // Sources and documents: their attributes, as text.
  function showEntity(node) {
    var d = node.data();
    clear(details);
    details.setAttribute('data-shown', d.id);
    details.appendChild(el('h3', null, d.name || d.title || d.entity_id));
    var keys = d.kind === 'source' ? ['entity_id', 'source_kind', 'aliases']
                                   : ['entity_id', 'published', 'language', 'url'];
    var dl = el('div', 'meta');
    keys.forEach(function (k) {
      if (d[k] === undefined) return;
      dl.appendChild(el('div', null, k.replace('_', ' ') + ': ' + d[k]));
    });
    details.appendChild(el('div', 'meta', d.kind));
    details.appendChild(dl);
  }

  function focusNode(id) {
    if (!cy) return;
    var node = cy.getElementById(id);
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    highlight(node);
    // Close enough to read the labels of the claim and its neighbours.
    cy.fit(node.closedNeighborhood(), 40);
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center(node);
    }
  }

  function highlight(node) {
    cy.elements().removeClass('faded');
    if (!node) return;
    var near = node.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
  }

  function initGraph() {
    var container = document.getElementById('graph');
    if (!container || !data.graph.drawn || typeof cytoscape !== 'function') return;
    var elements = data.graph.elements;
    // Deterministic starting places (sources left, documents middle, claims
    // right), refined by the force-directed layout.
    var columns = { source: 0, document: 1, claim: 2 };
    var rows = { source: 0, document: 0, claim: 0 };
    elements.nodes.forEach(function (n) {
      var k = n.classes;
      n.position = { x: columns[k] * 400, y: rows[k]++ * 70 };
    });
    var big = elements.nodes.length > 300;
    cy = cytoscape({
      container: container,
      elements: elements,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: [
        { selector: 'node', style: {
            'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '150px',
            'font-size': '10px', 'text-valign': 'center', 'text-halign': 'center',
            'background-color': 'data(color)', 'border-width': 1, 'border-color': '#8c959f',
            'color': '#1f2328', 'min-zoomed-font-size': 5 } },
        { selector: 'node.claim', style: {
            'shape': 'round-rectangle', 'width': 160, 'height': 46, 'border-color': '#b08800',
            'font-weight': 'bold' } },
        { selector: 'node.source', style: { 'shape': 'ellipse', 'width': 130, 'height': 46,
            'border-width': 2, 'border-color': 'data(border_color)' } },
        { selector: 'node.document', style: {
            'shape': 'rectangle', 'width': 140, 'height': 40, 'font-size': '9px',
            'text-max-width': '130px' } },
        { selector: 'edge', style: {
            'width': 1.2, 'curve-style': 'bezier', 'line-color': 'data(color)',
            'line-style': 'data(line_style)', 'target-arrow-shape': 'triangle',
            'target-arrow-color': 'data(color)', 'arrow-scale': 0.8,
            'label': 'data(label)', 'font-size': '8px', 'color': '#57606a',
            'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
            'text-background-opacity': 0.85, 'min-zoomed-font-size': 7 } },
        { selector: 'edge.disjoint', style: { 'width': 3, 'target-arrow-shape': 'none',
            'color': '#cf222e', 'font-weight': 'bold' } },
        { selector: 'edge.disputes', style: { 'width': 2, 'color': '#cf222e' } },
        { selector: 'edge.revision', style: { 'width': 2 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0969da' } },
        { selector: '.faded', style: { 'opacity': 0.2 } }
      ],
      layout: { name: 'preset' }
    });
    var layoutOptions = {
      name: 'cose', randomize: false, animate: false, fit: true, padding: 30,
      nodeRepulsion: function () { return 1000000; }, idealEdgeLength: function () { return 60; },
      gravity: 8, componentSpacing: 30, numIter: big ? 300 : 2000
    };
    cy.layout(layoutOptions).run();

    cy.on('tap', 'node', function (evt) {
      var node = evt.target;
      highlight(node);
      if (node.hasClass('claim')) {
        showClaim(node.id());
      } else {
        showEntity(node);
      }
    });
    cy.on('tap', function (evt) {
      if (evt.target === cy) highlight(null);
    });
    var fit = document.getElementById('fit');
    if (fit) fit.addEventListener('click', function () { cy.fit(undefined, 30); });
    var relayout = document.getElementById('relayout');
    if (relayout) relayout.addEventListener('click', function () { cy.layout(layoutOptions).run(); });
  }

  document.querySelectorAll('button.claim').forEach(function (button) {
    button.addEventListener('click', function () {
      var id = button.getAttribute('data-claim');
      if (showClaim(id)) {
        focusNode(id);
        details.scrollIntoView({ block: 'nearest' });
      }
    });
  });

  initGraph();
  // For tests and the console: the graph (null when not drawn) and the panel.
  window.claimgraph = { cy: cy, showClaim: showClaim, data: data };
  document.body.setAttribute('data-ready', 'true');
})();

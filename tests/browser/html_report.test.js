// The html export in a real browser: Debian's chromium, driven by playwright-core
// (pinned in tests/browser/package-lock.json; `npm ci --prefix tests/browser`).
//
//   node tests/browser/html_report.test.js CLAIMGRAPH_BINARY [OUT_DIR]
//
// Exports the bundled dataset and two hostile-label fixtures to HTML, opens each
// page from a file:// URL and checks: no console error, no network request other
// than the page itself, the 225 vs "much more" conflict in the table, a click on
// the graph node of kz2022-deaths-225-official shows that claim's quote (read
// from `claimgraph trace --format json`, not written here), wheel and drag zoom and
// pan the graph, and hostile labels show literally without running. Screenshots
// go to OUT_DIR (default: a new temporary folder), whose path is printed.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const CHROMIUM = process.env.CLAIMGRAPH_CHROMIUM || '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
const CLAIMGRAPH = process.argv[2];
const OUT_DIR = process.argv[3]
  ? path.resolve(process.argv[3])
  : fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-html-'));
const CLAIM = 'kz2022-deaths-225-official';

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error('playwright-core is missing: run `npm ci --prefix tests/browser` (' + e.message + ')');
  process.exit(1);
}
if (!CLAIMGRAPH || !fs.existsSync(CLAIMGRAPH)) {
  console.error('usage: node html_report.test.js CLAIMGRAPH_BINARY [OUT_DIR]');
  process.exit(1);
}
if (!fs.existsSync(CHROMIUM)) {
  console.error(CHROMIUM + ' is missing: apt-get install chromium (Debian\'s package)');
  process.exit(1);
}
fs.mkdirSync(OUT_DIR, { recursive: true });

function claimgraph(...args) {
  return execFileSync(CLAIMGRAPH, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function exportHtml(input, name) {
  const out = path.join(OUT_DIR, name);
  claimgraph('export', ...(input ? [input] : []), '--format', 'html', '-o', out);
  return out;
}

let context;
let userDataDir;

test.before(async () => {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

test.after(async () => {
  if (context) await context.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  console.log('screenshots and pages in ' + OUT_DIR);
});

// Opens a page and records what a test must see empty: console errors, page
// errors, requests other than the page's own file:// URL.
async function open(file) {
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  let sawPage = false;  // the listener works: it sees the page's own request
  page.on('request', (r) => {
    if (r.url() === url) sawPage = true; else requests.push(r.url());
  });
  await page.goto(url);
  assert.ok(sawPage, 'the request listener saw the page load');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { page, errors, requests };
}

function traceQuote() {
  const trace = JSON.parse(claimgraph('trace', '--claim', CLAIM, '--format', 'json'));
  const chain = trace.chains.find((c) => c.stance === 'asserts' && c.quote);
  assert.ok(chain, 'the trace of ' + CLAIM + ' has an asserting stance with a quote');
  return chain.quote;
}

test('bundled dataset: table, graph, provenance on click', async () => {
  const file = exportHtml(null, 'kazakhstan.html');
  const quote = traceQuote();
  const { page, errors, requests } = await open(file);
  try {
    // The 225 vs "much more" conflict is a row of the table.
    const row = page.locator('#contradictions-table tr', {
      has: page.locator('button.claim[data-claim="claim:' + CLAIM + '"]'),
    }).filter({ hasText: 'much more' });
    assert.ok(await row.count() >= 1, 'a row holds 225 and "much more"');
    const rowText = await row.first().innerText();
    assert.match(rowText, /\b225\b/);
    assert.match(rowText, /kz-2022-unrest:deaths/);
    assert.match(rowText, /\(225, ∞\)/, 'the interval of "much more"');

    // The graph view exists, and a real click on the claim's node shows its quote.
    await page.locator('#graph').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);  // Cytoscape re-reads its container's place after a scroll
    const nodeCount = await page.evaluate(() => window.claimgraph.cy.nodes().length);
    assert.ok(nodeCount > 50, 'the graph view draws the dataset (' + nodeCount + ' nodes)');
    const at = await page.evaluate((id) => {
      const cy = window.claimgraph.cy;
      const node = cy.getElementById(id);
      cy.center(node);  // in view; the click below is a real mouse click
      const p = node.renderedPosition();
      const box = document.getElementById('graph').getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, 'claim:' + CLAIM);
    await page.mouse.click(at.x, at.y);
    const details = page.locator('#details');
    await details.filter({ hasText: quote }).waitFor({ timeout: 5000 });
    assert.equal(await details.getAttribute('data-shown'), 'claim:' + CLAIM);
    const panel = await details.innerText();
    assert.ok(panel.includes(quote), 'the panel shows the quote');
    assert.match(panel, /origin: /, 'the panel shows the provenance chain to the origin');
    await page.screenshot({ path: path.join(OUT_DIR, 'kazakhstan-graph-click.png') });

    // Wheel zooms, drag pans.
    const zoom0 = await page.evaluate(() => window.claimgraph.cy.zoom());
    const box = await page.locator('#graph').boundingBox();
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(200);
    const zoom1 = await page.evaluate(() => window.claimgraph.cy.zoom());
    assert.ok(zoom1 > zoom0, 'the wheel zooms in (' + zoom0 + ' -> ' + zoom1 + ')');
    const pan0 = await page.evaluate(() => window.claimgraph.cy.pan());
    await page.mouse.move(box.x + 10, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + box.height - 60, { steps: 8 });
    await page.mouse.up();
    const pan1 = await page.evaluate(() => window.claimgraph.cy.pan());
    assert.ok(pan1.x !== pan0.x || pan1.y !== pan0.y, 'dragging the background pans');

    // A claim of the table shows its provenance too.
    await page.locator('#contradictions-table button.claim', { hasText: 'much more' }).first().click();
    await details.filter({ hasText: 'much more' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(OUT_DIR, 'kazakhstan.png'), fullPage: true });

    assert.deepEqual(errors, [], 'no console error');
    assert.deepEqual(requests, [], 'no network request');
  } finally {
    await page.close();
  }
});

async function checkHostile(input, name, literals) {
  const file = exportHtml(input, name + '.html');
  const { page, errors, requests } = await open(file);
  try {
    assert.equal(await page.evaluate(() => typeof window.__injected), 'undefined', 'nothing injected');
    assert.equal(await page.evaluate(() => document.scripts.length), 3,
                 'the data block, Cytoscape.js and the report script only');
    assert.equal(await page.evaluate(() => document.images.length), 0, 'no <img> from a label');
    const text = await page.locator('body').innerText();
    for (const literal of literals) {
      assert.ok(text.includes(literal), 'shown literally: ' + literal);
    }
    // Every claim of the table opens its panel, with labels still literal.
    const buttons = page.locator('#contradictions-table button.claim');
    for (let i = 0; i < await buttons.count(); ++i) await buttons.nth(i).click();
    // The graph carries the labels as data, unchanged.
    const names = await page.evaluate(() =>
      window.claimgraph.cy.nodes('.source').map((n) => n.data('name')));
    assert.ok(names.length > 0);
    assert.equal(await page.evaluate(() => typeof window.__injected), 'undefined', 'nothing injected');
    await page.screenshot({ path: path.join(OUT_DIR, name + '.png'), fullPage: true });
    assert.deepEqual(errors, [], 'no console error');
    assert.deepEqual(requests, [], 'no network request');
    return names;
  } finally {
    await page.close();
  }
}

test('hostile labels: shown literally, never run', async () => {
  const names = await checkHostile(path.join(ROOT, 'tests/fixtures/html_hostile.json'), 'hostile', [
    '</script><script>alert(1)</script>',
    '<img src=x onerror="window.__injected = 6"> many',
    'hostile:</script><script>window.__injected=5</script>',
    '<!--<script>window.__injected = 9</script>',
  ]);
  assert.ok(names.includes('</script><script>window.__injected = 1; alert(1)</script>'));
  assert.ok(names.includes('<!--<script>window.__injected = 3</script>-->'));
});

test('escaping fixture: shown literally, never run', async () => {
  const names = await checkHostile(path.join(ROOT, 'tests/fixtures/escaping.json'), 'escaping', [
    'He said "225" \\ not <b>bold</b> & co {braces} --> end',
    'it\'s a \'quote\' & <!-- comment --> ]]> {"x": 1} \\\\ trailing backslash \\',
    'Città: più di 225 morti, «secondo fonti ufficiali»',
  ]);
  assert.ok(names.includes('Социалистическое движение Казахстана'));
});

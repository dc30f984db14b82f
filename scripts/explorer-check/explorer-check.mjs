// Presses "Try it out" and "Execute" on every operation of Swagger UI, each with its default example, in headless
// Chromium, and prints each operation's status. Coach operations run with a coach key entered through "Authorize",
// after the coach is created with the admin key (also through "Authorize"); operations on a client get the id of
// the client that "createClient" created. Usage: node explorer-check.mjs <base-url> <admin-key>
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, adminKey] = process.argv.slice(2);
const doc = await (await fetch(`${base}/q/openapi?format=json`)).json();
const ops = [];
for (const [path, item] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (path.startsWith('/api/')) ops.push({ path, method, id: op.operationId, tag: op.tags[0], secured: !!op.security });
  }
}
// Open operations first (in the document's order), then a coaching app's order: the operator creates a coach, the
// coach a client and its logs, a check-in proposed, read and approved (its targets then exist), another rejected,
// a workout recorded, read and deleted, a webhook created, read and deleted; the client deleted last. Any operation
// not named here runs between the open ones and the deletions.
const order = ['createCoach', 'createClient', 'listClients', 'getClient', 'updateClient', 'recordWeighIn', 'listWeighIns',
  'recordIntake', 'listIntake', 'recordMeasurement', 'listMeasurements', 'getProgress', 'getDashboard',
  'proposeCheckIn', 'listCheckIns', 'getCheckIn', 'approveCheckIn', 'getApprovedTargets', 'rejectCheckIn',
  'recordWorkout', 'listWorkouts', 'getWorkout', 'getTraining', 'deleteWorkout',
  'createWebhook', 'listWebhooks', 'getWebhook', 'listWebhookDeliveries', 'deleteWebhook', 'deleteClient'];
const rank = o => order.includes(o.id) ? 100 + order.indexOf(o.id) : o.secured ? 50 : 0;
ops.sort((a, b) => rank(a) - rank(b));
const missing = order.filter(id => !ops.some(o => o.id === id));
if (missing.length) console.log(`not in the document (the script's list is stale): ${missing.join(', ')}`);

// Set-up outside the browser, through the API as an app would: a check-in is only "pending" (so approvable) with
// 10 of the last 14 days logged, and a second pending one is needed to reject. Only ids are typed into the explorer.
const api = async (method, path, key, body) => {
  const r = await fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
};
const logTwoWeeks = async (key, client) => {
  for (let d = 0; d < 14; d++) {
    const day = new Date(Date.now() - d * 86400000).toISOString().slice(0, 10);
    await api('PUT', `/api/v1/clients/${client}/weigh-ins/${day}`, key, { weightKg: 70 - 0.05 * (13 - d) });
    await api('PUT', `/api/v1/clients/${client}/intake/${day}`, key, { kcal: 1900, proteinG: 120 });
  }
};

const profile = mkdtempSync(join(tmpdir(), 'peach-explorer-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const results = [];
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  await page.goto(`${base}/q/swagger-ui/`);
  await page.waitForSelector('.opblock', { timeout: 60000 });

  const authorize = async (scheme, key) => {
    await page.click('.auth-wrapper .authorize');
    const box = page.locator('.auth-container').filter({ hasText: scheme });
    if (await box.locator('button.logout').count()) await box.locator('button.logout').click();
    await box.locator('input').fill(key);
    await box.locator('button.authorize').click();
    await page.click('.dialog-ux .close-modal');
  };
  const block = o => page.locator(`[id="operations-${o.tag.replace(/\s/g, '_')}-${o.id}"]`);
  let clientId = null, coachKey = null, checkInId = null, webhookId = null;

  await authorize('adminKey', adminKey);
  for (const o of ops) {
    const op = block(o);
    await op.locator('.opblock-summary').first().click();
    await op.locator('.try-out__btn').click();
    if (o.id === 'rejectCheckIn') checkInId = (await api('POST', `/api/v1/clients/${clientId}/check-ins`, coachKey)).id;
    const ids = { id: o.path.startsWith('/api/v1/webhooks') ? webhookId : clientId, checkInId };
    for (const [name, value] of Object.entries(ids)) {
      if (value && o.path.includes(`{${name}}`)) await op.locator(`tr[data-param-name="${name}"] input`).fill(value);
    }
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table .response .response-col_status');
    let code = 'no response';
    try {
      await status.first().waitFor({ timeout: 30000 });
      code = (await status.first().innerText()).trim().split(/\s/)[0];
    } catch (e) { /* stays "no response": Execute sent nothing */ }
    let body = null;
    if (code.startsWith('2')) {
      const text = await op.locator('.live-responses-table .response-col_description pre').first().innerText().catch(() => '');
      try { body = JSON.parse(text); } catch (e) { body = null; }
    }
    const url = (await op.locator('.request-url pre').first().innerText().catch(() => '')).trim().replace(base, '');
    results.push({ ...o, code, url });
    if (o.id === 'createCoach' && body) { coachKey = body.apiKey; await authorize('bearer', coachKey); }
    if (o.id === 'createClient' && body) { clientId = body.id; await logTwoWeeks(coachKey, clientId); }
    if (o.id === 'proposeCheckIn' && body) checkInId = body.id;
    if (o.id === 'createWebhook' && body) webhookId = body.id;
    await op.locator('.opblock-summary').first().click(); // fold it again
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
const width = Math.max(...results.map(r => r.id.length));
for (const r of results) console.log(`${r.code.padEnd(11)} ${r.id.padEnd(width)}  ${r.method.toUpperCase().padEnd(6)} ${r.url || r.path}`);
const failed = results.filter(r => !r.code.startsWith('2'));
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);

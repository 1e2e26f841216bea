// Conformance of herald-sandbox with the official Messente Node SDK (messente_api 1.5.0).
//
// The SDK builds every request and parses every answer with its own models, exactly as its README and
// docs/*.md show. Nothing here patches the SDK or works around the sandbox: if the two disagree, a test
// fails and says where.
//
// Run: HERALD_SANDBOX_BIN=/path/to/herald-sandbox node --test conformance.test.mjs   (or ./run.sh PATH)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import MessenteApi from 'messente_api';

const here = path.dirname(fileURLToPath(import.meta.url));
const SANDBOX_BIN = process.env.HERALD_SANDBOX_BIN || path.resolve(here, '../../build/bin/herald-sandbox');
const USER = 'sdk-conformance';
const PASSWORD = 'sdk-conformance-secret';
const SPEED = '10';
const STARTUP_TIMEOUT_MS = 10_000;
const POLL_DEADLINE_MS = 15_000; // the slowest lifecycle used here ends 0.4 s after acceptance at speed 10
const POLL_INTERVAL_MS = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FINAL = new Set(['DELIVRD', 'SEEN', 'UNDELIV', 'FAILED', 'EXPIRED', 'REJECTD', 'DELETED', 'NACK']);

// ---------------------------------------------------------------------------------------------------
// The sandbox process

let sandbox = null;
let sandboxStderr = '';
let baseUrl = '';

function killSandbox() {
  if (sandbox && sandbox.exitCode === null && sandbox.signalCode === null) sandbox.kill('SIGTERM');
}
// after() below is the normal way out; these cover a runner that is interrupted or exits early.
process.on('exit', killSandbox);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killSandbox();
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[signal]);
  });
}

function startSandbox() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      SANDBOX_BIN,
      ['--port', '0', '--messente-user', USER, '--messente-password', PASSWORD, '--speed', SPEED],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    sandbox = child;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { sandboxStderr += chunk; });
    const lines = [];
    const timer = setTimeout(() => fail(new Error(`herald-sandbox wrote no base URL within ${STARTUP_TIMEOUT_MS} ms`)),
      STARTUP_TIMEOUT_MS);
    const fail = (error) => {
      clearTimeout(timer);
      killSandbox();
      error.message += `\nstdout so far: ${JSON.stringify(lines)}\nstderr: ${sandboxStderr}`;
      reject(error);
    };
    child.once('error', (error) => fail(new Error(`cannot start ${SANDBOX_BIN}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (lines.length < 2) fail(new Error(`herald-sandbox exited early (code ${code}, signal ${signal})`));
    });
    // Keep reading stdout to the end (later lines for other providers are ignored), so the pipe never fills.
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (lines.length === 2) {
        clearTimeout(timer);
        resolve(lines);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// SDK helpers

function client(user = USER, password = PASSWORD) {
  const c = new MessenteApi.ApiClient(); // as docs: ApiClient.instance or a new ApiClient
  c.basePath = `${baseUrl}/v1`;
  c.authentications.basicAuth.username = user;
  c.authentications.basicAuth.password = password;
  c.timeout = 10_000;
  return c;
}

/** The 1.5.0 API methods are callback style: (error, data, response). */
function call(api, method, ...args) {
  return new Promise((resolve, reject) => {
    api[method](...args, (error, data, response) => {
      if (error) {
        error.sdkResponse = response || error.response;
        reject(error);
      } else {
        resolve({ data, response });
      }
    });
  });
}

/** Calls an SDK method that must fail with an HTTP error; returns the status and the envelope parsed by the SDK. */
async function callExpectingError(api, method, ...args) {
  let outcome;
  try {
    const { response } = await call(api, method, ...args);
    outcome = { ok: true, status: response.status, text: response.text };
  } catch (error) {
    outcome = { ok: false, error };
  }
  assert.equal(outcome.ok, false, `${method} should have failed but answered ${outcome.status}: ${outcome.text}`);
  const response = outcome.error.sdkResponse;
  assert.ok(response, `${method} failed without an HTTP answer: ${outcome.error.message}`);
  assert.match(String(response.headers['content-type']), /^application\/json/i, 'error body content type');
  assert.ok(response.body && typeof response.body === 'object', `error body is not JSON: ${response.text}`);
  const envelope = MessenteApi.ErrorOmnichannel.constructFromObject(response.body);
  assert.ok(envelope instanceof MessenteApi.ErrorOmnichannel);
  assertKnownFields(response.body, MessenteApi.ErrorOmnichannel, 'ErrorOmnichannel');
  assert.ok(Array.isArray(envelope.errors) && envelope.errors.length >= 1, `no errors[] in ${response.text}`);
  for (const [i, item] of envelope.errors.entries()) {
    assert.ok(item instanceof MessenteApi.ErrorItemOmnichannel);
    assertKnownFields(response.body.errors[i], MessenteApi.ErrorItemOmnichannel, 'ErrorItemOmnichannel');
    assert.ok(Object.values(MessenteApi.ErrorTitleOmnichannel).includes(item.title), `title ${item.title}`);
    assert.ok(Object.values(MessenteApi.ErrorCodeOmnichannel).includes(item.code), `code ${item.code}`);
    assert.equal(typeof item.detail, 'string');
    assert.ok('source' in response.body.errors[i], 'errors[].source is present (null or a string)');
  }
  return { status: outcome.error.status, response, envelope };
}

/** Every key of the raw JSON must be a property the SDK's model knows (its prototype declares each one). */
function unknownFields(raw, Model) {
  return Object.keys(raw).filter((key) => !(key in Model.prototype));
}
function assertKnownFields(raw, Model, name) {
  assert.deepEqual(unknownFields(raw, Model), [], `${name} has fields the SDK model does not know`);
}

function assertCreated(data, response, to, expected) {
  assert.equal(response.status, 201);
  assert.ok(data instanceof MessenteApi.OmniMessageCreateSuccessResponse);
  assertKnownFields(response.body, MessenteApi.OmniMessageCreateSuccessResponse, 'OmniMessageCreateSuccessResponse');
  assert.match(data.omnimessage_id, UUID);
  assert.equal(data.to, to);
  assert.ok(Array.isArray(data.messages));
  assert.equal(data.messages.length, expected.length);
  for (const [i, m] of data.messages.entries()) {
    assert.ok(m instanceof MessenteApi.MessageResult);
    assertKnownFields(response.body.messages[i], MessenteApi.MessageResult, 'MessageResult');
    assert.match(m.message_id, UUID);
    assert.equal(m.channel, expected[i].channel);
    assert.ok(Object.values(MessenteApi.Channel).includes(m.channel));
    assert.equal(m.sender, expected[i].sender);
  }
}

/** Reads the report until the first entry reaches a final status; checks every answer on the way. */
async function pollUntilFinal(api, created, t) {
  const seen = [];
  const deadline = Date.now() + POLL_DEADLINE_MS;
  for (;;) {
    const { data, response } = await call(api, 'retrieveDeliveryReport', created.omnimessage_id);
    const entry = assertReport(data, response, created);
    if (seen.at(-1) !== entry.status) seen.push(entry.status);
    if (FINAL.has(entry.status)) {
      t.diagnostic(`${created.messages[0].channel} statuses seen: ${seen.map(String).join(' -> ')}`);
      return { entry, raw: response.body.statuses[0], seen };
    }
    assert.ok(Date.now() < deadline,
      `no final status within ${POLL_DEADLINE_MS} ms; seen ${seen.map(String).join(' -> ')}`);
    await sleep(POLL_INTERVAL_MS);
  }
}

// Fields the 2.1.0 spec has in a delivery result that the 1.5.0 (API 2.0.0) model does not declare.
const NEWER_DELIVERY_RESULT_FIELDS = ['price_info', 'sender'];
const extraDeliveryFields = new Set();

function assertReport(data, response, created) {
  assert.equal(response.status, 200);
  assert.ok(data instanceof MessenteApi.DeliveryReportResponse);
  assertKnownFields(response.body, MessenteApi.DeliveryReportResponse, 'DeliveryReportResponse');
  assert.equal(data.omnimessage_id, created.omnimessage_id);
  assert.equal(data.to, created.to);
  assert.ok(Array.isArray(data.statuses) && data.statuses.length >= 1, `statuses: ${response.text}`);
  const entry = data.statuses[0];
  assert.ok(entry instanceof MessenteApi.DeliveryResult);
  const unknown = unknownFields(response.body.statuses[0], MessenteApi.DeliveryResult);
  for (const key of unknown) extraDeliveryFields.add(key);
  assert.deepEqual(unknown.filter((k) => !NEWER_DELIVERY_RESULT_FIELDS.includes(k)), [],
    'DeliveryResult has fields neither the 1.5.0 model nor the 2.1.0 spec knows');
  assert.equal(entry.message_id, created.messages[0].message_id);
  assert.equal(entry.channel, created.messages[0].channel);
  assert.ok(entry.status === null || Object.values(MessenteApi.Status).includes(entry.status),
    `status ${entry.status} is not in the SDK's Status enum`);
  assert.ok(entry.err === null || Object.values(MessenteApi.ErrorCodeOmnichannelMachine).includes(entry.err),
    `err ${entry.err} is not in the SDK's ErrorCodeOmnichannelMachine enum`);
  assert.ok(entry.error === null || typeof entry.error === 'string');
  assert.ok(entry.timestamp instanceof Date && !Number.isNaN(entry.timestamp.getTime()),
    `the SDK cannot parse timestamp ${JSON.stringify(response.body.statuses[0].timestamp)}`);
  return entry;
}

// ---------------------------------------------------------------------------------------------------

const TO_SMS = '+37251234501';
const TO_WHATSAPP = '+37251234502';
const TO_SCHEDULED = '+37251234503';
let api; // OmnimessageApi
let reports; // DeliveryReportApi
let smsCreated;
let whatsappCreated;

before(async () => {
  const [urlLine, messenteLine] = await startSandbox();
  assert.match(urlLine, /^http:\/\/127\.0\.0\.1:[1-9][0-9]*$/, 'first stdout line is the base URL');
  assert.equal(messenteLine, `messente ${USER} ${PASSWORD}`, 'second stdout line has the credentials');
  baseUrl = urlLine;
  const c = client();
  api = new MessenteApi.OmnimessageApi(c);
  reports = new MessenteApi.DeliveryReportApi(c);
});

after(() => {
  killSandbox();
});

test('1. SMS omnimessage: sent by the SDK, answer parsed by OmniMessageCreateSuccessResponse', async () => {
  const sms = MessenteApi.SMS.constructFromObject({ text: 'Hello SMS from the Messente SDK', sender: 'Herald' });
  const omnimessage = MessenteApi.Omnimessage.constructFromObject({ messages: [sms], to: TO_SMS });
  // What the SDK puts on the wire (superagent JSON.stringify's the model object).
  assert.deepEqual(JSON.parse(JSON.stringify(omnimessage)), {
    to: TO_SMS,
    messages: [{ text: 'Hello SMS from the Messente SDK', sender: 'Herald', channel: 'sms' }],
  });
  const { data, response } = await call(api, 'sendOmnimessage', omnimessage);
  assertCreated(data, response, TO_SMS, [{ channel: 'sms', sender: 'Herald' }]);
  smsCreated = data;
});

test('2. WhatsApp text omnimessage: the 1.5.0 WhatsApp/WhatsAppText models, no sender', async () => {
  const text = MessenteApi.WhatsAppText.constructFromObject({ body: 'Hello WhatsApp from the Messente SDK' });
  const whatsapp = MessenteApi.WhatsApp.constructFromObject({ text });
  const omnimessage = MessenteApi.Omnimessage.constructFromObject({ messages: [whatsapp], to: TO_WHATSAPP });
  // constructFromObject fills preview_url (default true) and channel, so the SDK sends both.
  assert.deepEqual(JSON.parse(JSON.stringify(omnimessage)), {
    to: TO_WHATSAPP,
    messages: [{ text: { preview_url: true, body: 'Hello WhatsApp from the Messente SDK' }, channel: 'whatsapp' }],
  });
  const { data, response } = await call(api, 'sendOmnimessage', omnimessage);
  // The sandbox documents "Messente" as the sender of a message sent without one.
  assertCreated(data, response, TO_WHATSAPP, [{ channel: 'whatsapp', sender: 'Messente' }]);
  whatsappCreated = data;
});

test('3. delivery reports via retrieveDeliveryReport reach a final status', async (t) => {
  assert.ok(smsCreated && whatsappCreated, 'steps 1 and 2 must have passed');
  const [sms, whatsapp] = await Promise.all([
    pollUntilFinal(reports, smsCreated, t),
    pollUntilFinal(reports, whatsappCreated, t),
  ]);
  assert.equal(sms.entry.status, 'DELIVRD');
  assert.equal(sms.entry.err, 0);
  assert.equal(sms.entry.error, null);
  assert.ok(['DELIVRD', 'SEEN'].includes(whatsapp.entry.status), `WhatsApp ended ${whatsapp.entry.status}`);
  assert.equal(whatsapp.entry.err, whatsapp.entry.status === 'SEEN' ? 10 : 0);
  for (const { seen } of [sms, whatsapp]) {
    for (const s of seen) assert.ok(s === null || ['ACK', 'ACCEPTD', 'DELIVRD', 'SEEN'].includes(s), `unexpected ${s}`);
  }
  if (extraDeliveryFields.size > 0)
    t.diagnostic(`fields the 1.5.0 DeliveryResult model does not declare (dropped): ${[...extraDeliveryFields].join(', ')}`);
});

test('4. scheduled omnimessage: cancelScheduledMessage answers 202, a sent one 404 with code 101', async () => {
  assert.ok(smsCreated, 'step 1 must have passed');
  const inAnHour = new Date(Date.now() + 3600_000);
  const sms = MessenteApi.SMS.constructFromObject({ text: 'Scheduled by the Messente SDK' });
  const omnimessage = MessenteApi.Omnimessage.constructFromObject({
    messages: [sms],
    to: TO_SCHEDULED,
    time_to_send: inAnHour.toISOString(), // the model converts it to a Date with ApiClient.parseDate
  });
  assert.ok(omnimessage.time_to_send instanceof Date);
  assert.equal(omnimessage.time_to_send.getTime(), inAnHour.getTime());
  assert.equal(JSON.parse(JSON.stringify(omnimessage)).time_to_send, inAnHour.toISOString());
  const { data: created, response } = await call(api, 'sendOmnimessage', omnimessage);
  assertCreated(created, response, TO_SCHEDULED, [{ channel: 'sms', sender: 'Messente' }]);

  // Before its time it is still "being processed": one entry with status null.
  const pending = await call(reports, 'retrieveDeliveryReport', created.omnimessage_id);
  const pendingEntry = assertReport(pending.data, pending.response, created);
  assert.equal(pendingEntry.status, null);

  const cancelled = await call(api, 'cancelScheduledMessage', created.omnimessage_id);
  assert.equal(cancelled.response.status, 202);
  assert.ok(cancelled.data instanceof MessenteApi.EmptyObject, `cancel answer: ${cancelled.response.text}`);

  const deleted = await call(reports, 'retrieveDeliveryReport', created.omnimessage_id);
  assert.equal(assertReport(deleted.data, deleted.response, created).status, 'DELETED');

  // An already-sent message cannot be cancelled.
  const sent = await callExpectingError(api, 'cancelScheduledMessage', smsCreated.omnimessage_id);
  assert.equal(sent.status, 404);
  assert.equal(sent.envelope.errors[0].code, '101');
  assert.equal(sent.envelope.errors[0].title, 'Not found');
  assert.equal(sent.envelope.errors[0].source, null);

  // Nor can one that is already cancelled.
  const again = await callExpectingError(api, 'cancelScheduledMessage', created.omnimessage_id);
  assert.equal(again.status, 404);
  assert.equal(again.envelope.errors[0].code, '101');
});

test('5. wrong credentials: 401 with code 103', async () => {
  const wrong = new MessenteApi.OmnimessageApi(client(USER, 'not-the-password'));
  const sms = MessenteApi.SMS.constructFromObject({ text: 'never sent' });
  const omnimessage = MessenteApi.Omnimessage.constructFromObject({ messages: [sms], to: TO_SMS });
  const { status, envelope } = await callExpectingError(wrong, 'sendOmnimessage', omnimessage);
  assert.equal(status, 401);
  assert.equal(envelope.errors[0].code, '103');
  assert.equal(envelope.errors[0].title, 'Unauthorized');
  assert.equal(envelope.errors[0].source, null);
});

test('6. a number that is not E.164: 400 with code 105', async () => {
  const sms = MessenteApi.SMS.constructFromObject({ text: 'never sent' });
  const omnimessage = MessenteApi.Omnimessage.constructFromObject({ messages: [sms], to: '5123 4567' });
  const { status, envelope } = await callExpectingError(api, 'sendOmnimessage', omnimessage);
  assert.equal(status, 400);
  assert.equal(envelope.errors[0].code, '105');
  assert.equal(envelope.errors[0].title, 'Invalid data');
  assert.equal(envelope.errors[0].source, 'payload[to]');
});

// The send benchmark's peer: WhatsApp template omnimessages sent with the official Messente Node SDK
// (messente_api 1.5.0) the way its README shows, one awaited sendOmnimessage after another.
//
// Usage: node send.mjs --base-url URL --user U --password P --count N [--first-number +37255500000]
//   --base-url  the Messente API base URL: https://api.messente.com/v1, or a sandbox's URL + "/v1"
//   recipients  --first-number, then each next number (+1), so every message has its own recipient
// Prints one JSON line at the end: {"peer":"messente-node-sdk","sent","errors","seconds","msg_per_s",…}.
// The time runs from the first call to the last answer (loading the SDK is not counted).
//
// messente_api 1.5.0 (the newest version on npm here) has no WhatsApp template model: its WhatsApp
// model knows only sender/validity/ttl/text/image/document/audio, and its constructFromObject drops any
// other field. Its Omnimessage model takes `messages` as plain objects ([Object]), so the WhatsApp
// message goes in as the documented JSON ({channel, template:{name, language:{code}, components}}); the
// request is still built, authenticated, sent and parsed by the SDK's own OmnimessageApi and ApiClient.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import MessenteApi from 'messente_api';

const usage = 'usage: node send.mjs --base-url URL --user U --password P --count N [--first-number +37255500000]';
let options;
try {
    ({ values: options } = parseArgs({
        options: {
            'base-url': { type: 'string' },
            user: { type: 'string' },
            password: { type: 'string' },
            count: { type: 'string' },
            'first-number': { type: 'string', default: '+37255500000' },
        },
    }));
} catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
}
const count = Number(options.count);
const firstNumber = options['first-number'];
if (!options['base-url'] || options.user === undefined || options.password === undefined
    || !Number.isInteger(count) || count < 0 || !/^\+[1-9][0-9]{6,14}$/.test(firstNumber)) {
    console.error(usage);
    process.exit(2);
}
const firstDigits = BigInt(firstNumber.slice(1));
if (String(firstDigits + BigInt(Math.max(0, count - 1))).length !== firstNumber.length - 1) {
    console.error(`send.mjs: ${count} numbers from ${firstNumber} do not all have the same length`);
    process.exit(2);
}
const sdkVersion = JSON.parse(
    readFileSync(new URL('./node_modules/messente_api/package.json', import.meta.url))).version;

// As the SDK's README configures it: the default client and its basicAuth; the base path is the one
// setting the README leaves at its default (api.messente.com), pointed here at the given base URL.
const defaultClient = MessenteApi.ApiClient.instance;
defaultClient.basePath = options['base-url'].replace(/\/+$/, '');
const basicAuth = defaultClient.authentications['basicAuth'];
basicAuth.username = options.user;
basicAuth.password = options.password;

const api = new MessenteApi.OmnimessageApi();

/** sendOmnimessage is callback style in 1.5.0: (error, data, response). */
function sendOmnimessage(omnimessage) {
    return new Promise((resolve, reject) => {
        api.sendOmnimessage(omnimessage, (error, data) => (error ? reject(error) : resolve(data)));
    });
}

// An approved template of the sandbox's WhatsApp Business Account (GET /v1/whatsapp/wabas/…/templates):
// appointment_reminder (en), body "Hello {{1}}, this is a reminder of your appointment on {{2}} at {{3}}."
function templateMessage() {
    return {
        channel: 'whatsapp',
        template: {
            name: 'appointment_reminder',
            language: { code: 'en' },
            components: [{
                type: 'body',
                parameters: [
                    { type: 'text', text: 'Mari' },
                    { type: 'text', text: '12 May' },
                    { type: 'text', text: '14:00' },
                ],
            }],
        },
    };
}

let sent = 0;
let errors = 0;
const errorsByStatus = {}; // HTTP status, or the error code when there was no answer ("ECONNRESET", "ETIMEDOUT" …)
const started = process.hrtime.bigint();
for (let i = 0; i < count; ++i) {
    const omnimessage = MessenteApi.Omnimessage.constructFromObject({
        messages: [templateMessage()],
        to: `+${firstDigits + BigInt(i)}`,
    });
    try {
        const data = await sendOmnimessage(omnimessage);
        if (!data || typeof data.omnimessage_id !== 'string')
            throw Object.assign(new Error('the answer has no omnimessage_id'), { code: 'NO_ID' });
        ++sent;
    } catch (error) {
        ++errors;
        const key = String(error.status ?? error.code ?? 'other');
        errorsByStatus[key] = (errorsByStatus[key] ?? 0) + 1;
        if (errors <= 3) console.error(`send.mjs: message ${i + 1} (${omnimessage.to}) failed: ${error.message}`);
    }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

console.log(JSON.stringify({
    peer: 'messente-node-sdk',
    messente_api: sdkVersion,
    node: process.version,
    count,
    sent,
    errors,
    errors_by_status: errorsByStatus,
    seconds: Number(seconds.toFixed(3)),
    msg_per_s: seconds > 0 ? Number((sent / seconds).toFixed(2)) : 0,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
}));

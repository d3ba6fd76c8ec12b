// How dates and sets travel through the generated TypeScript client (docs/conventions.md, "Dates, instants and
// sets"). TypeScriptClientTest copies this file into target/typescript-client/checks/, compiles it with the client
// (tsc strict) and runs it with node in a time zone east of UTC (TZ=Asia/Almaty): a date-only value made into a
// Date there is the previous day in UTC. Any failure throws, which exits node with a non-zero code.
import { NgoResponse, NgoResponseFromJSON, NgoResponseToJSON } from '../models/index';

if (new Date(2026, 0, 1).getTimezoneOffset() >= 0) {
    throw new Error('run east of UTC (TZ=Asia/Almaty), where date-only values shift when made Dates');
}

/** JSON with object keys sorted, so two documents compare by content. */
function canonical(value: unknown): string {
    return JSON.stringify(value, (_key, v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
        : v);
}

// What the server sends: a date-only field (format: date) on the first day of a year, and a uniqueItems array.
const sent = {
    id: '0b6a8c5e-4f1d-4c3a-9a57-2f7d1e0c9b11',
    bin: '000140001238',
    legacy: false,
    names: { kk: 'Жасыл ел', ru: 'Зелёная страна' },
    shortName: 'Жасыл ел',
    aliases: ['Green Country'],
    legalForm: 'PUBLIC_ASSOCIATION',
    eligibleForStateNgoFunding: true,
    regionCode: 'ALMATY_CITY',
    registrationDate: '2000-01-01',
    address: 'Абай даңғылы, 1',
    settlement: 'Алматы',
    contacts: { email: 'info@example.kz' },
    spheres: ['EDUCATION', 'HEALTH'],
    volunteersCount: 12,
    beneficiariesCount: 300,
    status: 'ACTIVE',
    leader: { fullName: 'Айгүл Серікова', iin: '880115400012' },
    founders: [{ fullName: 'Айгүл Серікова', iin: '880115400012' }],
    compliance: { inNgoDatabase: true, lastReportYear: 2025, lastReportOnTime: true, hasCurrentReport: true },
    version: 3,
};

const model: NgoResponse = NgoResponseFromJSON(sent);
// Dates stay the JSON's text: no time zone can move them.
const registrationDate: string | null | undefined = model.registrationDate;
if (registrationDate !== '2000-01-01') {
    throw new Error(`registrationDate read as ${registrationDate}`);
}
const spheres: Set<string> | null | undefined = model.spheres;
if (!(spheres instanceof Set) || !spheres.has('HEALTH') || spheres.size !== 2) {
    throw new Error(`spheres read as ${String(spheres)}`);
}

const written = NgoResponseToJSON(model);
const text = JSON.stringify(written);
if (canonical(JSON.parse(text)) !== canonical(sent)) {
    throw new Error(`the round trip changed the JSON:\n  sent    ${canonical(sent)}\n  written ${canonical(JSON.parse(text))}`);
}
if (!text.includes('"spheres":["EDUCATION","HEALTH"]')) {
    throw new Error(`a set is not written as a JSON array: ${text}`);
}
console.log('dates and sets round-trip unchanged: ' + text);

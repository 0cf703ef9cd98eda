// Generated CRM deal exports as the CRMs write them, for trying the deals tab and for the tests
// that hold the deal metrics' native formulas to an independent count: Salesforce's opportunity
// report (every value quoted, "$1,234" amounts, metadata footer), HubSpot with German labels and
// number format, Pipedrive ("Deal - Value", Status), Close (cents, status_type, ISO timestamps),
// Zoho (day-first dates, two lost stages) and Dynamics 365 (Excel serial dates). A fixed seed
// gives the same export every time. Local only: nothing in src/ imports it.
import { toCsv } from '../src/core/deals/csv';
import { random } from './generate';

export type ExportFormat = 'salesforce' | 'hubspot-de' | 'pipedrive' | 'close' | 'zoho' | 'dynamics';
export const EXPORT_FORMATS: ExportFormat[] = ['salesforce', 'hubspot-de', 'pipedrive', 'close', 'zoho', 'dynamics'];

/** The truth behind a generated row, in plain units (not the export's format). */
export interface GeneratedDeal {
  id: string;
  name: string;
  owner: string;
  account: string;
  /** The stage as the export writes it. */
  stage: string;
  outcome: 'open' | 'won' | 'lost';
  /** In currency units (Close's export writes cents). */
  amount: number;
  currency: string;
  /** 0–100. */
  probability: number;
  created: Date;
  /** Won/lost date for closed deals, expected close date for open ones. */
  closed: Date;
  source: string;
  type: string;
  product: string;
  pipeline: string;
}

export interface GeneratedExport {
  format: ExportFormat;
  csv: string;
  headers: string[];
  deals: GeneratedDeal[];
  /** The spreadsheet locale a user of this export would have ('en_US', 'de_DE'). */
  locale: string;
}

export interface ExportOptions {
  rows?: number;
  seed?: number;
  /** Pipedrive/Close only: deals in several currencies (EUR, USD, GBP). */
  mixedCurrencies?: boolean;
  /** The day the export was taken (default 15 March 2027): every date moves with it. */
  exportedOn?: Date;
  /** The reps who own the deals (default eight generated names). */
  owners?: readonly string[];
}

const REPS = [
  'Anna Schmidt',
  'Ben Carter',
  'Chloé Martin',
  'David Novák',
  'Emma Wilson',
  'Farid Haddad',
  'Grace Li',
  'Hugo Weber',
];
const COMPANY_A = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Tyrell',
  'Wonka',
  'Cyberdyne',
  'Aperture',
  'Oscorp',
  'Massive',
  'Nakatomi',
  'Gringotts',
  'Monarch',
  'Pied Piper',
  'Dunder',
];
const COMPANY_B = [
  'Industries',
  'Systems',
  'GmbH',
  'Logistics',
  'Labs',
  'Partners',
  'Holdings',
  'Foods',
  'Energy',
  'Media',
  'Robotics',
  'Health',
  'Retail',
  'Bank',
  'Motors',
  'SARL',
  'Software',
  'Group',
  'Analytics',
  'Textiles',
];
const PRODUCTS: [string, number][] = [
  ['Starter', 4_000],
  ['Professional', 18_000],
  ['Enterprise', 75_000],
  ['Services', 9_000],
];
const SOURCES = ['Web', 'Partner Referral', 'Trade Show', 'Outbound', 'Advertisement'];
const TYPES = ['New Business', 'Existing Business'];
const PIPELINES = ['Sales Pipeline', 'Partner Pipeline'];

/** Stages per format: open stages with their probabilities, then the won and lost stages. */
const STAGES: Record<ExportFormat, { open: [string, number][]; won: string; lost: string[] }> = {
  salesforce: {
    open: [
      ['Prospecting', 10],
      ['Qualification', 10],
      ['Needs Analysis', 20],
      ['Value Proposition', 50],
      ['Id. Decision Makers', 60],
      ['Perception Analysis', 70],
      ['Proposal/Price Quote', 75],
      ['Negotiation/Review', 90],
    ],
    won: 'Closed Won',
    lost: ['Closed Lost'],
  },
  'hubspot-de': {
    open: [
      ['Termin vereinbart', 20],
      ['Qualifiziert zum Kauf', 40],
      ['Präsentation geplant', 60],
      ['Entscheidungsträger eingebunden', 80],
      ['Vertrag gesendet', 90],
    ],
    won: 'Abgeschlossen und gewonnen',
    lost: ['Abgeschlossen und verloren'],
  },
  pipedrive: {
    open: [
      ['Qualified', 10],
      ['Contact Made', 20],
      ['Demo Scheduled', 40],
      ['Proposal Made', 60],
      ['Negotiations Started', 80],
    ],
    won: 'Negotiations Started',
    lost: ['Negotiations Started', 'Proposal Made'],
  },
  close: {
    open: [
      ['Active', 30],
      ['Demo Completed', 50],
      ['Proposal Sent', 70],
    ],
    won: 'Won',
    lost: ['Lost'],
  },
  zoho: {
    open: [
      ['Qualification', 10],
      ['Needs Analysis', 20],
      ['Value Proposition', 40],
      ['Identify Decision Makers', 60],
      ['Proposal/Price Quote', 75],
      ['Negotiation/Review', 90],
    ],
    won: 'Closed Won',
    lost: ['Closed Lost', 'Closed-Lost to Competition'],
  },
  dynamics: {
    open: [
      ['Qualify', 20],
      ['Develop', 40],
      ['Propose', 60],
      ['Close', 80],
    ],
    won: 'Close',
    lost: ['Develop', 'Propose', 'Close'],
  },
};

const DAY = 86_400_000;
/**
 * Deals are created over the year up to the export, taken in the middle of 2027 Q1: deals that
 * were to close before then are won, lost or overdue; the others are open pipeline into Q2.
 */
const FIRST_CREATED = Date.UTC(2026, 3, 1);
const EXPORTED_ON = Date.UTC(2027, 2, 15);
const CREATION_DAYS = Math.round((EXPORTED_ON - FIRST_CREATED) / DAY);

/** The deals behind an export: owners, accounts, amounts, dates and outcomes, before any format. */
export function generateDeals(format: ExportFormat, options: ExportOptions = {}): GeneratedDeal[] {
  const rows = options.rows ?? 5_000;
  const rnd = random(options.seed ?? 20_270_101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const stages = STAGES[format];
  // About one account per six deals, so accounts come back and "new customers" means something.
  const accounts = Array.from(
    { length: Math.max(5, Math.round(rows / 6)) },
    (_, i) =>
      `${COMPANY_A[i % COMPANY_A.length]} ${COMPANY_B[Math.floor(i / COMPANY_A.length) % COMPANY_B.length]}${i >= 400 ? ` ${Math.floor(i / 400) + 1}` : ''}`,
  );
  // Whole days from the default export day, so that the same deals fall around another day.
  const shift = options.exportedOn ? Math.floor((options.exportedOn.getTime() - EXPORTED_ON) / DAY) * DAY : 0;
  const firstCreated = FIRST_CREATED + shift;
  const exportedOn = EXPORTED_ON + shift;
  const deals: GeneratedDeal[] = [];
  for (let i = 0; i < rows; i++) {
    const [product, base] = pick(PRODUCTS);
    // Skewed sizes: a few large deals, many small ones; whole currency units, some with cents.
    const size = base * Math.exp((rnd() + rnd() + rnd() - 1.5) * 1.2);
    const amount = rnd() < 0.2 ? Math.round(size * 100) / 100 : Math.round(size / 10) * 10;
    const created = firstCreated + Math.floor(rnd() * (CREATION_DAYS + 1)) * DAY;
    const cycle = 5 + Math.floor(-Math.log(1 - rnd()) * 55);
    let closed = created + cycle * DAY;
    let outcome: GeneratedDeal['outcome'] = 'open';
    if (closed <= exportedOn) {
      // Closed by the export, or open and overdue (its expected close date has passed).
      const roll = rnd();
      outcome = roll < 0.4 ? 'won' : roll < 0.88 ? 'lost' : 'open';
    } else if (format === 'hubspot-de' && rnd() < 0.3) {
      // HubSpot sets an open deal's close date to the end of its creation month unless changed.
      const c = new Date(created);
      closed = Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + 1, 0);
    }
    const openStage = pick(stages.open);
    const stage = outcome === 'won' ? stages.won : outcome === 'lost' ? pick(stages.lost) : openStage[0];
    const currency =
      options.mixedCurrencies && rnd() < 0.3
        ? pick(['USD', 'GBP'])
        : format === 'salesforce' || format === 'close'
          ? 'USD'
          : 'EUR';
    deals.push({
      id: String(1_000_000 + i * 7 + Math.floor(rnd() * 7)),
      name: '',
      owner: pick(options.owners ?? REPS),
      account: pick(accounts),
      stage,
      outcome,
      amount,
      currency,
      probability: outcome === 'won' ? 100 : outcome === 'lost' ? 0 : openStage[1],
      created: new Date(created),
      closed: new Date(closed),
      source: pick(SOURCES),
      type: pick(TYPES),
      product,
      pipeline: pick(PIPELINES),
    });
    deals[i].name = `${deals[i].account} – ${product} ${i + 1}`;
  }
  return deals;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const mdy = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
const dmyDots = (d: Date) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
const dmySlash = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
const serial = (d: Date) => String(Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / DAY));
/** A time of day derived from the row, so timestamps look real but stay on the deal's day. */
const clock = (salt: number) => `${pad(8 + (salt % 10))}:${pad((salt * 7) % 60)}:${pad((salt * 13) % 60)}`;

function grouped(n: number, group: string, decimal: string, decimals: number): string {
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split('.');
  const text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (fraction ? decimal + fraction : '');
  return n < 0 ? `-${text}` : text;
}
const usd = (n: number) => `$${grouped(n, ',', '.', Number.isInteger(n) ? 0 : 2)}`;
const german = (n: number) => grouped(n, '.', ',', 2);
const email = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ /g, '.')}@example.com`;

/** One export as CSV text, with the deals behind it. */
export function generateExport(format: ExportFormat, options: ExportOptions = {}): GeneratedExport {
  const deals = generateDeals(format, options);
  const { headers, rows, delimiter, quoteAll, footer, bom, locale } = layout(format, deals);
  let csv = toCsv([headers, ...rows], delimiter, quoteAll);
  if (footer.length > 0) csv += `\r\n${toCsv(footer, delimiter, true)}`;
  return { format, csv: `${bom ? '\uFEFF' : ''}${csv}\r\n`, headers, deals, locale };
}

function layout(format: ExportFormat, deals: GeneratedDeal[]) {
  const base = { delimiter: ',' as const, quoteAll: false, footer: [] as string[][], bom: false, locale: 'en_US' };
  switch (format) {
    case 'salesforce': {
      const headers = [
        'Opportunity Owner',
        'Account Name',
        'Opportunity Name',
        'Stage',
        'Forecast Category',
        'Amount',
        'Probability (%)',
        'Close Date',
        'Created Date',
        'Lead Source',
        'Type',
        'Product',
        'Fiscal Period',
      ];
      const forecast = (d: GeneratedDeal) =>
        d.outcome === 'won' ? 'Closed' : d.outcome === 'lost' ? 'Omitted' : d.probability >= 70 ? 'Commit' : 'Pipeline';
      const rows = deals.map((d) => [
        d.owner,
        d.account,
        d.name,
        d.stage,
        forecast(d),
        usd(d.amount),
        `${d.probability}%`,
        mdy(d.closed),
        mdy(d.created),
        d.source,
        d.type,
        d.product,
        `Q${Math.floor(d.closed.getUTCMonth() / 3) + 1}-${d.closed.getUTCFullYear()}`,
      ]);
      // The report footer Salesforce writes below the data.
      const footer = [
        [''],
        ['Opportunities by Owner'],
        ['Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.'],
        ['Confidential Information - Do Not Distribute'],
        ['Generated By:  Anna Schmidt  7/15/2027 9:14 AM'],
        ['Example Corp.'],
      ];
      return { ...base, headers, rows, quoteAll: true, footer };
    }
    case 'hubspot-de': {
      const headers = [
        'Datensatz-ID',
        'Deal-Name',
        'Deal-Phase',
        'Betrag',
        'Abschlussdatum',
        'Erstellungsdatum',
        'Deal-Inhaber',
        'Pipeline',
        'Deal-Typ',
        'Zugehöriges Unternehmen',
        'Ursprüngliche Quelle',
        'Produkt',
      ];
      const rows = deals.map((d) => [
        d.id,
        d.name,
        d.stage,
        german(d.amount),
        dmyDots(d.closed),
        dmyDots(d.created),
        email(d.owner),
        d.pipeline,
        d.type === 'New Business' ? 'Neugeschäft' : 'Bestandsgeschäft',
        d.account,
        d.source,
        d.product,
      ]);
      return { ...base, headers, rows, delimiter: ';' as const, bom: true, locale: 'de_DE' };
    }
    case 'pipedrive': {
      const headers = [
        'Deal - ID',
        'Deal - Title',
        'Deal - Value',
        'Deal - Currency of value',
        'Deal - Owner',
        'Deal - Stage',
        'Deal - Status',
        'Deal - Probability',
        'Deal - Expected close date',
        'Deal - Won time',
        'Deal - Lost time',
        'Deal - Deal created',
        'Deal - Organization',
        'Deal - Pipeline',
        'Deal - Source',
      ];
      const status = (d: GeneratedDeal) => (d.outcome === 'won' ? 'Won' : d.outcome === 'lost' ? 'Lost' : 'Open');
      const rows = deals.map((d, i) => [
        d.id,
        d.name,
        String(d.amount),
        d.currency,
        d.owner,
        d.stage,
        status(d),
        d.outcome === 'open' ? String(d.probability) : '',
        ymd(d.outcome === 'open' ? d.closed : new Date(d.closed.getTime() + 7 * DAY)),
        d.outcome === 'won' ? `${ymd(d.closed)} ${clock(i)}` : '',
        d.outcome === 'lost' ? `${ymd(d.closed)} ${clock(i)}` : '',
        `${ymd(d.created)} ${clock(i + 3)}`,
        d.account,
        d.pipeline,
        d.source,
      ]);
      return { ...base, headers, rows };
    }
    case 'close': {
      const headers = [
        'id',
        'lead_name',
        'status_type',
        'status_label',
        'value',
        'value_period',
        'value_currency',
        'confidence',
        'user_name',
        'date_created',
        'date_won',
        'note',
      ];
      const status = (d: GeneratedDeal) => (d.outcome === 'open' ? 'active' : d.outcome);
      const rows = deals.map((d, i) => [
        `oppo_${d.id}`,
        d.account,
        status(d),
        d.stage,
        String(Math.round(d.amount * 100)),
        'one_time',
        d.currency,
        String(d.probability),
        d.owner,
        `${ymd(d.created)}T${clock(i)}.${pad(i % 100)}0000+00:00`,
        ymd(d.closed),
        i % 5 === 0 ? 'Follow up, "urgent"' : '',
      ]);
      return { ...base, headers, rows };
    }
    case 'zoho': {
      const headers = [
        'Record Id',
        'Deal Owner',
        'Deal Name',
        'Account Name',
        'Stage',
        'Amount',
        'Probability (%)',
        'Closing Date',
        'Created Time',
        'Lead Source',
        'Type',
        'Currency',
      ];
      const rows = deals.map((d, i) => [
        `zcrm_${d.id}`,
        d.owner,
        d.name,
        d.account,
        d.stage,
        d.amount.toFixed(2),
        String(d.probability),
        dmySlash(d.closed),
        `${dmySlash(d.created)} ${clock(i).slice(0, 5)}`,
        d.source,
        d.type,
        d.currency,
      ]);
      return { ...base, headers, rows, locale: 'en_GB' };
    }
    case 'dynamics': {
      const headers = [
        '(Do Not Modify) Opportunity',
        '(Do Not Modify) Row Checksum',
        '(Do Not Modify) Modified On',
        'Topic',
        'Potential Customer',
        'Est. Close Date',
        'Est. Revenue',
        'Actual Close Date',
        'Actual Revenue',
        'Probability',
        'Status',
        'Status Reason',
        'Sales Stage',
        'Owner',
        'Created On',
      ];
      const status = (d: GeneratedDeal) => (d.outcome === 'won' ? 'Won' : d.outcome === 'lost' ? 'Lost' : 'Open');
      const reason = (d: GeneratedDeal) =>
        d.outcome === 'won' ? 'Won' : d.outcome === 'lost' ? 'Out-Sold' : 'In Progress';
      const rows = deals.map((d, i) => [
        `5f1c${d.id}-0000-4000-8000-${String(i).padStart(12, '0')}`,
        `chk${i}`,
        serial(d.closed),
        d.name,
        d.account,
        serial(d.outcome === 'open' ? d.closed : new Date(d.closed.getTime() - 14 * DAY)),
        d.amount.toFixed(2),
        d.outcome === 'open' ? '' : serial(d.closed),
        d.outcome === 'won' ? d.amount.toFixed(2) : '',
        String(d.probability),
        status(d),
        reason(d),
        d.stage,
        d.owner,
        serial(d.created),
      ]);
      return { ...base, headers, rows };
    }
  }
}

/** CLI: `npx tsx playground/deals.ts salesforce 5000 > deals.csv`. */
if (/playground[\\/]deals\.ts$/.test(process.argv[1] ?? '') && process.argv[2]) {
  const format = process.argv[2] as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`Unknown format ${format}: use ${EXPORT_FORMATS.join(', ')}`);
  process.stdout.write(generateExport(format, { rows: Number(process.argv[3] ?? 5000) }).csv);
}

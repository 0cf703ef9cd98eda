// Which column of a pasted CRM deals export holds which deal field. Exports name their columns
// with display labels in the exporting user's language (Amount, Betrag, Montant), with API names
// (StageName, dealstage, date_won) or with Pipedrive's "Deal - Value" form, and admins rename
// them: so labels are compared loosely (case, accents, spaces, punctuation) against a catalog of
// the six common CRMs' names in English, German and French, and the user can correct the result.
import { columnLetter } from '../a1';
import { isBlank } from '../numbers';

export type DealField =
  | 'id'
  | 'name'
  | 'owner'
  | 'account'
  | 'stage'
  | 'status'
  | 'amount'
  | 'actualAmount'
  | 'currency'
  | 'probability'
  | 'created'
  | 'closeDate'
  | 'actualCloseDate'
  | 'wonDate'
  | 'lostDate'
  | 'source'
  | 'type'
  | 'product'
  | 'pipeline';

export type Crm = 'salesforce' | 'hubspot' | 'pipedrive' | 'zoho' | 'dynamics' | 'close' | 'unknown';

/** A problem found in the header row; `cell` is A1 style ("C1"). */
export interface HeaderProblem {
  key:
    | 'dealsEmptyTab'
    | 'dealsNotAnExport'
    | 'dealsNoAmount'
    | 'dealsNoCloseDate'
    | 'dealsNoOutcome'
    | 'dealsDuplicateHeader';
  /** The cell the problem is about, A1 style ("C1"); the first header cell for a missing column. */
  cell: string;
  /** The message's placeholders (see src/i18n/deals.ts). */
  params: Record<string, string | number>;
}

export interface DealsMapping {
  /** 0-based column of each recognised field. */
  columns: Partial<Record<DealField, number>>;
  /** 0-based row of the header; data starts on the next row. -1 when none was found. */
  headerRow: number;
  /** The header texts of that row, as written. */
  headers: string[];
  crm: Crm;
  problems: HeaderProblem[];
}

/**
 * One label of a field. `rank` orders labels of the same field when several columns match (the
 * higher wins); `crm` names the CRMs that write it, for guessing where an export comes from.
 */
interface Label {
  text: string;
  rank?: number;
  crm?: Crm[];
}

const SF: Crm[] = ['salesforce'];
const HS: Crm[] = ['hubspot'];
const PD: Crm[] = ['pipedrive'];
const ZO: Crm[] = ['zoho'];
const DY: Crm[] = ['dynamics'];
const CL: Crm[] = ['close'];

/**
 * Labels per field: display labels (en, de, fr) and API names. Pipedrive's "Deal - " prefix is
 * removed before matching, so "Deal - Value" matches "value". German and French labels that could
 * not be confirmed in a vendor's documentation are common translations; users can remap.
 *
 * Amounts: a column in the company currency ("Amount in company currency", Salesforce's
 * "Amount (converted)") ranks above the plain amount, because it can be added up across deals in
 * different currencies; the plain amount is the fallback. Dynamics' "Actual Revenue" is a field of
 * its own (used for won deals when filled), since it is empty on open deals.
 */
const LABELS: Record<DealField, Label[]> = {
  id: [
    { text: 'id', crm: [...PD, ...CL] },
    { text: 'record id', crm: [...HS, ...ZO] },
    { text: 'deal id', crm: [...HS, ...PD] },
    { text: 'opportunity id', crm: SF },
    { text: 'hs object id', crm: HS },
    { text: 'dealid', crm: HS },
    { text: 'do not modify opportunity', crm: DY },
    { text: 'datensatz id', crm: HS },
    { text: 'id de fiche d informations', crm: HS },
    { text: 'id de l enregistrement', crm: HS },
    { text: 'id de la transaction' },
    { text: 'opportunity id 18' },
  ],
  name: [
    { text: 'opportunity name', crm: SF },
    { text: 'deal name', crm: [...HS, ...ZO] },
    { text: 'dealname', crm: HS },
    { text: 'name', rank: -1 },
    { text: 'title', crm: PD },
    { text: 'topic', crm: DY },
    { text: 'deal title', crm: PD },
    { text: 'opportunity', rank: -1, crm: DY },
    { text: 'deal', rank: -2 },
    { text: 'name des deals', crm: HS },
    { text: 'deal bezeichnung' },
    { text: 'verkaufschance' },
    { text: 'name der verkaufschance', crm: SF },
    { text: 'thema', crm: DY },
    { text: 'nom de la transaction', crm: HS },
    { text: 'nom de l affaire' },
    { text: 'nom de l opportunite', crm: SF },
    { text: 'nom de la transaction de vente' },
    { text: 'sujet', crm: DY },
  ],
  owner: [
    { text: 'opportunity owner', crm: SF },
    { text: 'deal owner', crm: [...HS, ...ZO] },
    { text: 'owner', crm: [...PD, ...DY] },
    { text: 'owner name' },
    { text: 'ownerid', crm: SF },
    { text: 'hubspot owner id', crm: HS },
    { text: 'hubspot owner', crm: HS },
    { text: 'user name', crm: CL },
    { text: 'user', rank: -1 },
    { text: 'sales rep', rank: -1 },
    { text: 'deal inhaber', crm: HS },
    { text: 'dealinhaber', crm: HS },
    { text: 'inhaber' },
    { text: 'besitzer' },
    { text: 'verantwortlicher' },
    { text: 'zustandiger mitarbeiter' },
    { text: 'opportunity inhaber', crm: SF },
    { text: 'inhaber der opportunity', crm: SF },
    { text: 'proprietaire', crm: [...PD, ...DY] },
    { text: 'proprietaire de la transaction', crm: HS },
    { text: 'proprietaire de l opportunite', crm: SF },
    { text: 'proprietaire de l affaire' },
  ],
  account: [
    { text: 'account name', crm: [...SF, ...ZO] },
    { text: 'account', crm: [...SF, ...DY] },
    { text: 'associated company', crm: HS },
    { text: 'company', rank: -1 },
    { text: 'company name', rank: -1 },
    { text: 'organization', crm: PD },
    { text: 'organization name', crm: PD },
    { text: 'organisation', crm: PD },
    { text: 'organisation name', crm: PD },
    { text: 'potential customer', crm: DY },
    { text: 'lead name', crm: CL },
    { text: 'accountid', crm: SF },
    { text: 'zugehoriges unternehmen', crm: HS },
    { text: 'zugeordnetes unternehmen', crm: HS },
    { text: 'unternehmen', rank: -1 },
    { text: 'firma', rank: -1 },
    { text: 'firmenname', rank: -1 },
    { text: 'accountname', crm: SF },
    { text: 'kontoname', crm: SF },
    { text: 'potenzieller kunde', crm: DY },
    { text: 'entreprise associee', crm: HS },
    { text: 'entreprise', rank: -1 },
    { text: 'nom du compte', crm: SF },
    { text: 'compte', crm: SF },
    { text: 'client potentiel', crm: DY },
  ],
  stage: [
    { text: 'stage', crm: [...SF, ...ZO, ...PD] },
    { text: 'stagename', crm: SF },
    { text: 'stage name', crm: SF },
    { text: 'deal stage', crm: HS },
    { text: 'dealstage', crm: HS },
    { text: 'sales stage', crm: DY },
    { text: 'pipeline stage', rank: -1 },
    { text: 'status label', crm: CL },
    { text: 'deal phase', crm: HS },
    { text: 'dealphase', crm: HS },
    { text: 'phase', rank: -1 },
    { text: 'verkaufsphase', crm: [...SF, ...DY] },
    { text: 'stufe', crm: PD },
    { text: 'phase de la transaction', crm: HS },
    { text: 'etape de la transaction', crm: HS },
    { text: 'etape', crm: [...SF, ...PD] },
    { text: 'etape de vente', crm: DY },
    { text: 'phase de vente', rank: -1 },
  ],
  status: [
    { text: 'status', crm: [...PD, ...DY] },
    { text: 'status type', crm: CL },
    { text: 'deal status' },
    { text: 'state', rank: -1 },
    { text: 'statecode', crm: DY },
    { text: 'statut', crm: [...PD, ...DY] },
    { text: 'etat', rank: -1 },
    { text: 'zustand', rank: -1 },
  ],
  amount: [
    { text: 'amount', crm: [...SF, ...HS, ...ZO] },
    { text: 'total amount', rank: -1, crm: SF },
    { text: 'opportunity amount', crm: SF },
    { text: 'amount converted', rank: 2, crm: SF },
    { text: 'amount in company currency', rank: 2, crm: HS },
    { text: 'amount in home currency', rank: 2, crm: HS },
    { text: 'hs amount in home currency', rank: 2, crm: HS },
    { text: 'amount in home currency hubspot', rank: 2, crm: HS },
    { text: 'value', crm: [...PD, ...CL] },
    { text: 'deal value', crm: PD },
    { text: 'est revenue', crm: DY },
    { text: 'estimated revenue', crm: DY },
    { text: 'estimatedvalue', crm: DY },
    { text: 'betrag', crm: [...HS, ...SF, ...ZO] },
    { text: 'betrag in firmenwahrung', rank: 2, crm: HS },
    { text: 'betrag in unternehmenswahrung', rank: 2, crm: HS },
    { text: 'betrag umgerechnet', rank: 2, crm: SF },
    { text: 'gesamtbetrag', rank: -1 },
    { text: 'wert', crm: PD },
    { text: 'deal wert', crm: PD },
    { text: 'geschatzter umsatz', crm: DY },
    { text: 'montant', crm: [...HS, ...SF, ...ZO] },
    { text: 'montant dans la devise de l entreprise', rank: 2, crm: HS },
    { text: 'montant dans la devise de la societe', rank: 2, crm: HS },
    { text: 'montant converti', rank: 2, crm: SF },
    { text: 'montant total', rank: -1 },
    { text: 'valeur', crm: PD },
    { text: 'valeur de la transaction', crm: PD },
    { text: 'chiffre d affaires estime', crm: DY },
    { text: 'revenu estime', crm: DY },
  ],
  actualAmount: [
    { text: 'actual revenue', crm: DY },
    { text: 'actualvalue', crm: DY },
    { text: 'tatsachlicher umsatz', crm: DY },
    { text: 'chiffre d affaires reel', crm: DY },
    { text: 'revenu reel', crm: DY },
  ],
  currency: [
    { text: 'currency', crm: [...ZO, ...DY] },
    { text: 'amount currency', rank: 1, crm: SF },
    { text: 'opportunity currency', crm: SF },
    { text: 'currency iso code', crm: SF },
    { text: 'currencyisocode', crm: SF },
    { text: 'currency of value', crm: PD },
    { text: 'value currency', crm: CL },
    { text: 'deal currency code', crm: HS },
    { text: 'currency code', rank: -1 },
    { text: 'wahrung', crm: [...HS, ...ZO, ...DY] },
    { text: 'wahrung des werts', crm: PD },
    { text: 'betrag wahrung', crm: SF },
    { text: 'devise', crm: [...HS, ...ZO, ...DY] },
    { text: 'devise de la valeur', crm: PD },
    { text: 'montant devise', crm: SF },
  ],
  probability: [
    { text: 'probability', crm: [...SF, ...ZO, ...PD, ...DY] },
    { text: 'probability percent', crm: SF },
    { text: 'deal probability', crm: HS },
    { text: 'deal stage probability', crm: HS },
    { text: 'hs deal stage probability', crm: HS },
    { text: 'closeprobability', crm: DY },
    { text: 'confidence', crm: CL },
    { text: 'wahrscheinlichkeit', crm: [...SF, ...ZO, ...PD, ...DY] },
    { text: 'wahrscheinlichkeit percent', crm: SF },
    { text: 'abschlusswahrscheinlichkeit', crm: HS },
    { text: 'deal wahrscheinlichkeit', crm: HS },
    { text: 'probabilite', crm: [...SF, ...ZO, ...PD, ...DY] },
    { text: 'probabilite percent', crm: SF },
    { text: 'probabilite de la transaction', crm: HS },
    { text: 'probabilite de conclusion', crm: HS },
  ],
  created: [
    { text: 'created date', crm: SF },
    { text: 'create date', crm: HS },
    { text: 'createdate', crm: HS },
    { text: 'createddate', crm: SF },
    { text: 'created', rank: -1 },
    { text: 'created time', crm: ZO },
    { text: 'created on', crm: DY },
    { text: 'createdon', crm: DY },
    { text: 'date created', crm: CL },
    { text: 'deal created', crm: PD },
    { text: 'add time', crm: PD },
    { text: 'deal created on', crm: PD },
    { text: 'erstellungsdatum', crm: [...HS, ...SF] },
    { text: 'erstelldatum', crm: HS },
    { text: 'erstellt am', crm: [...DY, ...PD] },
    { text: 'angelegt am' },
    { text: 'erstellungszeit', crm: ZO },
    { text: 'deal erstellt', crm: PD },
    { text: 'date de creation', crm: [...HS, ...SF] },
    { text: 'cree le', crm: DY },
    { text: 'heure de creation', crm: ZO },
    { text: 'transaction creee', crm: PD },
    { text: 'affaire creee', crm: PD },
  ],
  closeDate: [
    { text: 'close date', crm: [...SF, ...HS] },
    { text: 'closedate', crm: [...SF, ...HS] },
    { text: 'closing date', crm: ZO },
    { text: 'expected close date', crm: PD },
    { text: 'est close date', crm: DY },
    { text: 'estimated close date', crm: DY },
    { text: 'estimatedclosedate', crm: DY },
    { text: 'date won', crm: CL },
    { text: 'abschlussdatum', crm: [...HS, ...SF, ...ZO] },
    { text: 'schlussdatum', crm: SF },
    { text: 'voraussichtliches abschlussdatum', crm: [...PD, ...DY] },
    { text: 'erwartetes abschlussdatum', crm: PD },
    { text: 'gesch abschlussdatum', crm: DY },
    { text: 'date de fermeture', crm: HS },
    { text: 'date de cloture', crm: [...SF, ...ZO] },
    { text: 'date de cloture prevue', crm: [...PD, ...DY] },
    { text: 'date de cloture estimee', crm: DY },
    { text: 'date de conclusion', rank: -1 },
  ],
  actualCloseDate: [
    { text: 'actual close date', crm: DY },
    { text: 'actualclosedate', crm: DY },
    { text: 'tatsachliches abschlussdatum', crm: DY },
    { text: 'date de cloture reelle', crm: DY },
    { text: 'close time', crm: PD },
    { text: 'deal closed on', crm: PD },
  ],
  wonDate: [
    { text: 'won time', crm: PD },
    { text: 'won date', rank: -1 },
    { text: 'zeitpunkt gewonnen', crm: PD },
    { text: 'gewonnen am', crm: PD },
    { text: 'date de gain', crm: PD },
    { text: 'heure de gain', crm: PD },
  ],
  lostDate: [
    { text: 'lost time', crm: PD },
    { text: 'lost date', rank: -1 },
    { text: 'zeitpunkt verloren', crm: PD },
    { text: 'verloren am', crm: PD },
    { text: 'date de perte', crm: PD },
    { text: 'heure de perte', crm: PD },
  ],
  source: [
    { text: 'lead source', crm: [...SF, ...ZO] },
    { text: 'leadsource', crm: SF },
    { text: 'source', rank: -1, crm: PD },
    { text: 'deal source', crm: HS },
    { text: 'original source', crm: HS },
    { text: 'original source type', crm: HS },
    { text: 'hs analytics source', crm: HS },
    { text: 'lead quelle', crm: [...SF, ...ZO] },
    { text: 'leadquelle', crm: [...SF, ...ZO] },
    { text: 'quelle', rank: -1 },
    { text: 'ursprungliche quelle', crm: HS },
    { text: 'source du lead', crm: [...SF, ...ZO] },
    { text: 'source de la piste', crm: SF },
    { text: 'source d origine', crm: HS },
    { text: 'origine', rank: -1 },
  ],
  type: [
    { text: 'type', crm: [...SF, ...ZO] },
    { text: 'deal type', crm: HS },
    { text: 'dealtype', crm: HS },
    { text: 'opportunity type', crm: SF },
    { text: 'deal typ', crm: HS },
    { text: 'dealtyp', crm: HS },
    { text: 'typ', crm: [...SF, ...ZO] },
    { text: 'type de transaction', crm: HS },
    { text: 'type d affaire' },
    { text: 'type d opportunite', crm: SF },
  ],
  product: [
    { text: 'product', crm: [...SF, ...PD] },
    { text: 'product name', crm: SF },
    { text: 'products', rank: -1 },
    { text: 'primary product' },
    { text: 'product interest' },
    { text: 'produkt' },
    { text: 'produkte', rank: -1 },
    { text: 'produktname' },
    { text: 'produit' },
    { text: 'produits', rank: -1 },
    { text: 'nom du produit' },
  ],
  pipeline: [
    { text: 'pipeline', crm: [...HS, ...PD, ...ZO] },
    { text: 'sales pipeline' },
    { text: 'deal pipeline', crm: HS },
    { text: 'vertriebspipeline' },
    { text: 'pipeline de vente' },
    { text: 'pipeline de ventes' },
  ],
};

/** Fields without which no metric can be computed: a row of headers must hold two of them. */
const CORE_FIELDS: DealField[] = ['amount', 'stage', 'status', 'closeDate', 'owner', 'name', 'account', 'created'];

/** Rows searched for the header (exports may start with a title or a filter description). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * A header or value as compared: lower case, accents removed, ß → ss, "(%)" → "percent", every
 * other run of punctuation or spaces → one space, and Pipedrive's "Deal - " prefix dropped.
 */
export function normalizeLabel(text: unknown): string {
  let s = String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  // "Deal - Value", "Deals - Deal value", "Opportunity - Stage": the field after the entity.
  const prefixed = /^(deal|deals|opportunity|opportunities|affaire|transaction)(?:\s+[-–]\s+|\s*:\s*)/i.exec(
    String(text ?? '').trim(),
  );
  if (prefixed) {
    const rest = normalizeLabel(String(text).trim().slice(prefixed[0].length));
    if (rest !== '') s = rest;
  }
  return s;
}

interface Match {
  field: DealField;
  rank: number;
  crm: Crm[];
}

const INDEX: Map<string, Match> = (() => {
  const index = new Map<string, Match>();
  for (const field of Object.keys(LABELS) as DealField[]) {
    for (const label of LABELS[field]) {
      const key = normalizeLabel(label.text);
      if (!index.has(key)) index.set(key, { field, rank: label.rank ?? 0, crm: label.crm ?? [] });
    }
  }
  return index;
})();

/** The field a header names, or undefined. Also matches Salesforce's "<field> Currency" columns. */
export function fieldOfHeader(header: unknown): Match | undefined {
  const key = normalizeLabel(header);
  if (key === '') return undefined;
  const exact = INDEX.get(key);
  if (exact) return exact;
  // "Betrag (EUR)", "Amount USD": a known label followed by a currency code.
  const withCode = /^(.*) ([a-z]{3})$/.exec(key);
  if (withCode && INDEX.get(withCode[1])?.field === 'amount' && CURRENCY_CODES.has(withCode[2])) {
    return INDEX.get(withCode[1]);
  }
  return undefined;
}

const CURRENCY_CODES = new Set([
  'usd',
  'eur',
  'gbp',
  'chf',
  'jpy',
  'cny',
  'czk',
  'cad',
  'aud',
  'sek',
  'nok',
  'dkk',
  'pln',
]);

/** "C1" for a 0-based row and column. */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

/** Signs of a CRM beyond single labels: Pipedrive's "Entity - Field", Close's snake_case names. */
function crmSigns(headers: string[]): Partial<Record<Crm, number>> {
  const signs: Partial<Record<Crm, number>> = {};
  const add = (crm: Crm, n: number) => {
    signs[crm] = (signs[crm] ?? 0) + n;
  };
  for (const header of headers) {
    const text = String(header ?? '').trim();
    if (/^(Deal|Organization|Organisation|Person|Product)\s-\s/.test(text)) add('pipedrive', 2);
    if (/^\(Do Not Modify\)/i.test(text)) add('dynamics', 2);
    if (/^(status_type|status_label|value_period|value_currency|lead_name|user_name|date_won)$/.test(text))
      add('close', 2);
  }
  return signs;
}

/**
 * Finds the header row among the first rows of a tab's grid (values as getValues returns them)
 * and maps each deal field to a column. When several columns match one field, the best-ranked
 * label wins, then the leftmost. Problems name the cell and header concerned.
 */
export function detectDealColumns(grid: readonly (readonly unknown[])[]): DealsMapping {
  const empty: DealsMapping = { columns: {}, headerRow: -1, headers: [], crm: 'unknown', problems: [] };
  const filled = grid.some((row) => row.some((v) => !isBlank(v)));
  if (!filled) return { ...empty, problems: [{ key: 'dealsEmptyTab', cell: 'A1', params: {} }] };

  // The header row: the one among the first rows naming the most distinct core fields.
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const fields = new Set<DealField>();
    for (const cell of grid[r]) {
      const match = typeof cell === 'string' ? fieldOfHeader(cell) : undefined;
      if (match && CORE_FIELDS.includes(match.field)) fields.add(match.field);
    }
    if (fields.size > bestScore) {
      best = r;
      bestScore = fields.size;
    }
  }
  if (best < 0 || bestScore < 2) {
    const first = firstFilledCell(grid);
    return {
      ...empty,
      problems: [
        { key: 'dealsNotAnExport', cell: first.cell, params: { rows: limit, value: first.text, cell: first.cell } },
      ],
    };
  }

  const headers = grid[best].map((v) => (v === null || v === undefined ? '' : String(v)));
  const problems: HeaderProblem[] = [];
  const columns: Partial<Record<DealField, number>> = {};
  const chosenRank: Partial<Record<DealField, number>> = {};
  const votes: Partial<Record<Crm, number>> = crmSigns(headers);
  const seen = new Map<string, number>();
  headers.forEach((header, c) => {
    const key = normalizeLabel(header);
    if (key === '') return;
    const previous = seen.get(key);
    if (previous !== undefined) {
      problems.push({
        key: 'dealsDuplicateHeader',
        cell: cellA1(best, c),
        params: { cell: cellA1(best, c), other: cellA1(best, previous), header: header.trim() },
      });
      return;
    }
    seen.set(key, c);
    const match = fieldOfHeader(header);
    if (!match) return;
    for (const crm of match.crm) votes[crm] = (votes[crm] ?? 0) + 1;
    const rank = chosenRank[match.field];
    if (rank === undefined || match.rank > rank) {
      columns[match.field] = c;
      chosenRank[match.field] = match.rank;
    }
  });

  const headerCell = cellA1(best, 0);
  // The headers seen, for the message: "A1 Opportunity Owner, B1 Stage, …".
  const seenHeaders = headers
    .map((h, c) => (h.trim() === '' ? '' : `${cellA1(best, c)} ${shortText(h.trim())}`))
    .filter((h) => h !== '');
  const params = {
    row: best + 1,
    headers: seenHeaders.length > 8 ? `${seenHeaders.slice(0, 8).join(', ')}, …` : seenHeaders.join(', '),
  };
  if (columns.amount === undefined) {
    problems.push({ key: 'dealsNoAmount', cell: headerCell, params });
  }
  if (columns.closeDate === undefined && columns.actualCloseDate === undefined && columns.wonDate === undefined) {
    problems.push({ key: 'dealsNoCloseDate', cell: headerCell, params });
  }
  if (columns.stage === undefined && columns.status === undefined) {
    problems.push({ key: 'dealsNoOutcome', cell: headerCell, params });
  }
  return { columns, headerRow: best, headers, crm: likeliestCrm(votes), problems };
}

function likeliestCrm(votes: Partial<Record<Crm, number>>): Crm {
  let crm: Crm = 'unknown';
  let top = 0;
  for (const [name, count] of Object.entries(votes) as [Crm, number][]) {
    if (count > top) {
      crm = name;
      top = count;
    }
  }
  return crm;
}

function firstFilledCell(grid: readonly (readonly unknown[])[]): { cell: string; text: string } {
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (!isBlank(grid[r][c])) return { cell: cellA1(r, c), text: shortText(grid[r][c]) };
    }
  }
  return { cell: 'A1', text: '' };
}

export function shortText(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

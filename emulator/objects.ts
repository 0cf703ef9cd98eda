// Small API objects over workbook records: developer metadata and its finder, protections,
// named ranges.
import { untracked } from './calls';
import { Range } from './range';
import type { Sheet } from './sheet';
import type { MetadataEntry, NamedRangeData, ProtectionData, Workbook } from './workbook';

export class DeveloperMetadataLocation {
  constructor(
    private wb: Workbook,
    private entry: MetadataEntry,
  ) {}
  getLocationType(): string {
    return this.entry.locationType;
  }
  getSheet(): Sheet | null {
    return this.entry.sheet ? this.wb.sheetApi(this.entry.sheet) : null;
  }
  getSpreadsheet(): unknown {
    return this.entry.locationType === 'SPREADSHEET' ? this.wb.spreadsheetApi() : null;
  }
  getRow(): Range | null {
    const { sheet, start, count } = this.entry;
    if (this.entry.locationType !== 'ROW' || !sheet || start === undefined) return null;
    return this.wb.wrap(new Range(this.wb, sheet, start, 0, count ?? 1, sheet.maxCols), 'Range');
  }
  getColumn(): Range | null {
    const { sheet, start, count } = this.entry;
    if (this.entry.locationType !== 'COLUMN' || !sheet || start === undefined) return null;
    return this.wb.wrap(new Range(this.wb, sheet, 0, start, sheet.maxRows, count ?? 1), 'Range');
  }
}

export class DeveloperMetadata {
  constructor(
    private wb: Workbook,
    readonly entry: MetadataEntry,
  ) {}
  getId(): number {
    return this.entry.id;
  }
  getKey(): string {
    return this.entry.key;
  }
  getValue(): string | null {
    return this.entry.value;
  }
  getVisibility(): string {
    return this.entry.visibility;
  }
  getLocation(): DeveloperMetadataLocation {
    return this.wb.wrap(new DeveloperMetadataLocation(this.wb, this.entry), 'DeveloperMetadataLocation');
  }
  setKey(key: string): this {
    this.entry.key = String(key);
    return this;
  }
  setValue(value: string): this {
    this.entry.value = String(value);
    return this;
  }
  setVisibility(visibility: string): this {
    this.entry.visibility = String(visibility);
    return this;
  }
  remove(): void {
    this.wb.metadata = this.wb.metadata.filter((m) => m !== this.entry);
  }
  moveToSheet(sheet: Sheet): this {
    this.entry.locationType = 'SHEET';
    this.entry.sheet = sheet.data;
    this.entry.start = undefined;
    this.entry.count = undefined;
    return this;
  }
}

export function describeMetadata(m: MetadataEntry): unknown {
  return {
    id: m.id,
    key: m.key,
    value: m.value,
    visibility: m.visibility,
    locationType: m.locationType,
    sheet: m.sheet?.name ?? null,
    start: m.start ?? null,
    count: m.count ?? null,
  };
}

export class DeveloperMetadataFinder {
  private filters: ((m: MetadataEntry) => boolean)[] = [];
  constructor(
    private wb: Workbook,
    scope: (m: MetadataEntry) => boolean,
  ) {
    this.filters.push(scope);
  }
  withKey(key: string): this {
    this.filters.push((m) => m.key === String(key));
    return this;
  }
  withValue(value: string): this {
    this.filters.push((m) => m.value === String(value));
    return this;
  }
  withId(id: number): this {
    this.filters.push((m) => m.id === id);
    return this;
  }
  withLocationType(type: string): this {
    this.filters.push((m) => m.locationType === String(type));
    return this;
  }
  withVisibility(visibility: string): this {
    this.filters.push((m) => m.visibility === String(visibility));
    return this;
  }
  onIntersectingLocations(): this {
    return this;
  }
  find(): DeveloperMetadata[] {
    return this.wb.metadata
      .filter((m) => this.filters.every((f) => f(m)))
      .map((m) => this.wb.wrap(new DeveloperMetadata(this.wb, m), 'DeveloperMetadata'));
  }
}

export class Protection {
  constructor(
    private wb: Workbook,
    readonly data: ProtectionData,
  ) {}
  getProtectionType(): string {
    return this.data.type;
  }
  getDescription(): string {
    return this.data.description;
  }
  setDescription(description: string): this {
    this.data.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.data.warningOnly = Boolean(warningOnly);
    return this;
  }
  getRange(): Range {
    const d = this.data;
    if (d.type === 'SHEET')
      return this.wb.wrap(new Range(this.wb, d.sheet, 0, 0, d.sheet.maxRows, d.sheet.maxCols), 'Range');
    return this.wb.wrap(new Range(this.wb, d.sheet, d.row0, d.col0, d.rows, d.cols), 'Range');
  }
  getEditors(): unknown[] {
    return this.data.editors.map((email) => this.wb.wrap({ getEmail: () => email }, 'User'));
  }
  addEditor(email: string): this {
    this.data.editors.push(String(email));
    return this;
  }
  addEditors(emails: string[]): this {
    this.data.editors.push(...emails.map(String));
    return this;
  }
  removeEditor(email: string): this {
    this.data.editors = this.data.editors.filter((e) => e !== String(email));
    return this;
  }
  removeEditors(emails: unknown[]): this {
    const drop = new Set(
      emails.map((e) => (typeof e === 'string' ? e : String((e as { getEmail(): string }).getEmail()))),
    );
    this.data.editors = this.data.editors.filter((e) => !drop.has(e));
    return this;
  }
  canDomainEdit(): boolean {
    return this.data.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.data.domainEdit = Boolean(editable);
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  getUnprotectedRanges(): Range[] {
    return this.data.unprotected.map((a1) =>
      this.wb.wrap(untracked(this.wb.sheetApi(this.data.sheet)).rangeRaw(a1), 'Range'),
    );
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this.data.unprotected = ranges.map((r) => r.getA1Notation());
    return this;
  }
  remove(): void {
    this.wb.protections = this.wb.protections.filter((p) => p !== this.data);
  }
}

export function describeProtection(p: ProtectionData): unknown {
  return {
    type: p.type,
    sheet: p.sheet.name,
    range: p.type === 'RANGE' ? [p.row0, p.col0, p.rows, p.cols] : null,
    description: p.description,
    warningOnly: p.warningOnly,
    editors: [...p.editors],
    domainEdit: p.domainEdit,
    unprotected: [...p.unprotected],
  };
}

export class NamedRange {
  constructor(
    private wb: Workbook,
    private data: NamedRangeData,
  ) {}
  getName(): string {
    return this.data.name;
  }
  getRange(): Range {
    const d = this.data;
    return this.wb.wrap(new Range(this.wb, d.sheet, d.row0, d.col0, d.rows, d.cols), 'Range');
  }
  setName(name: string): this {
    this.wb.dropNamedRange(this.data.name);
    this.data.name = String(name);
    this.wb.setNamedRange(this.data.name, this.data);
    return this;
  }
  setRange(range: Range): this {
    const r = rawRange(range);
    Object.assign(this.data, { sheet: r.sheet, row0: r.row0, col0: r.col0, rows: r.rows, cols: r.cols });
    this.wb.setNamedRange(this.data.name, this.data);
    return this;
  }
  remove(): void {
    this.wb.dropNamedRange(this.data.name);
  }
}

/** The emulated Range behind what the add-on passes back in (a tracked proxy or not). */
export function rawRange(range: unknown): Range {
  if (!(range instanceof Range)) {
    throw new Error("The parameters (String) don't match the method signature: expected a Range.");
  }
  return range;
}

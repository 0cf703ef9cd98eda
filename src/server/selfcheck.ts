// okrSelfCheck: run once from the Apps Script editor after a deploy. Checks the custom functions
// in this spreadsheet against the core and the templates for volatile references; logs a report.
import { runSelfCheck } from '../sheet/selfcheck';
import { activeSpreadsheet } from '../sheet/workbook';

export function okrSelfCheck(): string {
  const { report } = runSelfCheck(activeSpreadsheet());
  console.log(report);
  return report;
}

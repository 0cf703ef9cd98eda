// The one entry of the Apps Script bundle. Every export here becomes a top-level function in
// dist/Code.js (scripts/build.ts writes the stubs), so menus, google.script.run and Sheets'
// custom functions can call it. Export nothing else from here.

export {
  KR_FORECAST,
  KR_PROGRESS,
  KR_TARGET,
  OKR_GRADE,
  OKR_PACE,
  OKR_ROLLUP,
  OKR_SCORE,
  OKR_STATUS,
} from './functions/customFunctions';
export {
  closePeriod,
  connectDeals,
  createPeriod,
  explainLinks,
  getAlignment,
  getExamples,
  getHealthReport,
  getKeyResultDetails,
  getObjectiveDetails,
  getOverview,
  getSettings,
  getSidebarState,
  insertExamples,
  inspectDeals,
  linkKeyResult,
  listPeriods,
  openPeriodTab,
  recordCheckIn,
  recordSnapshot,
  rememberOwner,
  rememberTeam,
  saveSettings,
  selectCell,
  selectKeyResult,
  setTeamFiles,
} from './server/endpoints';
export {
  onInstall,
  onOpen,
  showCheckIn,
  showClosePeriod,
  showHealthCheck,
  showNewPeriod,
  showSidebar,
} from './server/menu';
export { okrSelfCheck } from './server/selfcheck';

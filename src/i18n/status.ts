import type { Grade, Status } from '../core/types';
import type { Catalog } from './index';

/** Status words (OKR_STATUS, dashboards, sidebar). English is the custom functions' default. */
export const STATUS_LABELS: Catalog<Status> = {
  en: { done: 'Done', onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track' },
  de: { done: 'Erledigt', onTrack: 'Im Plan', atRisk: 'Gefährdet', offTrack: 'Nicht im Plan' },
  fr: { done: 'Terminé', onTrack: 'En bonne voie', atRisk: 'À risque', offTrack: 'En retard' },
  cs: { done: 'Hotovo', onTrack: 'Podle plánu', atRisk: 'Ohroženo', offTrack: 'Mimo plán' },
  zh: { done: '已完成', onTrack: '进展正常', atRisk: '有风险', offTrack: '偏离轨道' },
  ar: { done: 'مكتمل', onTrack: 'على المسار', atRisk: 'في خطر', offTrack: 'خارج المسار' },
};

/** Grade band words (OKR_GRADE). English keeps the lower-case words conditional formats match on. */
export const GRADE_LABELS: Catalog<Grade> = {
  en: { red: 'red', yellow: 'yellow', green: 'green' },
  de: { red: 'rot', yellow: 'gelb', green: 'grün' },
  fr: { red: 'rouge', yellow: 'jaune', green: 'vert' },
  cs: { red: 'červená', yellow: 'žlutá', green: 'zelená' },
  zh: { red: '红', yellow: '黄', green: '绿' },
  ar: { red: 'أحمر', yellow: 'أصفر', green: 'أخضر' },
};

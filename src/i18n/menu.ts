import type { Catalog } from './index';

export type MenuKey = 'openSidebar' | 'newPeriod' | 'closePeriod' | 'checkIn' | 'healthCheck' | 'sidebarTitle';

export const MENU: Catalog<MenuKey> = {
  en: {
    openSidebar: 'Open OKR sidebar',
    newPeriod: 'New quarter…',
    closePeriod: 'Close quarter…',
    checkIn: 'Check in…',
    healthCheck: 'Check OKR health',
    sidebarTitle: 'Sales OKRs',
  },
  de: {
    openSidebar: 'OKR-Seitenleiste öffnen',
    newPeriod: 'Neues Quartal…',
    closePeriod: 'Quartal abschließen…',
    checkIn: 'Check-in…',
    healthCheck: 'OKR-Qualität prüfen',
    sidebarTitle: 'Vertriebs-OKRs',
  },
  fr: {
    openSidebar: 'Ouvrir le panneau latéral OKR',
    newPeriod: 'Nouveau trimestre…',
    closePeriod: 'Clôturer le trimestre…',
    checkIn: 'Point d’avancement…',
    healthCheck: 'Vérifier la qualité des OKR',
    sidebarTitle: 'OKR commerciaux',
  },
  cs: {
    openSidebar: 'Otevřít postranní panel OKR',
    newPeriod: 'Nové čtvrtletí…',
    closePeriod: 'Uzavřít čtvrtletí…',
    checkIn: 'Zaznamenat pokrok…',
    healthCheck: 'Zkontrolovat kvalitu OKR',
    sidebarTitle: 'Obchodní OKR',
  },
  zh: {
    openSidebar: '打开 OKR 侧边栏',
    newPeriod: '新建季度…',
    closePeriod: '结束季度…',
    checkIn: '更新进度…',
    healthCheck: '检查 OKR 质量',
    sidebarTitle: '销售 OKR',
  },
  ar: {
    openSidebar: 'فتح الشريط الجانبي لـ OKR',
    newPeriod: 'ربع سنة جديد…',
    closePeriod: 'إغلاق ربع السنة…',
    checkIn: 'تسجيل التقدّم…',
    healthCheck: 'فحص جودة OKR',
    sidebarTitle: 'OKR المبيعات',
  },
};

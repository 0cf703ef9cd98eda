// Headers of the parsed columns the add-on writes right of a deals export (where the sheet holds
// text the formulas cannot sum or compare), in the user's language.
import type { Language } from '../core/types';

export type HelperColumn = 'amount' | 'closeDate' | 'created' | 'currency' | 'team';

export const HELPER_HEADERS: Record<Language, Record<HelperColumn, string>> = {
  en: {
    amount: 'Amount (read by the OKR add-on)',
    closeDate: 'Close date (read by the OKR add-on)',
    created: 'Created (read by the OKR add-on)',
    currency: 'Currency (read by the OKR add-on)',
    team: 'Team (read by the OKR add-on)',
  },
  de: {
    amount: 'Betrag (vom OKR-Add-on gelesen)',
    closeDate: 'Abschlussdatum (vom OKR-Add-on gelesen)',
    created: 'Erstellt (vom OKR-Add-on gelesen)',
    currency: 'Währung (vom OKR-Add-on gelesen)',
    team: 'Team (vom OKR-Add-on gelesen)',
  },
  fr: {
    amount: 'Montant (lu par le module OKR)',
    closeDate: 'Date de clôture (lue par le module OKR)',
    created: 'Création (lue par le module OKR)',
    currency: 'Devise (lue par le module OKR)',
    team: 'Équipe (lue par le module OKR)',
  },
  cs: {
    amount: 'Částka (načtená doplňkem OKR)',
    closeDate: 'Datum uzavření (načtené doplňkem OKR)',
    created: 'Vytvořeno (načtené doplňkem OKR)',
    currency: 'Měna (načtená doplňkem OKR)',
    team: 'Tým (načtený doplňkem OKR)',
  },
  zh: {
    amount: '金额（OKR 插件读取）',
    closeDate: '成交日期（OKR 插件读取）',
    created: '创建日期（OKR 插件读取）',
    currency: '货币（OKR 插件读取）',
    team: '团队（OKR 插件读取）',
  },
  ar: {
    amount: 'المبلغ (كما قرأته إضافة OKR)',
    closeDate: 'تاريخ الإغلاق (كما قرأته إضافة OKR)',
    created: 'تاريخ الإنشاء (كما قرأته إضافة OKR)',
    currency: 'العملة (كما قرأتها إضافة OKR)',
    team: 'الفريق (كما قرأته إضافة OKR)',
  },
};

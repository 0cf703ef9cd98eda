// The example library's data: every example objective with its texts in every language, and the
// families' names. Only the build (which writes it to dist/ExamplesData.html, read by the actions
// that need it) and tests import this module, so it stays out of the script every custom-function
// call loads. The functions working on it are in library.ts and take it as an argument.
import type { Language } from '../core/types';
import { ACQUISITION } from './families/acquisition';
import { CRM_ADOPTION } from './families/crmAdoption';
import { EFFICIENCY } from './families/efficiency';
import { FORECAST_ACCURACY } from './families/forecastAccuracy';
import { LEAD_GENERATION } from './families/leadGeneration';
import { PARTNERS } from './families/partners';
import { PIPELINE_COVERAGE } from './families/pipelineCoverage';
import { REGIONS } from './families/regions';
import { REVENUE_GROWTH } from './families/revenueGrowth';
import { SATISFACTION_RETENTION } from './families/satisfactionRetention';
import { TALENT } from './families/talent';
import { UPSELL_CROSS_SELL } from './families/upsellCrossSell';
import type { ExampleFamily, ExampleLibrary, ExampleObjective } from './types';

export const FAMILY_NAMES: Record<Language, Record<ExampleFamily, string>> = {
  en: {
    revenueGrowth: 'Revenue growth',
    acquisition: 'New customers',
    efficiency: 'Sales efficiency',
    upsellCrossSell: 'Upsell & cross-sell',
    satisfactionRetention: 'Satisfaction & retention',
    pipelineCoverage: 'Pipeline coverage',
    talent: 'Sales team & talent',
    regions: 'Regions & market share',
    leadGeneration: 'Lead generation',
    forecastAccuracy: 'Forecast accuracy',
    crmAdoption: 'CRM adoption',
    partners: 'Partners & referrals',
  },
  de: {
    revenueGrowth: 'Umsatzwachstum',
    acquisition: 'Neukundengewinnung',
    efficiency: 'Vertriebseffizienz',
    upsellCrossSell: 'Upselling & Cross-Selling',
    satisfactionRetention: 'Zufriedenheit & Kundenbindung',
    pipelineCoverage: 'Pipeline-Abdeckung',
    talent: 'Vertriebsteam & Talente',
    regions: 'Regionen & Marktanteil',
    leadGeneration: 'Leadgenerierung',
    forecastAccuracy: 'Prognosegenauigkeit',
    crmAdoption: 'CRM-Nutzung',
    partners: 'Partner & Empfehlungen',
  },
  fr: {
    revenueGrowth: 'Croissance du chiffre d’affaires',
    acquisition: 'Nouveaux clients',
    efficiency: 'Efficacité commerciale',
    upsellCrossSell: 'Ventes additionnelles et croisées',
    satisfactionRetention: 'Satisfaction et fidélisation',
    pipelineCoverage: 'Couverture du pipeline',
    talent: 'Équipe et talents commerciaux',
    regions: 'Régions et parts de marché',
    leadGeneration: 'Génération de leads',
    forecastAccuracy: 'Fiabilité des prévisions',
    crmAdoption: 'Adoption du CRM',
    partners: 'Partenaires et recommandations',
  },
  cs: {
    revenueGrowth: 'Růst tržeb',
    acquisition: 'Noví zákazníci',
    efficiency: 'Efektivita prodeje',
    upsellCrossSell: 'Upsell a cross-sell',
    satisfactionRetention: 'Spokojenost a udržení zákazníků',
    pipelineCoverage: 'Pokrytí pipeline',
    talent: 'Obchodní tým a talenty',
    regions: 'Regiony a podíl na trhu',
    leadGeneration: 'Získávání leadů',
    forecastAccuracy: 'Přesnost prognóz',
    crmAdoption: 'Využívání CRM',
    partners: 'Partneři a doporučení',
  },
  zh: {
    revenueGrowth: '收入增长',
    acquisition: '新客户获取',
    efficiency: '销售效率',
    upsellCrossSell: '增购与交叉销售',
    satisfactionRetention: '客户满意度与留存',
    pipelineCoverage: '销售管道覆盖率',
    talent: '销售团队与人才',
    regions: '区域与市场份额',
    leadGeneration: '线索开发',
    forecastAccuracy: '预测准确性',
    crmAdoption: 'CRM 使用',
    partners: '合作伙伴与转介绍',
  },
  ar: {
    revenueGrowth: 'نمو الإيرادات',
    acquisition: 'عملاء جدد',
    efficiency: 'كفاءة المبيعات',
    upsellCrossSell: 'البيع الإضافي والمتقاطع',
    satisfactionRetention: 'رضا العملاء والاحتفاظ بهم',
    pipelineCoverage: 'تغطية مسار الصفقات',
    talent: 'فريق المبيعات والمواهب',
    regions: 'المناطق والحصة السوقية',
    leadGeneration: 'جذب العملاء المحتملين',
    forecastAccuracy: 'دقة التوقعات',
    crmAdoption: 'اعتماد نظام CRM',
    partners: 'الشركاء والإحالات',
  },
};

/** Every example objective, in family order. */
export const EXAMPLE_OBJECTIVES: readonly ExampleObjective[] = [
  ...REVENUE_GROWTH,
  ...ACQUISITION,
  ...EFFICIENCY,
  ...UPSELL_CROSS_SELL,
  ...SATISFACTION_RETENTION,
  ...PIPELINE_COVERAGE,
  ...TALENT,
  ...REGIONS,
  ...LEAD_GENERATION,
  ...FORECAST_ACCURACY,
  ...CRM_ADOPTION,
  ...PARTNERS,
];

/** The whole library, as the data file holds it. */
export const EXAMPLE_LIBRARY: ExampleLibrary = { familyNames: FAMILY_NAMES, objectives: EXAMPLE_OBJECTIVES };

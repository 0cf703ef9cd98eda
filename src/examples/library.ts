// The library of example sales OKRs: original texts in every supported language, grouped by
// family, offered in the sidebar and used when a new period starts from examples.
import type { KeyResult, Language } from '../core/types';
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
import type { ExampleFamily, ExampleObjective, LocalizedExample } from './types';

export type {
  ExampleFamily,
  ExampleKeyResult,
  ExampleObjective,
  LocalizedExample,
  LocalizedKeyResult,
  Texts,
} from './types';

export const EXAMPLE_FAMILIES: readonly ExampleFamily[] = [
  'revenueGrowth',
  'acquisition',
  'efficiency',
  'upsellCrossSell',
  'satisfactionRetention',
  'pipelineCoverage',
  'talent',
  'regions',
  'leadGeneration',
  'forecastAccuracy',
  'crmAdoption',
  'partners',
];

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

/** Localised plain records for a language, ready to insert (no Records of languages). */
export function examplesIn(language: Language, family?: ExampleFamily): LocalizedExample[] {
  return EXAMPLE_OBJECTIVES.filter((objective) => family === undefined || objective.family === family).map(
    (objective) => ({
      id: objective.id,
      family: objective.family,
      familyName: FAMILY_NAMES[language][objective.family],
      title: objective.title[language],
      committed: objective.committed,
      keyResults: objective.keyResults.map((kr) => ({
        title: kr.title[language],
        kind: kr.kind,
        unit: kr.unit,
        baseline: kr.baseline,
        target: kr.target,
        weight: kr.weight ?? 1,
      })),
    }),
  );
}

/** Key results for the chosen examples, numbered after the period's objectives (O3, O3.1, …) as new periods number them. */
export function exampleKeyResults(
  examples: readonly LocalizedExample[],
  existingObjectiveIds: readonly string[],
  team: string,
): Partial<KeyResult>[] {
  let next = 1 + Math.max(0, ...existingObjectiveIds.map((id) => Number(/^O(\d+)$/.exec(id)?.[1] ?? 0)));
  const rows: Partial<KeyResult>[] = [];
  for (const example of examples) {
    const objectiveId = `O${next}`;
    example.keyResults.forEach((kr, i) => {
      rows.push({
        id: `${objectiveId}.${i + 1}`,
        objectiveId,
        objectiveTitle: example.title,
        title: kr.title,
        owner: '',
        team,
        parentObjectiveId: '',
        kind: kr.kind,
        unit: kr.unit,
        baseline: kr.kind === 'milestone' ? null : kr.baseline,
        target: kr.kind === 'milestone' ? null : kr.target,
        current: kr.kind === 'milestone' ? false : null,
        weight: kr.weight,
        confidence: null,
        dueDate: null,
        notes: '',
        dataLink: '',
      });
    });
    next += 1;
  }
  return rows;
}

/** Examples as a new period's KRs: the chosen ids, a family's first three, or one objective of each of three families. */
export function startingExamples(
  choice: { exampleFamily?: ExampleFamily; exampleIds?: string[] },
  language: Language,
  team: string,
): Partial<KeyResult>[] {
  const all = examplesIn(language, choice.exampleFamily);
  let picked = all;
  if (choice.exampleIds && choice.exampleIds.length > 0) {
    const ids = choice.exampleIds;
    picked = all.filter((example) => ids.includes(example.id));
  } else if (!choice.exampleFamily) {
    picked = EXAMPLE_FAMILIES.slice(0, 3)
      .map((family) => all.find((example) => example.family === family))
      .filter((example) => example !== undefined);
  } else {
    picked = all.slice(0, 3);
  }
  return exampleKeyResults(picked, [], team);
}

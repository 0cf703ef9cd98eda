// The library of example sales OKRs: original texts in every supported language, grouped by
// family, offered in the sidebar and used when a new period starts from examples. The texts
// themselves are data (data.ts, shipped as a data file that only the actions needing it read);
// the functions here get them as an argument.
import type { KeyResult, Language } from '../core/types';
import { EXAMPLE_FAMILIES, type ExampleFamily, type ExampleLibrary, type LocalizedExample } from './types';

export type {
  ExampleFamily,
  ExampleKeyResult,
  ExampleLibrary,
  ExampleObjective,
  LocalizedExample,
  LocalizedKeyResult,
  Texts,
} from './types';

export { EXAMPLE_FAMILIES };

/** Localised plain records for a language, ready to insert (no Records of languages). */
export function examplesIn(library: ExampleLibrary, language: Language, family?: ExampleFamily): LocalizedExample[] {
  return library.objectives
    .filter((objective) => family === undefined || objective.family === family)
    .map((objective) => ({
      id: objective.id,
      family: objective.family,
      familyName: library.familyNames[language][objective.family],
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
    }));
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
  library: ExampleLibrary,
  choice: { exampleFamily?: ExampleFamily; exampleIds?: string[] },
  language: Language,
  team: string,
): Partial<KeyResult>[] {
  const all = examplesIn(library, language, choice.exampleFamily);
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

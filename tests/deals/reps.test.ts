// The reps table: rep → team, manager, region, found by its headers in six languages; a deal's
// owner finds their rep by name or by e-mail.
import { describe, expect, it } from 'vitest';
import { readRepsTable, repKey, repOf } from '../../src/core/deals/reps';

describe('reading a reps table', () => {
  it('finds the columns by header below a title, and each rep by name or e-mail', () => {
    const { table, problem } = readRepsTable([
      ['Sales team 2027', '', '', '', ''],
      ['', '', '', '', ''],
      ['Sales rep', 'E-mail', 'Team', 'Manager', 'Region'],
      ['Anna Schmidt', 'anna.schmidt@example.com', 'DACH', 'Hugo Weber', 'EMEA'],
      ['Chloé Martin', 'chloe.martin@example.com', 'France', 'Hugo Weber', 'EMEA'],
      ['', '', '', '', ''],
      ['Grace Li', 'grace.li@example.com', 'APAC', 'Farid Haddad', 'APAC'],
    ]);
    expect(problem).toBeUndefined();
    expect(table?.headerRow).toBe(2);
    expect(table?.columns).toEqual({ rep: 0, team: 2, manager: 3, region: 4 });
    expect(table?.teams).toEqual(['DACH', 'France', 'APAC']);
    if (!table) return;
    expect(repOf(table, 'Anna Schmidt')?.team).toBe('DACH');
    expect(repOf(table, '  anna schmidt ')?.team).toBe('DACH');
    expect(repOf(table, 'chloe.martin@example.com')).toEqual({
      rep: 'Chloé Martin',
      team: 'France',
      manager: 'Hugo Weber',
      region: 'EMEA',
    });
    expect(repOf(table, 'Chloe Martin')?.team).toBe('France');
    expect(repOf(table, 'Ben Carter')).toBeUndefined();
  });

  it('reads German and French headers', () => {
    expect(readRepsTable([['Vertriebsmitarbeiter', 'Vertriebsteam', 'Gebiet']]).table?.columns).toEqual({
      rep: 0,
      team: 1,
      region: 2,
    });
    expect(readRepsTable([['Commercial', 'Équipe', 'Responsable']]).table?.columns).toEqual({
      rep: 0,
      team: 1,
      manager: 2,
    });
  });

  it('names the cell when the rep or the team column is missing, or the tab is empty', () => {
    expect(
      readRepsTable([
        ['', ''],
        ['Rep', 'Quota'],
      ]).problem,
    ).toEqual({ key: 'repsNoTeamColumn', cell: 'A2' });
    expect(readRepsTable([['Team', 'Region']]).problem).toEqual({ key: 'repsNoRepColumn', cell: 'A1' });
    expect(readRepsTable([[''], ['']]).problem).toEqual({ key: 'repsEmptyTab', cell: 'A1' });
  });

  it('keys a rep by the name an e-mail address carries', () => {
    expect(repKey('anna.schmidt@example.com')).toBe('anna schmidt');
    expect(repKey('Anna SCHMIDT')).toBe('anna schmidt');
    expect(repKey('David Novák')).toBe('david novak');
    expect(repKey('')).toBe('');
  });
});

// Messages for actions that could not be done: which period, tab, cell or value, and what to do.
// One catalog, so that one function (server/errors.ts) turns any failure into the user's language.
import type { Catalog } from './index';

export type ErrorKey =
  | 'errTabExists'
  | 'errPeriodExists'
  | 'errPeriodNotFound'
  | 'errNotClosed'
  | 'errAlreadyClosed'
  | 'errKrNotFound'
  | 'errBadValue'
  | 'errBadConfidence'
  | 'errBadDate'
  | 'errBadPeriod'
  | 'errBusy'
  | 'errFailed'
  | 'errUndoIncomplete'
  | 'errNotOurs'
  | 'msgLinkedCurrent'
  | 'errMissingPeriod'
  | 'errMissingKr'
  | 'errNoPeriodYet'
  | 'errTabMissing'
  | 'errNotACell'
  | 'errUnknownLanguage'
  | 'errUnknownFamily'
  | 'errUnknownExample'
  | 'errExampleCount'
  | 'errPeriodClosed'
  | 'errNoHeaderRow'
  | 'errNoRoom'
  | 'errBadSettings'
  | 'errFieldMissing'
  | 'errFieldNotText'
  | 'errFieldTooLong'
  | 'errFieldNotNumber'
  | 'errFieldRange'
  | 'errFieldWholeRange'
  | 'errFieldNotYesNo'
  | 'errFieldChoice'
  | 'errFieldChoiceType'
  | 'errFieldDate'
  | 'errFieldNotCheckInValue'
  | 'errFieldNotList'
  | 'errFieldCount'
  | 'errFieldNotObject'
  | 'errFieldBadKey'
  | 'errFieldUnknown'
  | 'errUnknownId'
  | 'errUnitPercent'
  | 'errUnitCurrency'
  | 'errValueTooLarge'
  | 'errDealsIncomplete'
  | 'errDealsNotConnected'
  | 'errDealsColumnMissing'
  | 'errQuotaNeeded'
  | 'errQuotaNotPositive'
  | 'errCurrencyNeeded'
  | 'errRepsTabMissing'
  | 'errRepsEmpty'
  | 'errRepsNoRep'
  | 'errRepsNoTeam'
  | 'errTeamNeedsReps'
  | 'errTeamNameTooLong'
  | 'errTeamNameChars'
  | 'errTeamTabTaken'
  | 'errTeamsRepeated'
  | 'errTeamFileUrl'
  | 'msgSnapshotNote';

export const ERRORS: Catalog<ErrorKey> = {
  en: {
    errPeriodExists:
      'The tab “{name}” already exists: period “{label}” is already there, so nothing was created. Open it to continue with that period.',
    errTabExists: 'The tab “{name}” already exists, so nothing was created. Open it to continue with that period.',
    errPeriodNotFound: 'There is no period “{label}” in this spreadsheet.',
    errNotClosed: 'Period “{label}” has not been closed yet. Close it first, then carry its key results over.',
    errAlreadyClosed: 'Period “{label}” is already closed: see the tab “{name}”.',
    errKrNotFound: 'There is no key result “{kr}” in period “{label}”.',
    errBadValue: '“{value}” is not a value for {kr}: {reason}',
    errBadConfidence: 'Confidence must be between 0 and 10 (or 0% and 100%), got “{value}”.',
    errBadDate: '“{value}” is not a date (yyyy-mm-dd).',
    errBadPeriod: 'The period is not valid: {reason}',
    errBusy: 'Someone else is changing this spreadsheet. Try again in a moment.',
    errFailed: 'The operation failed and everything it had created was removed: {reason}',
    errUndoIncomplete:
      'The operation failed ({reason}), and some of what it had created could not be removed. Please delete these tabs if you see them: {tabs}. Nothing else was changed.',
    errNotOurs: 'The tab “{name}” was not created by the add-on, so it is left alone.',
    msgLinkedCurrent:
      'The current value of {kr} comes from a formula (a data link), so it was left as it is; the check-in was logged.',
    errMissingPeriod: 'Choose a period first.',
    errMissingKr: 'Choose a key result first.',
    errNoPeriodYet: 'There is no period yet. Create a quarter first.',
    errTabMissing: 'The tab “{name}” was not found. It may have been renamed or deleted.',
    errNotACell: '“{value}” is not a cell address.',
    errUnknownLanguage: 'Unknown language “{value}”. Use en, de, fr, cs, zh or ar.',
    errUnknownFamily: 'Unknown example family “{value}”.',
    errUnknownExample: 'Unknown example “{value}” in “{field}”. Choose examples from the list.',
    errExampleCount: 'Choose between 1 and 20 examples.',
    errPeriodClosed: 'Period “{label}” is closed: its values are frozen in its review.',
    errNoHeaderRow:
      'The tab “{name}” has no header row with a key result id column, so its key results cannot be found.',
    errNoRoom: 'The tab “{name}” has room for {count} more key results. Choose fewer, or start a new period.',
    errBadSettings: 'These settings are not valid: {fields}.',
    errFieldMissing: '“{field}” is missing. Fill it in and try again.',
    errFieldNotText: '“{field}” must be text. Send it as text and try again.',
    errFieldTooLong: '“{field}” is longer than {max} characters. Shorten it and try again.',
    errFieldNotNumber: '“{field}” must be a number. Enter a number and try again.',
    errFieldRange: '“{field}” must be a number from {min} to {max}, not {value}.',
    errFieldWholeRange: '“{field}” must be a whole number from {min} to {max}, not {value}.',
    errFieldNotYesNo: '“{field}” must be true or false.',
    errFieldChoice: '“{value}” is not allowed for “{field}”. Use one of: {allowed}.',
    errFieldChoiceType: '“{field}” must be one of: {allowed}.',
    errFieldDate: '“{field}” must be a date written yyyy-mm-dd, not “{value}”.',
    errFieldNotCheckInValue: '“{field}” must be a number, a text such as “350,000” or “19%”, or true/false.',
    errFieldNotList: '“{field}” must be a list. Send a list and try again.',
    errFieldCount: '“{field}” must have from {min} to {max} entries.',
    errFieldNotObject: '“{field}” must be a set of named fields (an object). See the README for its fields.',
    errFieldBadKey: '“{field}” has an empty or too long key. Use the ids shown in the sidebar.',
    errFieldUnknown: '“{field}” is not part of this request. Remove it and try again.',
    errUnknownId: '“{value}” in “{field}” is not a key result of period “{label}”. Use the ids of its Key results tab.',
    errUnitPercent:
      '“{value}” is a percentage, but {kr} is measured in money. Did you mean {suggestion}? Confirm to save {suggestion}, or correct the value.',
    errUnitCurrency:
      '“{value}” is an amount of money, but {kr} is measured in percent. Did you mean {suggestion}? Confirm to save {suggestion}, or correct the value.',
    errValueTooLarge: '“{value}” is too large a number for {kr}. Enter the value in full digits, such as 450000.',
    errDealsIncomplete: 'Nothing was connected yet: {problem}',
    errDealsNotConnected:
      'No deals tab is connected yet. Paste a CRM export into a tab, open it and choose “Connect deals data”.',
    errDealsColumnMissing:
      'The deals tab “{tab}” has no {column} column, which this metric needs. Connect it again with that column.',
    errQuotaNeeded: "This metric compares with a quota: give the cell that holds it, e.g. 'Targets'!B2.",
    errQuotaNotPositive: 'The quota in {cell} is “{value}”. Enter the quota there, a number above 0, then link again.',
    errCurrencyNeeded: 'The deals are in several currencies ({currencies}): choose the one this key result counts in.',
    errRepsTabMissing: 'There is no tab “{tab}” for the reps table. Name the tab that lists each rep with their team.',
    errRepsEmpty:
      'The reps table “{tab}” is empty ({cell}). List each rep with their team, one per row, under a header row.',
    errRepsNoRep:
      'The reps table “{tab}” has no column for the rep ({cell}). Add a header such as “Rep” or “Email” above the reps’ names.',
    errRepsNoTeam: 'The reps table “{tab}” has no “Team” column ({cell}). Add one with each rep’s team.',
    errTeamNeedsReps: 'To count a team’s deals, connect the deals tab “{tab}” again with a reps table (rep → team).',
    errTeamNameTooLong:
      'The team name “{value}” is longer than 40 characters. Shorten it: it becomes part of the tabs’ names.',
    errTeamNameChars:
      'The team name “{value}” contains “·” or a line break, which the tabs’ names use as separators. Remove them and try again.',
    errTeamTabTaken:
      'The team “{team}” needs the tab “{name}”, but a tab of that name already exists, so nothing was created. Rename that tab, or choose another team name.',
    errTeamsRepeated: 'The team “{team}” is listed twice. List each team once.',
    errTeamFileUrl:
      'The address given for the team “{team}”, “{value}”, is not a Google Sheets file’s. Open the team’s spreadsheet and copy the address from the browser’s address bar (it contains /spreadsheets/d/).',
    msgSnapshotNote: 'Recorded from the linked data',
  },
  de: {
    errPeriodExists:
      'Das Tabellenblatt „{name}“ gibt es schon: Der Zeitraum „{label}“ ist bereits angelegt, daher wurde nichts erstellt. Öffnen Sie ihn, um mit diesem Zeitraum weiterzuarbeiten.',
    errTabExists:
      'Das Tabellenblatt „{name}“ gibt es schon, daher wurde nichts angelegt. Öffnen Sie es, um mit diesem Zeitraum weiterzuarbeiten.',
    errPeriodNotFound: 'Den Zeitraum „{label}“ gibt es in dieser Tabelle nicht.',
    errNotClosed:
      'Der Zeitraum „{label}“ ist noch nicht abgeschlossen. Schließen Sie ihn zuerst ab und übernehmen Sie dann seine Schlüsselergebnisse.',
    errAlreadyClosed: 'Der Zeitraum „{label}“ ist bereits abgeschlossen: siehe Tabellenblatt „{name}“.',
    errKrNotFound: 'Im Zeitraum „{label}“ gibt es kein Schlüsselergebnis „{kr}“.',
    errBadValue: '„{value}“ ist kein gültiger Wert für {kr}: {reason}',
    errBadConfidence: 'Die Zuversicht muss zwischen 0 und 10 (oder 0 % und 100 %) liegen, nicht „{value}“.',
    errBadDate: '„{value}“ ist kein Datum (jjjj-mm-tt).',
    errBadPeriod: 'Der Zeitraum ist ungültig: {reason}',
    errBusy: 'Gerade ändert jemand anderes diese Tabelle. Bitte versuchen Sie es gleich noch einmal.',
    errFailed: 'Der Vorgang ist fehlgeschlagen; alles bereits Angelegte wurde wieder entfernt: {reason}',
    errUndoIncomplete:
      'Der Vorgang ist fehlgeschlagen ({reason}), und nicht alles bereits Angelegte ließ sich wieder entfernen. Bitte löschen Sie diese Tabellenblätter, falls vorhanden: {tabs}. Sonst wurde nichts verändert.',
    errNotOurs: 'Das Tabellenblatt „{name}“ stammt nicht vom Add-on und bleibt unverändert.',
    msgLinkedCurrent:
      'Der aktuelle Wert von {kr} kommt aus einer Formel (Datenquelle) und bleibt daher unverändert; der Check-in wurde protokolliert.',
    errMissingPeriod: 'Wählen Sie zuerst einen Zeitraum.',
    errMissingKr: 'Wählen Sie zuerst ein Schlüsselergebnis.',
    errNoPeriodYet: 'Es gibt noch keinen Zeitraum. Legen Sie zuerst ein Quartal an.',
    errTabMissing: 'Das Tabellenblatt „{name}“ wurde nicht gefunden. Vielleicht wurde es umbenannt oder gelöscht.',
    errNotACell: '„{value}“ ist keine Zelladresse.',
    errUnknownLanguage: 'Unbekannte Sprache „{value}“. Verwenden Sie en, de, fr, cs, zh oder ar.',
    errUnknownFamily: 'Unbekannte Beispielgruppe „{value}“.',
    errUnknownExample: 'Unbekanntes Beispiel „{value}“ in „{field}“. Wählen Sie Beispiele aus der Liste.',
    errExampleCount: 'Wählen Sie zwischen 1 und 20 Beispiele.',
    errPeriodClosed: 'Der Zeitraum „{label}“ ist abgeschlossen: Seine Werte sind in der Auswertung eingefroren.',
    errNoHeaderRow:
      'Das Tabellenblatt „{name}“ hat keine Kopfzeile mit einer Spalte für die Schlüsselergebnis-ID, daher werden seine Schlüsselergebnisse nicht gefunden.',
    errNoRoom:
      'Das Tabellenblatt „{name}“ hat Platz für {count} weitere Schlüsselergebnisse. Wählen Sie weniger aus oder beginnen Sie einen neuen Zeitraum.',
    errBadSettings: 'Diese Einstellungen sind ungültig: {fields}.',
    errFieldMissing: '„{field}“ fehlt. Bitte ausfüllen und erneut versuchen.',
    errFieldNotText: '„{field}“ muss ein Text sein. Als Text senden und erneut versuchen.',
    errFieldTooLong: '„{field}“ ist länger als {max} Zeichen. Bitte kürzen und erneut versuchen.',
    errFieldNotNumber: '„{field}“ muss eine Zahl sein. Bitte eine Zahl eingeben und erneut versuchen.',
    errFieldRange: '„{field}“ muss eine Zahl von {min} bis {max} sein, nicht {value}.',
    errFieldWholeRange: '„{field}“ muss eine ganze Zahl von {min} bis {max} sein, nicht {value}.',
    errFieldNotYesNo: '„{field}“ muss true oder false sein.',
    errFieldChoice: '„{value}“ ist für „{field}“ nicht zulässig. Verwenden Sie einen dieser Werte: {allowed}.',
    errFieldChoiceType: '„{field}“ muss einer dieser Werte sein: {allowed}.',
    errFieldDate: '„{field}“ muss ein Datum im Format jjjj-mm-tt sein, nicht „{value}“.',
    errFieldNotCheckInValue: '„{field}“ muss eine Zahl, ein Text wie „350.000“ oder „19 %“ oder true/false sein.',
    errFieldNotList: '„{field}“ muss eine Liste sein. Bitte eine Liste senden und erneut versuchen.',
    errFieldCount: '„{field}“ muss {min} bis {max} Einträge haben.',
    errFieldNotObject:
      '„{field}“ muss eine Gruppe benannter Felder (ein Objekt) sein. Die Felder stehen in der README.',
    errFieldBadKey: '„{field}“ hat einen leeren oder zu langen Schlüssel. Verwenden Sie die IDs aus der Seitenleiste.',
    errFieldUnknown: '„{field}“ gehört nicht zu dieser Anfrage. Bitte entfernen und erneut versuchen.',
    errUnknownId:
      '„{value}“ in „{field}“ ist kein Schlüsselergebnis des Zeitraums „{label}“. Verwenden Sie die IDs seines Tabellenblatts mit den Schlüsselergebnissen.',
    errUnitPercent:
      '„{value}“ ist ein Prozentwert, aber {kr} wird in Geld gemessen. Meinten Sie {suggestion}? Bestätigen Sie, um {suggestion} zu speichern, oder korrigieren Sie den Wert.',
    errUnitCurrency:
      '„{value}“ ist ein Geldbetrag, aber {kr} wird in Prozent gemessen. Meinten Sie {suggestion}? Bestätigen Sie, um {suggestion} zu speichern, oder korrigieren Sie den Wert.',
    errValueTooLarge: '„{value}“ ist eine zu große Zahl für {kr}. Geben Sie den Wert in Ziffern ein, etwa 450000.',
    errDealsIncomplete: 'Noch nichts verbunden: {problem}',
    errDealsNotConnected:
      'Es ist noch kein Deals-Tabellenblatt verbunden. Fügen Sie einen CRM-Export in ein Tabellenblatt ein, öffnen Sie es und wählen Sie „Deals-Daten verbinden“.',
    errDealsColumnMissing:
      'Das Deals-Tabellenblatt „{tab}“ hat keine Spalte {column}, die diese Kennzahl braucht. Verbinden Sie es erneut mit dieser Spalte.',
    errQuotaNeeded:
      "Diese Kennzahl vergleicht mit einer Quote: Geben Sie die Zelle an, die sie enthält, z. B. 'Ziele'!B2.",
    errQuotaNotPositive:
      'Die Quote in {cell} ist „{value}“. Tragen Sie dort die Quote ein, eine Zahl über 0, und verknüpfen Sie dann erneut.',
    errCurrencyNeeded:
      'Die Deals sind in mehreren Währungen ({currencies}): Wählen Sie die, in der dieses Key Result zählt.',
    errRepsTabMissing:
      'Es gibt kein Tabellenblatt „{tab}“ für die Vertriebsmitarbeiter. Nennen Sie das Blatt, das jeden Mitarbeiter mit seinem Team auflistet.',
    errRepsEmpty:
      'Die Mitarbeitertabelle „{tab}“ ist leer ({cell}). Führen Sie jeden Mitarbeiter mit seinem Team auf, eine Zeile pro Person, unter einer Kopfzeile.',
    errRepsNoRep:
      'Die Mitarbeitertabelle „{tab}“ hat keine Spalte für den Mitarbeiter ({cell}). Fügen Sie eine Überschrift wie „Vertriebsmitarbeiter“ oder „E-Mail“ über den Namen ein.',
    errRepsNoTeam:
      'Die Mitarbeitertabelle „{tab}“ hat keine Spalte „Team“ ({cell}). Fügen Sie eine mit dem Team jedes Mitarbeiters hinzu.',
    errTeamNeedsReps:
      'Um die Deals eines Teams zu zählen, verbinden Sie das Deals-Tabellenblatt „{tab}“ erneut mit einer Mitarbeitertabelle (Mitarbeiter → Team).',
    errTeamNameTooLong:
      'Der Teamname „{value}“ ist länger als 40 Zeichen. Kürzen Sie ihn: Er wird Teil der Namen der Tabellenblätter.',
    errTeamNameChars:
      'Der Teamname „{value}“ enthält „·“ oder einen Zeilenumbruch, die in den Namen der Tabellenblätter als Trenner dienen. Entfernen Sie sie und versuchen Sie es erneut.',
    errTeamTabTaken:
      'Das Team „{team}“ braucht das Tabellenblatt „{name}“, doch ein Blatt dieses Namens gibt es schon, daher wurde nichts angelegt. Benennen Sie dieses Blatt um oder wählen Sie einen anderen Teamnamen.',
    errTeamsRepeated: 'Das Team „{team}“ steht zweimal in der Liste. Nennen Sie jedes Team nur einmal.',
    errTeamFileUrl:
      'Die für das Team „{team}“ angegebene Adresse „{value}“ ist keine Adresse einer Google-Sheets-Datei. Öffnen Sie die Tabelle des Teams und kopieren Sie die Adresse aus der Adressleiste des Browsers (sie enthält /spreadsheets/d/).',
    msgSnapshotNote: 'Aus den verknüpften Daten erfasst',
  },
  fr: {
    errPeriodExists:
      'L’onglet « {name} » existe déjà : la période « {label} » est déjà là, rien n’a donc été créé. Ouvrez-la pour continuer avec cette période.',
    errTabExists:
      'L’onglet « {name} » existe déjà, rien n’a donc été créé. Ouvrez-le pour continuer avec cette période.',
    errPeriodNotFound: 'Il n’y a pas de période « {label} » dans ce classeur.',
    errNotClosed:
      'La période « {label} » n’est pas encore clôturée. Clôturez-la d’abord, puis reportez ses résultats clés.',
    errAlreadyClosed: 'La période « {label} » est déjà clôturée : voir l’onglet « {name} ».',
    errKrNotFound: 'Il n’y a pas de résultat clé « {kr} » dans la période « {label} ».',
    errBadValue: '« {value} » n’est pas une valeur valide pour {kr} : {reason}',
    errBadConfidence: 'La confiance doit être entre 0 et 10 (ou 0 % et 100 %), pas « {value} ».',
    errBadDate: '« {value} » n’est pas une date (aaaa-mm-jj).',
    errBadPeriod: 'La période n’est pas valide : {reason}',
    errBusy: 'Quelqu’un d’autre modifie ce classeur. Réessayez dans un instant.',
    errFailed: 'L’opération a échoué et tout ce qu’elle avait créé a été supprimé : {reason}',
    errUndoIncomplete:
      'L’opération a échoué ({reason}) et une partie de ce qu’elle avait créé n’a pas pu être supprimée. Supprimez ces onglets s’ils sont présents : {tabs}. Rien d’autre n’a été modifié.',
    errNotOurs: 'L’onglet « {name} » n’a pas été créé par le module, il n’est donc pas modifié.',
    msgLinkedCurrent:
      'La valeur actuelle de {kr} provient d’une formule (source des données) : elle est laissée telle quelle ; le point d’avancement a été enregistré.',
    errMissingPeriod: 'Choisissez d’abord une période.',
    errMissingKr: 'Choisissez d’abord un résultat clé.',
    errNoPeriodYet: 'Il n’y a encore aucune période. Créez d’abord un trimestre.',
    errTabMissing: 'L’onglet « {name} » est introuvable. Il a peut-être été renommé ou supprimé.',
    errNotACell: '« {value} » n’est pas une adresse de cellule.',
    errUnknownLanguage: 'Langue inconnue « {value} ». Utilisez en, de, fr, cs, zh ou ar.',
    errUnknownFamily: 'Famille d’exemples inconnue « {value} ».',
    errUnknownExample: 'Exemple inconnu « {value} » dans « {field} ». Choisissez des exemples dans la liste.',
    errExampleCount: 'Choisissez entre 1 et 20 exemples.',
    errPeriodClosed: 'La période « {label} » est clôturée : ses valeurs sont figées dans son bilan.',
    errNoHeaderRow:
      'L’onglet « {name} » n’a pas de ligne d’en-tête avec une colonne d’identifiant de résultat clé : ses résultats clés sont introuvables.',
    errNoRoom:
      'L’onglet « {name} » a de la place pour {count} résultats clés de plus. Choisissez-en moins ou commencez une nouvelle période.',
    errBadSettings: 'Ces paramètres ne sont pas valides : {fields}.',
    errFieldMissing: '« {field} » est manquant. Renseignez-le puis réessayez.',
    errFieldNotText: '« {field} » doit être un texte. Envoyez-le sous forme de texte puis réessayez.',
    errFieldTooLong: '« {field} » dépasse {max} caractères. Raccourcissez-le puis réessayez.',
    errFieldNotNumber: '« {field} » doit être un nombre. Saisissez un nombre puis réessayez.',
    errFieldRange: '« {field} » doit être un nombre de {min} à {max}, pas {value}.',
    errFieldWholeRange: '« {field} » doit être un nombre entier de {min} à {max}, pas {value}.',
    errFieldNotYesNo: '« {field} » doit valoir true ou false.',
    errFieldChoice: '« {value} » n’est pas admis pour « {field} ». Utilisez l’une de ces valeurs : {allowed}.',
    errFieldChoiceType: '« {field} » doit être l’une de ces valeurs : {allowed}.',
    errFieldDate: '« {field} » doit être une date au format aaaa-mm-jj, pas « {value} ».',
    errFieldNotCheckInValue: '« {field} » doit être un nombre, un texte comme « 350 000 » ou « 19 % », ou true/false.',
    errFieldNotList: '« {field} » doit être une liste. Envoyez une liste puis réessayez.',
    errFieldCount: '« {field} » doit compter de {min} à {max} éléments.',
    errFieldNotObject:
      '« {field} » doit être un ensemble de champs nommés (un objet). Ses champs sont décrits dans le README.',
    errFieldBadKey:
      '« {field} » contient une clé vide ou trop longue. Utilisez les identifiants affichés dans le panneau.',
    errFieldUnknown: '« {field} » ne fait pas partie de cette demande. Retirez-le puis réessayez.',
    errUnknownId:
      '« {value} » dans « {field} » n’est pas un résultat clé de la période « {label} ». Utilisez les identifiants de son onglet des résultats clés.',
    errUnitPercent:
      '« {value} » est un pourcentage, mais {kr} se mesure en argent. Vouliez-vous dire {suggestion} ? Confirmez pour enregistrer {suggestion}, ou corrigez la valeur.',
    errUnitCurrency:
      '« {value} » est un montant, mais {kr} se mesure en pourcentage. Vouliez-vous dire {suggestion} ? Confirmez pour enregistrer {suggestion}, ou corrigez la valeur.',
    errValueTooLarge:
      '« {value} » est un nombre trop grand pour {kr}. Saisissez la valeur en chiffres, par exemple 450000.',
    errDealsIncomplete: 'Rien n’a encore été connecté : {problem}',
    errDealsNotConnected:
      'Aucun onglet de transactions n’est encore connecté. Collez un export CRM dans un onglet, ouvrez-le et choisissez « Connecter les transactions ».',
    errDealsColumnMissing:
      'L’onglet de transactions « {tab} » n’a pas de colonne {column}, nécessaire à cet indicateur. Connectez-le de nouveau avec cette colonne.',
    errQuotaNeeded:
      "Cet indicateur se compare à un quota : indiquez la cellule qui le contient, par exemple 'Objectifs'!B2.",
    errQuotaNotPositive:
      'Le quota en {cell} vaut « {value} ». Saisissez-y le quota, un nombre supérieur à 0, puis liez de nouveau.',
    errCurrencyNeeded:
      'Les transactions sont en plusieurs devises ({currencies}) : choisissez celle de ce résultat clé.',
    errRepsTabMissing:
      'Il n’y a pas d’onglet « {tab} » pour la table des commerciaux. Indiquez l’onglet qui liste chaque commercial avec son équipe.',
    errRepsEmpty:
      'La table des commerciaux « {tab} » est vide ({cell}). Listez chaque commercial avec son équipe, un par ligne, sous une ligne d’en-têtes.',
    errRepsNoRep:
      'La table des commerciaux « {tab} » n’a pas de colonne pour le commercial ({cell}). Ajoutez un en-tête comme « Commercial » ou « Email » au-dessus des noms.',
    errRepsNoTeam:
      'La table des commerciaux « {tab} » n’a pas de colonne « Équipe » ({cell}). Ajoutez-en une avec l’équipe de chacun.',
    errTeamNeedsReps:
      'Pour compter les transactions d’une équipe, connectez de nouveau l’onglet « {tab} » avec une table des commerciaux (commercial → équipe).',
    errTeamNameTooLong:
      'Le nom d’équipe « {value} » dépasse 40 caractères. Raccourcissez-le : il entre dans le nom des onglets.',
    errTeamNameChars:
      'Le nom d’équipe « {value} » contient « · » ou un saut de ligne, qui servent de séparateurs dans les noms des onglets. Retirez-les et réessayez.',
    errTeamTabTaken:
      'L’équipe « {team} » a besoin de l’onglet « {name} », mais un onglet de ce nom existe déjà, rien n’a donc été créé. Renommez cet onglet ou choisissez un autre nom d’équipe.',
    errTeamsRepeated: 'L’équipe « {team} » figure deux fois dans la liste. Indiquez chaque équipe une seule fois.',
    errTeamFileUrl:
      'L’adresse donnée pour l’équipe « {team} », « {value} », n’est pas celle d’un fichier Google Sheets. Ouvrez le classeur de l’équipe et copiez l’adresse depuis la barre d’adresse du navigateur (elle contient /spreadsheets/d/).',
    msgSnapshotNote: 'Relevé depuis les données liées',
  },
  cs: {
    errPeriodExists:
      'List „{name}“ už existuje: období „{label}“ už je založené, proto nebylo nic vytvořeno. Otevřete ho a pokračujte v něm.',
    errTabExists: 'List „{name}“ už existuje, proto nebylo nic vytvořeno. Otevřete ho a pokračujte v tomto období.',
    errPeriodNotFound: 'Období „{label}“ v této tabulce není.',
    errNotClosed: 'Období „{label}“ ještě není uzavřeno. Nejprve ho uzavřete, pak převeďte jeho klíčové výsledky.',
    errAlreadyClosed: 'Období „{label}“ je už uzavřeno: viz list „{name}“.',
    errKrNotFound: 'V období „{label}“ není klíčový výsledek „{kr}“.',
    errBadValue: '„{value}“ není platná hodnota pro {kr}: {reason}',
    errBadConfidence: 'Důvěra musí být mezi 0 a 10 (nebo 0 % a 100 %), ne „{value}“.',
    errBadDate: '„{value}“ není datum (rrrr-mm-dd).',
    errBadPeriod: 'Období není platné: {reason}',
    errBusy: 'Tabulku právě mění někdo jiný. Zkuste to prosím za chvíli.',
    errFailed: 'Operace selhala a vše, co vytvořila, bylo odstraněno: {reason}',
    errUndoIncomplete:
      'Operace selhala ({reason}) a část toho, co vytvořila, se nepodařilo odstranit. Smažte prosím tyto listy, pokud je vidíte: {tabs}. Nic jiného se nezměnilo.',
    errNotOurs: 'List „{name}“ nevytvořil doplněk, proto zůstává beze změny.',
    msgLinkedCurrent:
      'Aktuální hodnota {kr} pochází ze vzorce (zdroj dat), proto zůstala beze změny; záznam pokroku byl uložen.',
    errMissingPeriod: 'Nejprve vyberte období.',
    errMissingKr: 'Nejprve vyberte klíčový výsledek.',
    errNoPeriodYet: 'Zatím neexistuje žádné období. Nejprve vytvořte čtvrtletí.',
    errTabMissing: 'List „{name}“ nebyl nalezen. Možná byl přejmenován nebo smazán.',
    errNotACell: '„{value}“ není adresa buňky.',
    errUnknownLanguage: 'Neznámý jazyk „{value}“. Použijte en, de, fr, cs, zh nebo ar.',
    errUnknownFamily: 'Neznámá skupina příkladů „{value}“.',
    errUnknownExample: 'Neznámý příklad „{value}“ v „{field}“. Vyberte příklady ze seznamu.',
    errExampleCount: 'Vyberte 1 až 20 příkladů.',
    errPeriodClosed: 'Období „{label}“ je uzavřené: jeho hodnoty jsou zmrazené v jeho hodnocení.',
    errNoHeaderRow:
      'List „{name}“ nemá záhlaví se sloupcem ID klíčového výsledku, takže jeho klíčové výsledky nelze najít.',
    errNoRoom:
      'List „{name}“ má místo pro další {count} klíčových výsledků. Vyberte jich méně, nebo začněte nové období.',
    errBadSettings: 'Tato nastavení nejsou platná: {fields}.',
    errFieldMissing: '„{field}“ chybí. Vyplňte ho a zkuste to znovu.',
    errFieldNotText: '„{field}“ musí být text. Pošlete ho jako text a zkuste to znovu.',
    errFieldTooLong: '„{field}“ je delší než {max} znaků. Zkraťte ho a zkuste to znovu.',
    errFieldNotNumber: '„{field}“ musí být číslo. Zadejte číslo a zkuste to znovu.',
    errFieldRange: '„{field}“ musí být číslo od {min} do {max}, ne {value}.',
    errFieldWholeRange: '„{field}“ musí být celé číslo od {min} do {max}, ne {value}.',
    errFieldNotYesNo: '„{field}“ musí být true nebo false.',
    errFieldChoice: '„{value}“ není pro „{field}“ povoleno. Použijte jednu z hodnot: {allowed}.',
    errFieldChoiceType: '„{field}“ musí být jedna z hodnot: {allowed}.',
    errFieldDate: '„{field}“ musí být datum ve tvaru rrrr-mm-dd, ne „{value}“.',
    errFieldNotCheckInValue: '„{field}“ musí být číslo, text jako „350 000“ nebo „19 %“, nebo true/false.',
    errFieldNotList: '„{field}“ musí být seznam. Pošlete seznam a zkuste to znovu.',
    errFieldCount: '„{field}“ musí mít {min} až {max} položek.',
    errFieldNotObject: '„{field}“ musí být skupina pojmenovaných polí (objekt). Jeho pole popisuje README.',
    errFieldBadKey: '„{field}“ má prázdný nebo příliš dlouhý klíč. Použijte ID zobrazená v postranním panelu.',
    errFieldUnknown: '„{field}“ do tohoto požadavku nepatří. Odstraňte ho a zkuste to znovu.',
    errUnknownId:
      '„{value}“ v „{field}“ není klíčový výsledek období „{label}“. Použijte ID z jeho listu klíčových výsledků.',
    errUnitPercent:
      '„{value}“ je procento, ale {kr} se měří v penězích. Mysleli jste {suggestion}? Potvrďte pro uložení {suggestion}, nebo hodnotu opravte.',
    errUnitCurrency:
      '„{value}“ je peněžní částka, ale {kr} se měří v procentech. Mysleli jste {suggestion}? Potvrďte pro uložení {suggestion}, nebo hodnotu opravte.',
    errValueTooLarge: '„{value}“ je pro {kr} příliš velké číslo. Zadejte hodnotu číslicemi, například 450000.',
    errDealsIncomplete: 'Zatím nic nepropojeno: {problem}',
    errDealsNotConnected:
      'Zatím není propojen žádný list obchodů. Vložte export z CRM do listu, otevřete ho a zvolte „Propojit data obchodů“.',
    errDealsColumnMissing:
      'List obchodů „{tab}“ nemá sloupec {column}, který tato metrika potřebuje. Propojte ho znovu s tímto sloupcem.',
    errQuotaNeeded: "Tato metrika se porovnává s kvótou: zadejte buňku, která ji obsahuje, např. 'Cíle'!B2.",
    errQuotaNotPositive: 'Kvóta v {cell} je „{value}“. Zadejte tam kvótu, číslo větší než 0, a propojte znovu.',
    errCurrencyNeeded:
      'Obchody jsou v několika měnách ({currencies}): zvolte tu, ve které se tento klíčový výsledek počítá.',
    errRepsTabMissing:
      'List „{tab}“ s obchodníky neexistuje. Uveďte list, který obsahuje každého obchodníka s jeho týmem.',
    errRepsEmpty:
      'Tabulka obchodníků „{tab}“ je prázdná ({cell}). Uveďte každého obchodníka s jeho týmem, jednoho na řádek, pod řádkem záhlaví.',
    errRepsNoRep:
      'Tabulka obchodníků „{tab}“ nemá sloupec s obchodníkem ({cell}). Přidejte nad jména záhlaví jako „Obchodník“ nebo „Email“.',
    errRepsNoTeam: 'Tabulka obchodníků „{tab}“ nemá sloupec „Tým“ ({cell}). Přidejte ho s týmem každého obchodníka.',
    errTeamNeedsReps:
      'Chcete-li počítat obchody týmu, propojte list obchodů „{tab}“ znovu s tabulkou obchodníků (obchodník → tým).',
    errTeamNameTooLong: 'Název týmu „{value}“ je delší než 40 znaků. Zkraťte ho: stává se součástí názvů listů.',
    errTeamNameChars:
      'Název týmu „{value}“ obsahuje „·“ nebo zalomení řádku, které v názvech listů slouží jako oddělovače. Odstraňte je a zkuste to znovu.',
    errTeamTabTaken:
      'Tým „{team}“ potřebuje list „{name}“, ale list s tímto názvem už existuje, proto nebylo nic vytvořeno. Přejmenujte ten list, nebo zvolte jiný název týmu.',
    errTeamsRepeated: 'Tým „{team}“ je v seznamu dvakrát. Uveďte každý tým jen jednou.',
    errTeamFileUrl:
      'Adresa zadaná pro tým „{team}“, „{value}“, není adresa souboru Tabulek Google. Otevřete tabulku týmu a zkopírujte adresu z adresního řádku prohlížeče (obsahuje /spreadsheets/d/).',
    msgSnapshotNote: 'Zaznamenáno z propojených dat',
  },
  zh: {
    errPeriodExists: '工作表“{name}”已存在：周期“{label}”已经建立，因此未创建任何内容。请打开它继续该周期。',
    errTabExists: '工作表“{name}”已存在，因此未创建任何内容。请打开它继续该周期。',
    errPeriodNotFound: '此表格中没有周期“{label}”。',
    errNotClosed: '周期“{label}”尚未结束。请先结束该周期，再延续其关键结果。',
    errAlreadyClosed: '周期“{label}”已经结束：请查看工作表“{name}”。',
    errKrNotFound: '周期“{label}”中没有关键结果“{kr}”。',
    errBadValue: '“{value}”不是 {kr} 的有效数值：{reason}',
    errBadConfidence: '信心应在 0 到 10 之间（或 0% 到 100%），而不是“{value}”。',
    errBadDate: '“{value}”不是日期（yyyy-mm-dd）。',
    errBadPeriod: '周期无效：{reason}',
    errBusy: '其他人正在修改此表格，请稍后再试。',
    errFailed: '操作失败，已删除其创建的所有内容：{reason}',
    errUndoIncomplete:
      '操作失败（{reason}），且其创建的部分内容未能删除。如果看到这些工作表，请将其删除：{tabs}。其他内容均未更改。',
    errNotOurs: '工作表“{name}”不是由本插件创建的，因此不做修改。',
    msgLinkedCurrent: '{kr} 的当前值来自公式（数据来源），因此保持不变；进度更新已记录。',
    errMissingPeriod: '请先选择一个周期。',
    errMissingKr: '请先选择一个关键结果。',
    errNoPeriodYet: '还没有任何周期。请先创建一个季度。',
    errTabMissing: '找不到工作表“{name}”。它可能已被重命名或删除。',
    errNotACell: '“{value}”不是单元格地址。',
    errUnknownLanguage: '未知语言“{value}”。请使用 en、de、fr、cs、zh 或 ar。',
    errUnknownFamily: '未知的示例类别“{value}”。',
    errUnknownExample: '“{field}”中的示例“{value}”未知。请从列表中选择示例。',
    errExampleCount: '请选择 1 到 20 个示例。',
    errPeriodClosed: '周期“{label}”已结束：其数值已冻结在复盘中。',
    errNoHeaderRow: '工作表“{name}”没有包含关键结果编号列的标题行，因此找不到其中的关键结果。',
    errNoRoom: '工作表“{name}”只能再容纳 {count} 个关键结果。请少选一些，或开始一个新周期。',
    errBadSettings: '这些设置无效：{fields}。',
    errFieldMissing: '缺少“{field}”。请填写后重试。',
    errFieldNotText: '“{field}”必须是文本。请以文本形式发送后重试。',
    errFieldTooLong: '“{field}”超过 {max} 个字符。请缩短后重试。',
    errFieldNotNumber: '“{field}”必须是数字。请输入数字后重试。',
    errFieldRange: '“{field}”必须是 {min} 到 {max} 之间的数字，而不是 {value}。',
    errFieldWholeRange: '“{field}”必须是 {min} 到 {max} 之间的整数，而不是 {value}。',
    errFieldNotYesNo: '“{field}”必须是 true 或 false。',
    errFieldChoice: '“{field}”不允许取值“{value}”。请使用以下之一：{allowed}。',
    errFieldChoiceType: '“{field}”必须是以下之一：{allowed}。',
    errFieldDate: '“{field}”必须是 yyyy-mm-dd 格式的日期，而不是“{value}”。',
    errFieldNotCheckInValue: '“{field}”必须是数字、类似“350,000”或“19%”的文本，或 true/false。',
    errFieldNotList: '“{field}”必须是列表。请发送列表后重试。',
    errFieldCount: '“{field}”必须包含 {min} 到 {max} 项。',
    errFieldNotObject: '“{field}”必须是一组命名字段（对象）。其字段见 README。',
    errFieldBadKey: '“{field}”包含空的或过长的键。请使用侧边栏中显示的编号。',
    errFieldUnknown: '“{field}”不属于此请求。请删除后重试。',
    errUnknownId: '“{field}”中的“{value}”不是周期“{label}”的关键结果。请使用其关键结果工作表中的编号。',
    errUnitPercent:
      '“{value}”是百分比，但 {kr} 以金额衡量。您是指 {suggestion} 吗？确认以保存 {suggestion}，或更正该值。',
    errUnitCurrency:
      '“{value}”是金额，但 {kr} 以百分比衡量。您是指 {suggestion} 吗？确认以保存 {suggestion}，或更正该值。',
    errValueTooLarge: '“{value}”对 {kr} 来说数字过大。请用数字输入该值，例如 450000。',
    errDealsIncomplete: '尚未连接任何内容：{problem}',
    errDealsNotConnected: '尚未连接交易工作表。请将 CRM 导出粘贴到一个工作表中，打开它并选择“连接交易数据”。',
    errDealsColumnMissing: '交易工作表“{tab}”没有此指标所需的 {column} 列。请带上该列重新连接。',
    errQuotaNeeded: "此指标要与配额比较：请给出包含配额的单元格，例如 'Targets'!B2。",
    errQuotaNotPositive: '{cell} 中的配额是“{value}”。请在那里输入大于 0 的配额，然后重新关联。',
    errCurrencyNeeded: '交易使用多种货币（{currencies}）：请选择此关键结果计算所用的货币。',
    errRepsTabMissing: '没有名为“{tab}”的销售代表工作表。请指定列出每位代表及其团队的工作表。',
    errRepsEmpty: '销售代表表“{tab}”是空的（{cell}）。请在标题行下每行列出一位代表及其团队。',
    errRepsNoRep: '销售代表表“{tab}”没有代表列（{cell}）。请在姓名上方添加“销售代表”或“Email”等标题。',
    errRepsNoTeam: '销售代表表“{tab}”没有“团队”列（{cell}）。请添加一列，写明每位代表的团队。',
    errTeamNeedsReps: '要统计某个团队的交易，请将交易工作表“{tab}”与销售代表表（代表 → 团队）重新连接。',
    errTeamNameTooLong: '团队名称“{value}”超过 40 个字符。请缩短：它会成为工作表名称的一部分。',
    errTeamNameChars: '团队名称“{value}”包含“·”或换行符，工作表名称用它们作分隔符。请删除后重试。',
    errTeamTabTaken:
      '团队“{team}”需要工作表“{name}”，但已有同名工作表，因此未创建任何内容。请重命名该工作表，或换一个团队名称。',
    errTeamsRepeated: '团队“{team}”在列表中出现了两次。每个团队只列一次。',
    errTeamFileUrl:
      '为团队“{team}”提供的地址“{value}”不是 Google 表格文件的地址。请打开该团队的表格，从浏览器地址栏复制地址（其中包含 /spreadsheets/d/）。',
    msgSnapshotNote: '从关联数据记录',
  },
  ar: {
    errPeriodExists:
      'الورقة «{name}» موجودة بالفعل: الفترة «{label}» منشأة من قبل، لذلك لم يُنشأ شيء. افتحها لمتابعة هذه الفترة.',
    errTabExists: 'الورقة «{name}» موجودة بالفعل، لذلك لم يُنشأ شيء. افتحها لمتابعة هذه الفترة.',
    errPeriodNotFound: 'لا توجد فترة «{label}» في جدول البيانات هذا.',
    errNotClosed: 'لم تُغلق الفترة «{label}» بعد. أغلقها أولًا ثم رحّل نتائجها الرئيسية.',
    errAlreadyClosed: 'الفترة «{label}» مغلقة بالفعل: راجع الورقة «{name}».',
    errKrNotFound: 'لا توجد نتيجة رئيسية «{kr}» في الفترة «{label}».',
    errBadValue: '«{value}» ليست قيمة صالحة لـ {kr}: {reason}',
    errBadConfidence: 'يجب أن تكون الثقة بين 0 و10 (أو بين 0% و100%)، وليست «{value}».',
    errBadDate: '«{value}» ليس تاريخًا (yyyy-mm-dd).',
    errBadPeriod: 'الفترة غير صالحة: {reason}',
    errBusy: 'شخص آخر يعدّل جدول البيانات الآن. حاول مرة أخرى بعد قليل.',
    errFailed: 'فشلت العملية وأُزيل كل ما أنشأته: {reason}',
    errUndoIncomplete:
      'فشلت العملية ({reason}) وتعذّر حذف بعض ما أنشأته. يُرجى حذف علامات التبويب هذه إن وُجدت: {tabs}. لم يتغيّر أي شيء آخر.',
    errNotOurs: 'لم تُنشئ الإضافةُ الورقة «{name}»، لذلك تُركت كما هي.',
    msgLinkedCurrent: 'القيمة الحالية لـ {kr} تأتي من صيغة (مصدر بيانات)، لذلك تُركت كما هي؛ وسُجّل التحديث.',
    errMissingPeriod: 'اختر فترة أولاً.',
    errMissingKr: 'اختر نتيجة رئيسية أولاً.',
    errNoPeriodYet: 'لا توجد فترة بعد. أنشئ ربعًا أولاً.',
    errTabMissing: 'لم يتم العثور على الورقة “{name}”. ربما أعيدت تسميتها أو حُذفت.',
    errNotACell: '“{value}” ليس عنوان خلية.',
    errUnknownLanguage: 'لغة غير معروفة “{value}”. استخدم en أو de أو fr أو cs أو zh أو ar.',
    errUnknownFamily: 'مجموعة أمثلة غير معروفة “{value}”.',
    errUnknownExample: 'مثال غير معروف “{value}” في “{field}”. اختر الأمثلة من القائمة.',
    errExampleCount: 'اختر ما بين 1 و20 مثالاً.',
    errPeriodClosed: 'الفترة “{label}” مغلقة: قيمها مجمّدة في مراجعتها.',
    errNoHeaderRow:
      'الورقة “{name}” ليس فيها صف عناوين بعمود معرّف النتيجة الرئيسية، لذلك لا يمكن العثور على نتائجها الرئيسية.',
    errNoRoom: 'الورقة “{name}” تتسع لـ {count} نتائج رئيسية إضافية فقط. اختر عددًا أقل أو ابدأ فترة جديدة.',
    errBadSettings: 'هذه الإعدادات غير صالحة: {fields}.',
    errFieldMissing: 'الحقل «{field}» مفقود. املأه ثم أعد المحاولة.',
    errFieldNotText: 'يجب أن يكون «{field}» نصًا. أرسله كنص ثم أعد المحاولة.',
    errFieldTooLong: '«{field}» أطول من {max} حرفًا. اختصره ثم أعد المحاولة.',
    errFieldNotNumber: 'يجب أن يكون «{field}» رقمًا. أدخل رقمًا ثم أعد المحاولة.',
    errFieldRange: 'يجب أن يكون «{field}» رقمًا من {min} إلى {max}، وليس {value}.',
    errFieldWholeRange: 'يجب أن يكون «{field}» عددًا صحيحًا من {min} إلى {max}، وليس {value}.',
    errFieldNotYesNo: 'يجب أن يكون «{field}» true أو false.',
    errFieldChoice: 'القيمة «{value}» غير مسموح بها في «{field}». استخدم إحدى القيم: {allowed}.',
    errFieldChoiceType: 'يجب أن يكون «{field}» إحدى القيم: {allowed}.',
    errFieldDate: 'يجب أن يكون «{field}» تاريخًا بالصيغة yyyy-mm-dd، وليس «{value}».',
    errFieldNotCheckInValue: 'يجب أن يكون «{field}» رقمًا، أو نصًا مثل «350,000» أو «19%»، أو true/false.',
    errFieldNotList: 'يجب أن يكون «{field}» قائمة. أرسل قائمة ثم أعد المحاولة.',
    errFieldCount: 'يجب أن يحتوي «{field}» على {min} إلى {max} عناصر.',
    errFieldNotObject: 'يجب أن يكون «{field}» مجموعة حقول مسمّاة (كائنًا). حقوله موصوفة في README.',
    errFieldBadKey: 'في «{field}» مفتاح فارغ أو طويل جدًا. استخدم المعرّفات المعروضة في الشريط الجانبي.',
    errFieldUnknown: '«{field}» ليس جزءًا من هذا الطلب. احذفه ثم أعد المحاولة.',
    errUnknownId:
      '«{value}» في «{field}» ليست نتيجة رئيسية للفترة «{label}». استخدم معرّفات ورقة النتائج الرئيسية الخاصة بها.',
    errUnitPercent:
      '«{value}» نسبة مئوية، لكن {kr} تُقاس بالمال. هل تقصد {suggestion}؟ أكّد لحفظ {suggestion}، أو صحّح القيمة.',
    errUnitCurrency:
      '«{value}» مبلغ مالي، لكن {kr} تُقاس بالنسبة المئوية. هل تقصد {suggestion}؟ أكّد لحفظ {suggestion}، أو صحّح القيمة.',
    errValueTooLarge: '«{value}» رقم كبير جدًا لـ {kr}. أدخل القيمة بالأرقام، مثل 450000.',
    errDealsIncomplete: 'لم يُربط شيء بعد: {problem}',
    errDealsNotConnected: 'لا توجد ورقة صفقات مربوطة بعد. الصق تصدير CRM في ورقة، وافتحها واختر «ربط بيانات الصفقات».',
    errDealsColumnMissing:
      'ورقة الصفقات «{tab}» لا تحتوي على العمود {column} الذي يحتاجه هذا المقياس. اربطها من جديد مع هذا العمود.',
    errQuotaNeeded: "هذا المقياس يُقارن بحصة: حدّد الخلية التي تحتويها، مثل 'Targets'!B2.",
    errQuotaNotPositive: 'الحصة في {cell} هي «{value}». أدخل الحصة هناك، رقمًا أكبر من 0، ثم اربط من جديد.',
    errCurrencyNeeded: 'الصفقات بعدة عملات ({currencies}): اختر العملة التي تُحسب بها هذه النتيجة الرئيسية.',
    errRepsTabMissing: 'لا توجد ورقة «{tab}» لجدول المندوبين. حدّد الورقة التي تذكر كل مندوب مع فريقه.',
    errRepsEmpty: 'جدول المندوبين «{tab}» فارغ ({cell}). اذكر كل مندوب مع فريقه، واحدًا في كل صف، تحت صف العناوين.',
    errRepsNoRep:
      'جدول المندوبين «{tab}» لا يحتوي على عمود للمندوب ({cell}). أضف عنوانًا مثل «المندوب» أو «Email» فوق الأسماء.',
    errRepsNoTeam: 'جدول المندوبين «{tab}» لا يحتوي على عمود «الفريق» ({cell}). أضف عمودًا بفريق كل مندوب.',
    errTeamNeedsReps: 'لاحتساب صفقات فريق، اربط ورقة الصفقات «{tab}» من جديد مع جدول المندوبين (مندوب ← فريق).',
    errTeamNameTooLong: 'اسم الفريق «{value}» أطول من 40 حرفًا. اختصره: فهو يصبح جزءًا من أسماء علامات التبويب.',
    errTeamNameChars:
      'اسم الفريق «{value}» يحتوي على «·» أو فاصل أسطر، وهما فاصلان في أسماء علامات التبويب. احذفهما وحاول مرة أخرى.',
    errTeamTabTaken:
      'يحتاج الفريق «{team}» إلى علامة التبويب «{name}»، لكن توجد علامة تبويب بهذا الاسم، لذا لم يُنشأ شيء. أعد تسمية تلك العلامة أو اختر اسمًا آخر للفريق.',
    errTeamsRepeated: 'الفريق «{team}» مذكور مرتين. اذكر كل فريق مرة واحدة.',
    errTeamFileUrl:
      'العنوان المُعطى للفريق «{team}»، «{value}»، ليس عنوان ملف Google Sheets. افتح جدول بيانات الفريق وانسخ العنوان من شريط العناوين في المتصفح (يحتوي على /spreadsheets/d/).',
    msgSnapshotNote: 'سُجّلت من البيانات المربوطة',
  },
};

// Messages about a pasted deals export: which cell, which value, what to do. core/deals/problems.ts
// turns a problem found by the header detection or the deals reader into one of these texts.
import type { Catalog } from './index';

export type DealsMessageKey =
  | 'dealsEmptyTab'
  | 'dealsNotAnExport'
  | 'dealsNoAmount'
  | 'dealsNoCloseDate'
  | 'dealsNoOutcome'
  | 'dealsDuplicateHeader'
  | 'dealsAmountText'
  | 'dealsAmountAmbiguous'
  | 'dealsDateText'
  | 'dealsDateOrderAmbiguous'
  | 'dealsUnmappedStage'
  | 'dealsUnknownStatus'
  | 'dealsMixedCurrencies'
  | 'dealsProbabilityText'
  | 'dealsNegativeCycle';

export const DEALS_MESSAGES: Catalog<DealsMessageKey> = {
  en: {
    dealsEmptyTab: 'The tab is empty. Paste a deals export from your CRM, with its header row, into cell A1.',
    dealsNotAnExport:
      'This tab does not look like a deals export: none of its first {rows} rows names deal columns such as Amount, Stage or Close Date (cell {cell} holds “{value}”). Paste the export with its header row.',
    dealsNoAmount:
      'No amount column was found in the header row {row} ({headers}). Rename the column that holds the deal values to “Amount”, or choose it in the column mapping.',
    dealsNoCloseDate:
      'No close date column was found in the header row {row} ({headers}). Rename the column that holds the close dates to “Close Date”, or choose it in the column mapping.',
    dealsNoOutcome:
      'Neither a stage nor a status column was found in the header row {row} ({headers}), so won and lost deals cannot be told apart. Add the “Stage” or “Status” column to the export.',
    dealsDuplicateHeader:
      'Cells {cell} and {other} both have the header “{header}”. Rename one of them so that it is clear which column to read.',
    dealsAmountText:
      'Cell {cell} ({header}) holds “{value}”, which is not an amount ({count} such cells in this column). Enter a number such as 1234.50, or leave the cell empty.',
    dealsAmountAmbiguous:
      'Cell {cell} ({header}) holds “{value}”, which could be read with a decimal point or a decimal comma ({count} such cells). Choose the number format of this column.',
    dealsDateText:
      'Cell {cell} ({header}) holds “{value}”, which is not a date ({count} such cells in this column). Enter a date such as 2027-03-31.',
    dealsDateOrderAmbiguous:
      'The dates in column {column} ({header}), such as “{value}” in cell {cell}, can be read as day/month or as month/day. Choose the date order of this column.',
    dealsUnmappedStage:
      'The stage “{value}” (first in cell {cell}, {count} deals) is neither a won nor a lost stage, so these deals count as open. Add it to the won or lost stages if it closes deals.',
    dealsUnknownStatus:
      'Cell {cell} ({header}) holds the status “{value}”, which is not open, won or lost ({count} deals); these deals count as open. Correct the status, or map the value in the settings.',
    dealsMixedCurrencies:
      'The amounts in column {column} ({header}) are in several currencies ({currencies}), first different in cell {cell}. They are not added up across currencies: use an “amount in company currency” column, or filter by currency.',
    dealsProbabilityText:
      'Cell {cell} ({header}) holds “{value}”, which is not a probability ({count} such cells). Enter a percentage from 0% to 100%.',
    dealsNegativeCycle:
      'The deal in row {row} closes on {closed}, before it was created on {created} (cell {cell}); it is left out of the sales cycle. Correct one of the dates.',
  },
  de: {
    dealsEmptyTab:
      'Das Tabellenblatt ist leer. Fügen Sie einen Deal-Export aus Ihrem CRM mit seiner Kopfzeile in Zelle A1 ein.',
    dealsNotAnExport:
      'Dieses Tabellenblatt sieht nicht wie ein Deal-Export aus: Keine der ersten {rows} Zeilen nennt Deal-Spalten wie Betrag, Phase oder Abschlussdatum (Zelle {cell} enthält „{value}“). Fügen Sie den Export mit seiner Kopfzeile ein.',
    dealsNoAmount:
      'In der Kopfzeile {row} wurde keine Betragsspalte gefunden ({headers}). Benennen Sie die Spalte mit den Deal-Werten in „Betrag“ um oder wählen Sie sie in der Spaltenzuordnung.',
    dealsNoCloseDate:
      'In der Kopfzeile {row} wurde keine Spalte mit dem Abschlussdatum gefunden ({headers}). Benennen Sie die Spalte in „Abschlussdatum“ um oder wählen Sie sie in der Spaltenzuordnung.',
    dealsNoOutcome:
      'In der Kopfzeile {row} wurde weder eine Phasen- noch eine Statusspalte gefunden ({headers}), daher lassen sich gewonnene und verlorene Deals nicht unterscheiden. Nehmen Sie die Spalte „Phase“ oder „Status“ in den Export auf.',
    dealsDuplicateHeader:
      'Die Zellen {cell} und {other} haben beide die Überschrift „{header}“. Benennen Sie eine davon um, damit klar ist, welche Spalte gelesen wird.',
    dealsAmountText:
      'Zelle {cell} ({header}) enthält „{value}“, das ist kein Betrag ({count} solche Zellen in dieser Spalte). Geben Sie eine Zahl wie 1234,50 ein oder lassen Sie die Zelle leer.',
    dealsAmountAmbiguous:
      'Zelle {cell} ({header}) enthält „{value}“, das mit Dezimalpunkt oder Dezimalkomma gelesen werden kann ({count} solche Zellen). Wählen Sie das Zahlenformat dieser Spalte.',
    dealsDateText:
      'Zelle {cell} ({header}) enthält „{value}“, das ist kein Datum ({count} solche Zellen in dieser Spalte). Geben Sie ein Datum wie 31.03.2027 ein.',
    dealsDateOrderAmbiguous:
      'Die Daten in Spalte {column} ({header}), etwa „{value}“ in Zelle {cell}, lassen sich als Tag/Monat oder als Monat/Tag lesen. Wählen Sie die Datumsreihenfolge dieser Spalte.',
    dealsUnmappedStage:
      'Die Phase „{value}“ (zuerst in Zelle {cell}, {count} Deals) ist weder als gewonnen noch als verloren eingestuft, daher zählen diese Deals als offen. Ordnen Sie sie den gewonnenen oder verlorenen Phasen zu, wenn sie Deals abschließt.',
    dealsUnknownStatus:
      'Zelle {cell} ({header}) enthält den Status „{value}“, der weder offen, gewonnen noch verloren ist ({count} Deals); diese Deals zählen als offen. Korrigieren Sie den Status oder ordnen Sie den Wert in den Einstellungen zu.',
    dealsMixedCurrencies:
      'Die Beträge in Spalte {column} ({header}) sind in mehreren Währungen ({currencies}), erstmals abweichend in Zelle {cell}. Sie werden nicht über Währungen hinweg addiert: Verwenden Sie eine Spalte „Betrag in Firmenwährung“ oder filtern Sie nach Währung.',
    dealsProbabilityText:
      'Zelle {cell} ({header}) enthält „{value}“, das ist keine Wahrscheinlichkeit ({count} solche Zellen). Geben Sie einen Prozentwert von 0 % bis 100 % ein.',
    dealsNegativeCycle:
      'Der Deal in Zeile {row} wird am {closed} abgeschlossen, also vor seiner Erstellung am {created} (Zelle {cell}); er fließt nicht in den Verkaufszyklus ein. Korrigieren Sie eines der Daten.',
  },
  fr: {
    dealsEmptyTab:
      'L’onglet est vide. Collez en cellule A1 un export de transactions de votre CRM, avec sa ligne d’en-tête.',
    dealsNotAnExport:
      'Cet onglet ne ressemble pas à un export de transactions : aucune de ses {rows} premières lignes ne nomme de colonnes comme Montant, Étape ou Date de clôture (la cellule {cell} contient « {value} »). Collez l’export avec sa ligne d’en-tête.',
    dealsNoAmount:
      'Aucune colonne de montant n’a été trouvée dans la ligne d’en-tête {row} ({headers}). Renommez la colonne des valeurs en « Montant », ou choisissez-la dans la correspondance des colonnes.',
    dealsNoCloseDate:
      'Aucune colonne de date de clôture n’a été trouvée dans la ligne d’en-tête {row} ({headers}). Renommez la colonne en « Date de clôture », ou choisissez-la dans la correspondance des colonnes.',
    dealsNoOutcome:
      'Ni colonne d’étape ni colonne de statut dans la ligne d’en-tête {row} ({headers}) : impossible de distinguer les transactions gagnées et perdues. Ajoutez la colonne « Étape » ou « Statut » à l’export.',
    dealsDuplicateHeader:
      'Les cellules {cell} et {other} portent toutes deux l’en-tête « {header} ». Renommez l’une d’elles pour indiquer quelle colonne lire.',
    dealsAmountText:
      'La cellule {cell} ({header}) contient « {value} », qui n’est pas un montant ({count} cellules de ce type dans la colonne). Saisissez un nombre comme 1234,50, ou laissez la cellule vide.',
    dealsAmountAmbiguous:
      'La cellule {cell} ({header}) contient « {value} », lisible avec un point ou une virgule décimale ({count} cellules de ce type). Choisissez le format des nombres de cette colonne.',
    dealsDateText:
      'La cellule {cell} ({header}) contient « {value} », qui n’est pas une date ({count} cellules de ce type dans la colonne). Saisissez une date comme 31/03/2027.',
    dealsDateOrderAmbiguous:
      'Les dates de la colonne {column} ({header}), comme « {value} » en cellule {cell}, peuvent se lire jour/mois ou mois/jour. Choisissez l’ordre des dates de cette colonne.',
    dealsUnmappedStage:
      'L’étape « {value} » (d’abord en cellule {cell}, {count} transactions) n’est ni gagnée ni perdue : ces transactions comptent comme ouvertes. Ajoutez-la aux étapes gagnées ou perdues si elle clôt des transactions.',
    dealsUnknownStatus:
      'La cellule {cell} ({header}) contient le statut « {value} », qui n’est ni ouvert, ni gagné, ni perdu ({count} transactions) ; elles comptent comme ouvertes. Corrigez le statut ou associez cette valeur dans les paramètres.',
    dealsMixedCurrencies:
      'Les montants de la colonne {column} ({header}) sont en plusieurs devises ({currencies}), la première différente en cellule {cell}. Ils ne sont pas additionnés entre devises : utilisez une colonne « montant dans la devise de l’entreprise », ou filtrez par devise.',
    dealsProbabilityText:
      'La cellule {cell} ({header}) contient « {value} », qui n’est pas une probabilité ({count} cellules de ce type). Saisissez un pourcentage de 0 % à 100 %.',
    dealsNegativeCycle:
      'La transaction de la ligne {row} se clôt le {closed}, avant sa création le {created} (cellule {cell}) ; elle est exclue du cycle de vente. Corrigez l’une des dates.',
  },
  cs: {
    dealsEmptyTab: 'List je prázdný. Vložte do buňky A1 export obchodů z CRM i s řádkem záhlaví.',
    dealsNotAnExport:
      'Tento list nevypadá jako export obchodů: žádný z prvních {rows} řádků neobsahuje sloupce jako Částka, Fáze nebo Datum uzavření (buňka {cell} obsahuje „{value}“). Vložte export i s řádkem záhlaví.',
    dealsNoAmount:
      'V řádku záhlaví {row} nebyl nalezen sloupec s částkou ({headers}). Přejmenujte sloupec s hodnotami obchodů na „Amount“ nebo ho vyberte v přiřazení sloupců.',
    dealsNoCloseDate:
      'V řádku záhlaví {row} nebyl nalezen sloupec s datem uzavření ({headers}). Přejmenujte ho na „Close Date“ nebo ho vyberte v přiřazení sloupců.',
    dealsNoOutcome:
      'V řádku záhlaví {row} není sloupec fáze ani stavu ({headers}), takže nelze rozlišit vyhrané a prohrané obchody. Přidejte do exportu sloupec „Stage“ nebo „Status“.',
    dealsDuplicateHeader:
      'Buňky {cell} a {other} mají stejné záhlaví „{header}“. Jednu z nich přejmenujte, aby bylo jasné, který sloupec číst.',
    dealsAmountText:
      'Buňka {cell} ({header}) obsahuje „{value}“, což není částka (takových buněk ve sloupci: {count}). Zadejte číslo, např. 1234,50, nebo buňku nechte prázdnou.',
    dealsAmountAmbiguous:
      'Buňka {cell} ({header}) obsahuje „{value}“, což lze číst s desetinnou tečkou i čárkou (takových buněk: {count}). Zvolte formát čísel tohoto sloupce.',
    dealsDateText:
      'Buňka {cell} ({header}) obsahuje „{value}“, což není datum (takových buněk ve sloupci: {count}). Zadejte datum, např. 31.3.2027.',
    dealsDateOrderAmbiguous:
      'Data ve sloupci {column} ({header}), např. „{value}“ v buňce {cell}, lze číst jako den/měsíc i jako měsíc/den. Zvolte pořadí data pro tento sloupec.',
    dealsUnmappedStage:
      'Fáze „{value}“ (poprvé v buňce {cell}, obchodů: {count}) není ani vyhraná, ani prohraná, proto se tyto obchody počítají jako otevřené. Pokud obchody uzavírá, přidejte ji mezi vyhrané nebo prohrané fáze.',
    dealsUnknownStatus:
      'Buňka {cell} ({header}) obsahuje stav „{value}“, který není otevřený, vyhraný ani prohraný (obchodů: {count}); počítají se jako otevřené. Opravte stav nebo hodnotu přiřaďte v nastavení.',
    dealsMixedCurrencies:
      'Částky ve sloupci {column} ({header}) jsou v několika měnách ({currencies}), poprvé odlišná v buňce {cell}. Mezi měnami se nesčítají: použijte sloupec s částkou v měně společnosti nebo filtrujte podle měny.',
    dealsProbabilityText:
      'Buňka {cell} ({header}) obsahuje „{value}“, což není pravděpodobnost (takových buněk: {count}). Zadejte procento od 0 % do 100 %.',
    dealsNegativeCycle:
      'Obchod v řádku {row} se uzavírá {closed}, dříve než byl vytvořen ({created}, buňka {cell}); do prodejního cyklu se nezapočítá. Opravte jedno z dat.',
  },
  zh: {
    dealsEmptyTab: '此工作表为空。请将 CRM 导出的交易数据（含表头行）粘贴到单元格 A1。',
    dealsNotAnExport:
      '此工作表看起来不是交易导出：前 {rows} 行中没有“金额”“阶段”“成交日期”等交易列（单元格 {cell} 的内容为“{value}”）。请连同表头行一起粘贴导出数据。',
    dealsNoAmount:
      '在表头行 {row} 中未找到金额列（{headers}）。请将保存交易金额的列重命名为“Amount”，或在列映射中选择它。',
    dealsNoCloseDate:
      '在表头行 {row} 中未找到成交日期列（{headers}）。请将该列重命名为“Close Date”，或在列映射中选择它。',
    dealsNoOutcome:
      '在表头行 {row} 中既没有阶段列也没有状态列（{headers}），无法区分赢单和输单。请在导出中加入“Stage”或“Status”列。',
    dealsDuplicateHeader: '单元格 {cell} 和 {other} 的表头都是“{header}”。请重命名其中一个，以明确应读取哪一列。',
    dealsAmountText:
      '单元格 {cell}（{header}）的内容“{value}”不是金额（此列共有 {count} 个这样的单元格）。请输入数字（如 1234.50），或将单元格留空。',
    dealsAmountAmbiguous:
      '单元格 {cell}（{header}）的内容“{value}”既可按小数点也可按小数逗号理解（共 {count} 个这样的单元格）。请选择此列的数字格式。',
    dealsDateText:
      '单元格 {cell}（{header}）的内容“{value}”不是日期（此列共有 {count} 个这样的单元格）。请输入日期，如 2027-03-31。',
    dealsDateOrderAmbiguous:
      '列 {column}（{header}）中的日期（如单元格 {cell} 中的“{value}”）既可读作日/月也可读作月/日。请选择此列的日期顺序。',
    dealsUnmappedStage:
      '阶段“{value}”（首次出现在单元格 {cell}，共 {count} 笔交易）既不属于赢单阶段也不属于输单阶段，因此这些交易按进行中计算。如果该阶段表示交易结束，请将其加入赢单或输单阶段。',
    dealsUnknownStatus:
      '单元格 {cell}（{header}）的状态“{value}”不是进行中、赢单或输单（共 {count} 笔交易），这些交易按进行中计算。请更正状态，或在设置中映射该值。',
    dealsMixedCurrencies:
      '列 {column}（{header}）中的金额使用了多种货币（{currencies}），首个不同货币位于单元格 {cell}。不同货币的金额不会相加：请使用“公司货币金额”列，或按货币筛选。',
    dealsProbabilityText:
      '单元格 {cell}（{header}）的内容“{value}”不是概率（共 {count} 个这样的单元格）。请输入 0% 到 100% 之间的百分比。',
    dealsNegativeCycle:
      '第 {row} 行的交易成交日期 {closed} 早于创建日期 {created}（单元格 {cell}），因此不计入销售周期。请更正其中一个日期。',
  },
  ar: {
    dealsEmptyTab: 'علامة التبويب فارغة. الصق في الخلية A1 ملف تصدير الصفقات من نظام CRM مع صف العناوين.',
    dealsNotAnExport:
      'لا تبدو علامة التبويب هذه تصديرًا للصفقات: لا يذكر أي من الصفوف الـ{rows} الأولى أعمدة مثل المبلغ أو المرحلة أو تاريخ الإغلاق (الخلية {cell} تحتوي على “{value}”). الصق التصدير مع صف العناوين.',
    dealsNoAmount:
      'لم يُعثر على عمود للمبلغ في صف العناوين {row} ({headers}). أعد تسمية العمود الذي يحمل قيم الصفقات إلى “Amount” أو اختره في ربط الأعمدة.',
    dealsNoCloseDate:
      'لم يُعثر على عمود لتاريخ الإغلاق في صف العناوين {row} ({headers}). أعد تسميته إلى “Close Date” أو اختره في ربط الأعمدة.',
    dealsNoOutcome:
      'لا يوجد عمود للمرحلة ولا للحالة في صف العناوين {row} ({headers})، فلا يمكن التمييز بين الصفقات الرابحة والخاسرة. أضف العمود “Stage” أو “Status” إلى التصدير.',
    dealsDuplicateHeader:
      'تحمل الخليتان {cell} و{other} العنوان نفسه “{header}”. أعد تسمية إحداهما ليتضح أي عمود يُقرأ.',
    dealsAmountText:
      'تحتوي الخلية {cell} ({header}) على “{value}”، وهذا ليس مبلغًا ({count} خلية من هذا النوع في العمود). أدخل رقمًا مثل 1234.50 أو اترك الخلية فارغة.',
    dealsAmountAmbiguous:
      'تحتوي الخلية {cell} ({header}) على “{value}”، ويمكن قراءته بفاصلة عشرية نقطة أو فاصلة ({count} خلية من هذا النوع). اختر تنسيق الأرقام لهذا العمود.',
    dealsDateText:
      'تحتوي الخلية {cell} ({header}) على “{value}”، وهذا ليس تاريخًا ({count} خلية من هذا النوع في العمود). أدخل تاريخًا مثل 2027-03-31.',
    dealsDateOrderAmbiguous:
      'يمكن قراءة التواريخ في العمود {column} ({header})، مثل “{value}” في الخلية {cell}، على أنها يوم/شهر أو شهر/يوم. اختر ترتيب التاريخ لهذا العمود.',
    dealsUnmappedStage:
      'المرحلة “{value}” (أولًا في الخلية {cell}، {count} صفقة) ليست مرحلة ربح ولا خسارة، لذا تُحسب هذه الصفقات مفتوحة. أضفها إلى مراحل الربح أو الخسارة إن كانت تُغلق الصفقات.',
    dealsUnknownStatus:
      'تحتوي الخلية {cell} ({header}) على الحالة “{value}”، وهي ليست مفتوحة ولا رابحة ولا خاسرة ({count} صفقة)؛ تُحسب هذه الصفقات مفتوحة. صحّح الحالة أو اربط القيمة في الإعدادات.',
    dealsMixedCurrencies:
      'المبالغ في العمود {column} ({header}) بعدة عملات ({currencies})، وأول اختلاف في الخلية {cell}. لا تُجمع المبالغ عبر العملات: استخدم عمود “المبلغ بعملة الشركة” أو صفِّ حسب العملة.',
    dealsProbabilityText:
      'تحتوي الخلية {cell} ({header}) على “{value}”، وهذا ليس احتمالًا ({count} خلية من هذا النوع). أدخل نسبة مئوية من 0% إلى 100%.',
    dealsNegativeCycle:
      'الصفقة في الصف {row} تُغلق في {closed}، قبل إنشائها في {created} (الخلية {cell})؛ لذا تُستبعد من دورة المبيعات. صحّح أحد التاريخين.',
  },
};

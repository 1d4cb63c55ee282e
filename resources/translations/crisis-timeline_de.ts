<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+75"/>
        <source>Usage: crisis-timeline [DATABASE]
       crisis-timeline COMMAND [OPTIONS]

Without a command, opens the timeline window on DATABASE (default: the last
database, or on the first start a new one holding the bundled sample).

Commands (no display needed): %1
Run crisis-timeline COMMAND --help for a command&apos;s options.</source>
        <translation>Aufruf: crisis-timeline [DATENBANK]
        crisis-timeline BEFEHL [OPTIONEN]

Ohne Befehl öffnet sich das Zeitleistenfenster mit DATENBANK (Vorgabe: die zuletzt
benutzte, beim ersten Start eine neue mit dem mitgelieferten Beispiel).

Befehle (ohne Bildschirm nutzbar): %1
crisis-timeline BEFEHL --help zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>crisis-timeline: unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>crisis-timeline: unbekannter Befehl „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline: unknown command &apos;%1&apos;; see &apos;crisis-timeline --help&apos;</source>
        <translation>crisis-timeline: unbekannter Befehl „%1“; siehe „crisis-timeline --help“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>crisis-timeline: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); for the command line see &apos;crisis-timeline --help&apos;</source>
        <translation>crisis-timeline: kein Bildschirm für das Fenster (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); zur Kommandozeile siehe „crisis-timeline --help“</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+26"/>
        <source>Crisis Timeline</source>
        <translation>Krisen-Zeitleiste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline of the events in news articles. Run &apos;crisis-timeline --help&apos; without a display for the command-line tools.</source>
        <translation>Zeitleiste der Ereignisse in Nachrichtenartikeln. „crisis-timeline --help“ zeigt die Befehle, die ohne Bildschirm laufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline database to open (default: the last one used).</source>
        <translation>Zu öffnende Zeitleisten-Datenbank (Vorgabe: die zuletzt benutzte).</translation>
    </message>
</context>
<context>
    <name>ct::cli</name>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+63"/>
        <location filename="../../app/cli/OfflineCommand.cpp" line="+32"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliContext.cpp" line="+14"/>
        <source>The story: a SQLite file, or a PostgreSQL server story (postgresql://user@host/db or a libpq connection string).</source>
        <translation>Die Story: eine SQLite-Datei oder eine Server-Story auf PostgreSQL (postgresql://user@host/db oder eine libpq-Verbindungszeichenfolge).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/CopyCommand.cpp" line="+28"/>
        <location line="+2"/>
        <source>FILE|URI</source>
        <translation>FILE|URI</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>crisis-timeline %1: --db FILE is required</source>
        <translation>crisis-timeline %1: --db DATEI fehlt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record NAME as who imported (on a server story; default: $CT_ANALYST, else the server role).</source>
        <translation>NAME als Importierende(n) festhalten (bei einer Server-Story; Vorgabe: $CT_ANALYST, sonst die Server-Rolle).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 %2: not a date, use YYYY-MM-DD</source>
        <translation>--%1 %2: kein Datum, bitte JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../app/cli/EventsCommand.cpp" line="+24"/>
        <source>Prints the events in the database as CSV (RFC 4180) or JSON, ordered by date.</source>
        <translation>Gibt die Ereignisse der Datenbank als CSV (RFC 4180) oder JSON aus, nach Datum geordnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events overlapping this day or later.</source>
        <translation>Nur Ereignisse an oder nach diesem Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events overlapping this day or earlier.</source>
        <translation>Nur Ereignisse an oder vor diesem Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-text search in titles and sentences.</source>
        <translation>Volltextsuche in Titeln und Sätzen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+69"/>
        <location line="+15"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+2"/>
        <source>Only events naming this actor.</source>
        <translation>Nur Ereignisse, die diesen Akteur nennen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliContext.cpp" line="-34"/>
        <location filename="../../app/cli/EventsCommand.cpp" line="+0"/>
        <location line="+2"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+0"/>
        <location line="+2"/>
        <location filename="../../app/cli/ImportTableCommand.cpp" line="+44"/>
        <location line="+12"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../app/cli/EventsCommand.cpp" line="+0"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+0"/>
        <source>Only events naming this place.</source>
        <translation>Nur Ereignisse, die diesen Ort nennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv (default), json, ics (iCalendar), timelinejs (TimelineJS JSON) or timeline (the Timeline program&apos;s XML).</source>
        <translation>csv (Vorgabe), json, ics (iCalendar), timelinejs (TimelineJS-JSON) oder timeline (XML des Programms Timeline).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TimelineJS groups / Timeline categories: none, actor, place or article.</source>
        <translation>Gruppen in TimelineJS / Kategorien in Timeline: none, actor, place oder article.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANES</source>
        <translation>SPUREN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events reported by at least N distinct outlets.</source>
        <translation>Nur Ereignisse, über die mindestens N verschiedene Medien berichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One CSV row per report (each article sentence or data set row telling of an event) instead of one per event.</source>
        <translation>Eine CSV-Zeile pro Bericht (jeder Artikelsatz oder jede Datensatzzeile, die von einem Ereignis berichtet) statt einer pro Ereignis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>crisis-timeline events: --format %1: use csv, json, ics, timelinejs or timeline</source>
        <translation>crisis-timeline events: --format %1: bitte csv, json, ics, timelinejs oder timeline</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>crisis-timeline events: --group %1: use none, actor, place or article</source>
        <translation>crisis-timeline events: --group %1: bitte none, actor, place oder article</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>crisis-timeline events: --min-sources %1: give a whole number of at least 1</source>
        <translation>crisis-timeline events: --min-sources %1: bitte eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>crisis-timeline events: --reports gives CSV; JSON has each event&apos;s reports in its &quot;sources&quot; array</source>
        <translation>crisis-timeline events: --reports gibt CSV aus; in JSON stehen die Berichte jedes Ereignisses in seinem Array &quot;sources&quot;</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="-45"/>
        <source>Writes the timeline as an image: PNG, SVG or PDF, chosen by the extension of --out. The database is only read.</source>
        <translation>Schreibt die Zeitleiste als Bild: PNG, SVG oder PDF, je nach Endung von --out. Die Datenbank wird nur gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to write: .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Bilddatei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in pixels (PNG, SVG); default %1.</source>
        <translation>Breite in Pixeln (PNG, SVG); Vorgabe %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height in pixels (PNG, SVG); default: as tall as the lanes need.</source>
        <translation>Höhe in Pixeln (PNG, SVG); Vorgabe: so hoch, wie die Spuren es brauchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG pixels per pixel, e.g. 2 or 3 for print; the image is width×scale wide.</source>
        <translation>PNG-Pixel pro Pixel, z. B. 2 oder 3 für den Druck; das Bild ist Breite×Faktor breit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>First day shown; default: the first event.</source>
        <translation>Erster gezeigter Tag; Vorgabe: das erste Ereignis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day shown; default: the last event.</source>
        <translation>Letzter gezeigter Tag; Vorgabe: das letzte Ereignis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One lane per actor, place or article, or none; an event with several actors (places) is in each one&apos;s lane, unless actor-first (place-first) is given.</source>
        <translation>Eine Spur pro Akteur, Ort oder Artikel, oder keine; ein Ereignis mit mehreren Akteuren (Orten) steht in der Spur jedes einzelnen, außer bei actor-first (place-first).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A title above the timeline.</source>
        <translation>Ein Titel über der Zeitleiste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours.</source>
        <translation>Farben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF page: %1.</source>
        <translation>PDF-Seite: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF page orientation.</source>
        <translation>Ausrichtung der PDF-Seite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF: split the range across N pages; 1 (default) fits it on one.</source>
        <translation>PDF: den Zeitraum auf N Seiten verteilen; 1 (Vorgabe) passt ihn auf eine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events whose title or sentence match (full-text).</source>
        <translation>Nur Ereignisse, deren Titel oder Satz passt (Volltext).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave out the legend of lanes.</source>
        <translation>Ohne Legende der Spuren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the time axis.</source>
        <translation>Ohne Zeitachse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the footer citing the articles.</source>
        <translation>Ohne Fußzeile mit den zitierten Artikeln.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--out PATH is required (.png, .svg or .pdf)</source>
        <translation>--out PFAD fehlt (.png, .svg oder .pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no file extension to tell the image format; use .png, .svg or .pdf</source>
        <translation>%1: keine Dateiendung, die das Bildformat angibt; bitte .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown image format “.%2”; use .png, .svg or .pdf</source>
        <translation>%1: unbekanntes Bildformat „.%2“; bitte .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--width %1: not a number of pixels</source>
        <translation>--width %1: keine Pixelzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--height %1: not a number of pixels</source>
        <translation>--height %1: keine Pixelzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--pages %1: not a number of pages</source>
        <translation>--pages %1: keine Seitenzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--scale %1: not a number</source>
        <translation>--scale %1: keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lanes %1: use none, actor, actor-first, place, place-first or article</source>
        <translation>--lanes %1: bitte none, actor, actor-first, place, place-first oder article</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--theme %1: use light or dark</source>
        <translation>--theme %1: bitte light oder dark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--page-size %1: use one of %2</source>
        <translation>--page-size %1: bitte eines von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--orientation %1: use landscape or portrait</source>
        <translation>--orientation %1: bitte landscape oder portrait</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 liegt vor --from %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>crisis-timeline export: warning: no events to show in %1</source>
        <translation>crisis-timeline export: Warnung: keine Ereignisse in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 event(s)</source>
        <translation>%1: %2 Ereignis(se)</translation>
    </message>
    <message>
        <location filename="../../app/cli/GenerateCommand.cpp" line="+23"/>
        <source>Writes synthetic events (30 years with bursts, many actors and places, mixed precisions) into the database (a file or a server story), for trying out and benchmarking large timelines. The same seed gives the same events.</source>
        <translation>Schreibt künstliche Ereignisse (30 Jahre mit Häufungen, viele Akteure und Orte, gemischte Genauigkeit) in die Datenbank (eine Datei oder eine Server-Story), um große Zeitleisten auszuprobieren und zu messen. Derselbe Startwert ergibt dieselben Ereignisse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many events.</source>
        <translation>Wie viele Ereignisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1).</source>
        <translation>Startwert des Zufallsgenerators (Vorgabe 1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>crisis-timeline generate: --events N is required, 1 to 100000000</source>
        <translation>crisis-timeline generate: --events N fehlt, 1 bis 100000000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline generate: --seed %1: not a number</source>
        <translation>crisis-timeline generate: --seed %1: keine Zahl</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 events written in %3 s (seed %4)</source>
        <translation>%1: %2 Ereignisse in %3 s geschrieben (Startwert %4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="-4"/>
        <source>Publication date of the articles, when the text does not carry one.</source>
        <translation>Veröffentlichungsdatum der Artikel, falls der Text keines nennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this gazetteer (TSV) instead of the bundled one.</source>
        <translation>Dieses Namensverzeichnis (TSV) statt des mitgelieferten verwenden.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Imports news articles (text, web pages, PDF, Word, OpenDocument and e-mail files, folders of them, or http(s):// URLs) into the database; each article is stored whole or not at all, and each event found joins the stored event it reports, if any. The database is created if missing.</source>
        <translation>Importiert Nachrichtenartikel (Text, Webseiten, PDF-, Word-, OpenDocument- und E-Mail-Dateien, Ordner davon oder http(s)://-URLs) in die Datenbank; jeder Artikel wird ganz oder gar nicht gespeichert, und jedes gefundene Ereignis wird dem gespeicherten Ereignis zugeordnet, von dem es berichtet, falls es eines gibt. Die Datenbank wird angelegt, falls sie fehlt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ARTICLE...</source>
        <translation>ARTIKEL...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article files, folders or URLs.</source>
        <translation>Artikeldateien, Ordner oder URLs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crisis-timeline import: name at least one article file</source>
        <translation>crisis-timeline import: mindestens eine Artikeldatei angeben</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+20"/>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: duplicate, already stored as article %2</source>
        <translation>%1: Duplikat, bereits als Artikel %2 gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %n event(s), published %2, article %3</source>
        <translation>%1: %n Ereignis(se), veröffentlicht %2, Artikel %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%n article(s): one per story)</source>
        <translation> (%n Artikel: einer pro Meldung)</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportTableCommand.cpp" line="-27"/>
        <source>Imports event data (CSV/TSV, TimelineJS JSON, Timeline .timeline) as events, each with its row as the report. The whole file is one transaction: an error leaves the database as it was.

SPEC maps columns to roles: ROLE=COLUMN[+COLUMN…],… with the roles start, end, title, description, actors, places, source, precision, fuzzy, id; columns by header name or 1-based number; sep=; splits actor/place lists (comma, semicolon, pipe by name); dates=iso|day-month-name|month-name-day|day-first|month-first|compact|year fixes the date format (detected otherwise). Example: start=event_date,title=event_type,actors=actor1+actor2,description=notes,dates=day-first</source>
        <translation>Importiert Ereignisdaten (CSV/TSV, TimelineJS-JSON, Timeline-.timeline) als Ereignisse, jedes mit seiner Zeile als Bericht. Die ganze Datei ist eine Transaktion: ein Fehler lässt die Datenbank, wie sie war.

SPEC ordnet Spalten Rollen zu: ROLE=COLUMN[+COLUMN…],… mit den Rollen start, end, title, description, actors, places, source, precision, fuzzy, id; Spalten nach Kopfzeilenname oder Nummer ab 1; sep=; teilt Akteur-/Ortslisten (comma, semicolon, pipe nach Name); dates=iso|day-month-name|month-name-day|day-first|month-first|compact|year legt das Datumsformat fest (sonst wird es erkannt). Beispiel: start=event_date,title=event_type,actors=actor1+actor2,description=notes,dates=day-first</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data set: .csv, .tsv, .json or .timeline.</source>
        <translation>Der Datensatz: .csv, .tsv, .json oder .timeline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s layout: %1 (detected from the header otherwise).</source>
        <translation>Der Aufbau der Datei: %1 (sonst aus der Kopfzeile erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which column plays which role (see above).</source>
        <translation>Welche Spalte welche Rolle spielt (siehe oben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skip (default): bad rows are reported and left out; stop: the first bad row stops the import, nothing is kept.</source>
        <translation>skip (Vorgabe): fehlerhafte Zeilen werden gemeldet und ausgelassen; stop: die erste fehlerhafte Zeile bricht den Import ab, nichts wird behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data set&apos;s name, shown as the reports&apos; source (default: the preset&apos;s, or the file&apos;s name).</source>
        <translation>Der Name des Datensatzes, als Quelle der Berichte gezeigt (Vorgabe: der der Vorlage oder der Dateiname).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one FILE to import</source>
        <translation>bitte genau eine Datei (FILE) zum Importieren angeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on-error %1: use skip or stop</source>
        <translation>--on-error %1: bitte skip oder stop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--preset %1: use one of %2</source>
        <translation>--preset %1: bitte eines von %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: … and %2 more bad rows</source>
        <translation>%1: … und %2 weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 events imported, %3 bad rows skipped%4 (%5 s)</source>
        <translation>%1: %2 Ereignisse importiert, %3 fehlerhafte Zeilen übersprungen%4 (%5 s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="-9"/>
        <source>Copies a story whole between a SQLite file and a PostgreSQL server story (either way): articles, events, reports, story decisions, chosen dates, user edits, who and when. One transaction on the target.</source>
        <translation>Kopiert eine Story vollständig zwischen einer SQLite-Datei und einer Server-Story auf PostgreSQL (in beide Richtungen): Artikel, Ereignisse, Berichte, Entscheidungen zur Story, gewählte Daten, Bearbeitungen, wer und wann. Eine einzige Transaktion auf dem Ziel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The story to copy: a SQLite file or a server location (postgresql://user@host/db or a libpq connection string).</source>
        <translation>Die zu kopierende Story: eine SQLite-Datei oder eine Serveradresse (postgresql://user@host/db oder eine libpq-Verbindungszeichenfolge).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to copy it (created if needed).</source>
        <translation>Wohin kopiert wird (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the story the target already holds.</source>
        <translation>Die Story ersetzen, die das Ziel bereits enthält.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>crisis-timeline copy: --from and --to are required</source>
        <translation>crisis-timeline copy: --from und --to sind erforderlich</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied %1 articles and %2 events to %3</source>
        <translation>%1 Artikel und %2 Ereignisse nach %3 kopiert</translation>
    </message>
    <message>
        <location filename="../../app/cli/OfflineCommand.cpp" line="-10"/>
        <source>Takes an offline copy of a server story into a SQLite file, to work on without the network. Bring the changes back with: crisis-timeline sync --db FILE</source>
        <translation>Legt eine Offline-Kopie einer Server-Story in einer SQLite-Datei an, um ohne Netz daran zu arbeiten. Die Änderungen zurückbringen mit: crisis-timeline sync --db DATEI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server story (postgresql://user@host/db or a libpq connection string).</source>
        <translation>Die Server-Story (postgresql://user@host/db oder eine libpq-Verbindungszeichenfolge).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/SyncCommand.cpp" line="+64"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SQLite file to create (its base is kept beside it as FILE.base).</source>
        <translation>Die anzulegende SQLite-Datei (ihr Ausgangsstand liegt daneben als DATEI.base).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the story the file already holds.</source>
        <translation>Die Story ersetzen, die die Datei bereits enthält.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>crisis-timeline offline: --from and --to are required</source>
        <translation>crisis-timeline offline: --from und --to sind erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline offline: --from must be a server story; copy a SQLite file with crisis-timeline copy</source>
        <translation>crisis-timeline offline: --from muss eine Server-Story sein; eine SQLite-Datei kopiert crisis-timeline copy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Took an offline copy of %1 (%2 events) into %3</source>
        <translation>Offline-Kopie von %1 (%2 Ereignisse) in %3 angelegt</translation>
    </message>
    <message>
        <location filename="../../app/cli/SyncCommand.cpp" line="-44"/>
        <location line="+21"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split</source>
        <translation>abgetrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict: event #%1: you %2 it; on the server it was changed since the copy (version %3, now %4)</source>
        <translation>Konflikt: Ereignis #%1: Sie haben es %2; auf dem Server wurde es seit der Kopie geändert (Version %3, jetzt %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  yours:  %1</source>
        <translation>  Ihres:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  theirs: %1</source>
        <translation>  deren:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by %1 at %2</source>
        <translation> von %1 am %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brings the changes made in an offline copy back to its server story, in one transaction. An event a colleague changed since the copy is a conflict: without --mine or --theirs nothing is applied and the exit status is 3.</source>
        <translation>Bringt die in einer Offline-Kopie gemachten Änderungen in einer Transaktion zu ihrer Server-Story zurück. Ein Ereignis, das ein Kollege seit der Kopie geändert hat, ist ein Konflikt: ohne --mine oder --theirs wird nichts übernommen und der Exit-Status ist 3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server story to bring the changes to (default: the one the copy was taken of).</source>
        <translation>Die Server-Story, zu der die Änderungen gehen (Vorgabe: die, von der die Kopie stammt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a conflict, your change wins over the colleague&apos;s.</source>
        <translation>Bei einem Konflikt gilt Ihre Änderung statt der des Kollegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a conflict, keep the colleague&apos;s version and drop your change to that event.</source>
        <translation>Bei einem Konflikt die Fassung des Kollegen behalten und Ihre Änderung an diesem Ereignis verwerfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>crisis-timeline sync: --db FILE (an offline copy) is required</source>
        <translation>crisis-timeline sync: --db DATEI (eine Offline-Kopie) fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline sync: --mine and --theirs exclude each other</source>
        <translation>crisis-timeline sync: --mine und --theirs schließen sich aus</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was applied: %1</source>
        <translation>Nichts wurde übernommen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not brought back: %1</source>
        <translation>Nicht zurückgebracht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was applied: conflicts undecided: %1. Run again with --mine or --theirs to decide them.</source>
        <translation>Nichts wurde übernommen: unentschiedene Konflikte: %1. Mit --mine oder --theirs erneut aufrufen, um sie zu entscheiden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applied to %1: %2 articles imported (%3 already there), %4 events added, %5 edited, %6 deleted, %7 merged, %8 split, %9 decisions</source>
        <translation>Übernommen in %1: %2 Artikel importiert (%3 schon vorhanden), %4 Ereignisse hinzugefügt, %5 bearbeitet, %6 gelöscht, %7 zusammengeführt, %8 abgetrennt, %9 Entscheidungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept the server&apos;s version of %1 events</source>
        <translation>Die Server-Fassung von %1 Ereignissen behalten</translation>
    </message>
</context>
<context>
    <name>ct::ui::AxisLabels</name>
    <message>
        <location filename="../../ui/timeline/AxisLabels.cpp" line="+62"/>
        <source>%1s</source>
        <comment>a decade, as in 1990s</comment>
        <translation>%1er</translation>
    </message>
</context>
<context>
    <name>ct::ui::Commands</name>
    <message>
        <location filename="../../ui/commands/AddEventCommand.cpp" line="+13"/>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/ChangePublicationDateCommand.cpp" line="+14"/>
        <source>Change publication date to %1</source>
        <translation>Veröffentlichungsdatum auf %1 ändern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/DeleteEventCommand.cpp" line="+13"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n events</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/EditEventCommand.cpp" line="+13"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/commands/RedateEventCommand.cpp" line="+11"/>
        <source>Move event</source>
        <translation>Ereignis verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/commands/ChooseDateCommand.cpp" line="+10"/>
        <source>Choose date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/MarkDistinctCommand.cpp" line="+11"/>
        <source>Mark not the same</source>
        <translation>Als nicht identisch markieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/MergeEventsCommand.cpp" line="+10"/>
        <source>Merge events</source>
        <translation>Ereignisse zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/SplitReportCommand.cpp" line="+8"/>
        <source>Split report</source>
        <translation>Bericht abtrennen</translation>
    </message>
</context>
<context>
    <name>ct::ui::ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/ConflictDialog.cpp" line="+33"/>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another analyst</source>
        <translation>ein anderer Analyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed “%2” after you opened it. Which version should stay?</source>
        <translation>%1 hat „%2“ geändert, nachdem Sie es geöffnet haben. Welche Version soll bleiben?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Keep Theirs</source>
        <translation>Andere Version &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite with Mine</source>
        <translation>Mit &amp;meiner Version überschreiben</translation>
    </message>
</context>
<context>
    <name>ct::ui::DatabaseController</name>
    <message>
        <location filename="../../ui/window/DatabaseController.cpp" line="+38"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline databases (*.ctl *.sqlite *.db)</source>
        <translation>Zeitleisten-Datenbanken (*.ctl *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not replace %1.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline databases (*.ctl *.sqlite *.db);;All files (*)</source>
        <translation>Zeitleisten-Datenbanken (*.ctl *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ct::ui::DateText</name>
    <message>
        <location filename="../../ui/models/DateText.cpp" line="+27"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>ct::ui::DetailsPane</name>
    <message>
        <location filename="../../ui/panes/DetailsPane.cpp" line="+46"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved:</source>
        <translation>Bestimmt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors:</source>
        <translation>Akteure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places:</source>
        <translation>Orte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an event to see the sentence it comes from.</source>
        <translation>Wählen Sie ein Ereignis, um den Satz zu sehen, aus dem es stammt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports, earliest first:</source>
        <translation>Berichte, früheste zuerst:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No event selected</source>
        <translation>Kein Ereignis gewählt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(estimate)</source>
        <translation>(Schätzung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the reports disagree)</source>
        <translation>(die Berichte widersprechen sich)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edited by %1 at %2</source>
        <translation>Bearbeitet von %1 am %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Imported by %1 at %2</source>
        <translation>Importiert von %1 am %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (changed by hand)</source>
        <translation>%1 (von Hand geändert)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Article %1 is missing</source>
        <translation>Artikel %1 fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::EditController</name>
    <message>
        <location filename="../../ui/window/EditController.cpp" line="+76"/>
        <source>Change Publication Date</source>
        <translation>Veröffentlichungsdatum ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events of “%1” are resolved again against the new date. Events you added or edited keep their dates.</source>
        <translation>Die Ereignisse von „%1“ werden neu gegen das neue Datum bestimmt. Ereignisse, die Sie hinzugefügt oder bearbeitet haben, behalten ihr Datum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
</context>
<context>
    <name>ct::ui::EventEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/EventEditDialog.cpp" line="+30"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate date</source>
        <translation>Ungefähres Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shown as an estimate (≈), never as an exact date</source>
        <translation>Als Schätzung (≈) gezeigt, nie als genaues Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. Vladimir Putin, CSTO</source>
        <translation>Durch Kommas getrennt, z. B. Wladimir Putin, OVKS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. Kazakhstan, Almaty</source>
        <translation>Durch Kommas getrennt, z. B. Kasachstan, Almaty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actors:</source>
        <translation>&amp;Akteure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;laces:</source>
        <translation>&amp;Orte:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The end is before the start</source>
        <translation>Das Ende liegt vor dem Anfang</translation>
    </message>
</context>
<context>
    <name>ct::ui::EventTableModel</name>
    <message>
        <location filename="../../ui/models/EventTableModel.cpp" line="+133"/>
        <location line="+164"/>
        <source>(added by hand)</source>
        <translation>(von Hand hinzugefügt)</translation>
    </message>
    <message numerus="yes">
        <location line="-141"/>
        <source>Reported by %n outlet(s) in %1 report(s)</source>
        <translation>
            <numerusform>Berichtet von %n Medium in %1 Bericht(en)</numerusform>
            <numerusform>Berichtet von %n Medien in %1 Berichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First reported</source>
        <translation>Erstmals gemeldet</translation>
    </message>
</context>
<context>
    <name>ct::ui::ExportController</name>
    <message>
        <location filename="../../ui/window/ExportController.cpp" line="+57"/>
        <source>Exported the timeline to %1</source>
        <translation>Zeitleiste nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unknown format; use .ics, .timelinejs.json, .timeline, .csv or .json</source>
        <translation>%1: unbekanntes Format; bitte .ics, .timelinejs.json, .timeline, .csv oder .json</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n events to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not copy the timeline: the picture is too large.</source>
        <translation>Die Zeitleiste konnte nicht kopiert werden: das Bild ist zu groß.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the timeline as a picture (%1 × %2 pixels)</source>
        <translation>Zeitleiste als Bild kopiert (%1 × %2 Pixel)</translation>
    </message>
</context>
<context>
    <name>ct::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExportDialog.cpp" line="+40"/>
        <location line="+175"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportDialogControls.cpp" line="+27"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current &amp;view (%1 – %2)</source>
        <translation>Aktuelle &amp;Ansicht (%1 – %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Whole timeline (%n event(s))</source>
        <translation>
            <numerusform>&amp;Ganze Zeitleiste (%n Ereignis)</numerusform>
            <numerusform>&amp;Ganze Zeitleiste (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No lanes</source>
        <translation>Keine Spuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By actor</source>
        <translation>Nach Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By place</source>
        <translation>Nach Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By article</source>
        <translation>Nach Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By first actor only</source>
        <translation>Nur nach erstem Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By first place only</source>
        <translation>Nur nach erstem Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lanes:</source>
        <translation>&amp;Spuren:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No title</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;axis</source>
        <translation>Zeit&amp;achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;gend</source>
        <translation>Le&amp;gende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources (articles cited below)</source>
        <translation>&amp;Quellen (Artikel unten zitiert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picture (PNG, SVG)</source>
        <translation>Bild (PNG, SVG)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to the lanes</source>
        <translation>Nach den Spuren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG pixels per pixel: 2 or 3 for print</source>
        <translation>PNG-Pixel pro Pixel: 2 oder 3 für den Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;idth:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;eight:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale (PNG):</source>
        <translation>&amp;Faktor (PNG):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page (PDF)</source>
        <translation>Seite (PDF)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit on one page</source>
        <translation>Auf eine Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pages, split by date</source>
        <translation> Seiten, nach Datum geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (text stays text)</source>
        <translation>SVG-Zeichnung (Text bleibt Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportDialog.cpp" line="+142"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie die Zieldatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” does not end in .png, .svg or .pdf.</source>
        <translation>„%1“ endet nicht auf .png, .svg oder .pdf.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 %2, %n page(s)</source>
        <translation>
            <numerusform>%1 %2, %n Seite</numerusform>
            <numerusform>%1 %2, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Ereignis vom %1 bis %2</numerusform>
            <numerusform>%n Ereignisse vom %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::ExportPreview</name>
    <message>
        <location filename="../../ui/dialogs/ExportPreview.cpp" line="+18"/>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
</context>
<context>
    <name>ct::ui::FilterBar</name>
    <message>
        <location filename="../../ui/panes/FilterBar.cpp" line="+35"/>
        <source>Show events from this day on</source>
        <translation>Ereignisse ab diesem Tag zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show events up to this day</source>
        <translation>Ereignisse bis zu diesem Tag zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events…</source>
        <translation>Ereignisse suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-text search over titles and source sentences</source>
        <translation>Volltextsuche in Titeln und Quellsätzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+68"/>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+72"/>
        <source>All places</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events reported by at least this many outlets</source>
        <translation>Nur Ereignisse zeigen, die von mindestens so vielen Medien gemeldet wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by at least N outlets</source>
        <translation>Von mindestens N Medien gemeldet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outlets ≥</source>
        <translation>&amp;Medien ≥</translation>
    </message>
</context>
<context>
    <name>ct::ui::FirstStart</name>
    <message>
        <location filename="../../ui/window/FirstStart.cpp" line="+27"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImageExporter</name>
    <message>
        <location filename="../../ui/export/ImageExporterFiles.cpp" line="+24"/>
        <source>%1: cannot write the image: %2</source>
        <translation>%1: Bild kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/ImageExporter.cpp" line="+84"/>
        <source>Article #%1</source>
        <translation>Artikel Nr. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n event(s) entered by hand, without a source article</source>
        <translation>%n von Hand eingetragene(s) Ereignis(se), ohne Quellartikel</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (page %2 of %3)</source>
        <translation>%1 (Seite %2 von %3)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ImageExporterFiles.cpp" line="+40"/>
        <source>Crisis timeline</source>
        <translation>Krisen-Zeitleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No events. Made with Crisis Timeline.</source>
        <translation>Keine Ereignisse. Erstellt mit Crisis Timeline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One event %1. Made with Crisis Timeline.</source>
        <translation>Ein Ereignis %1. Erstellt mit Crisis Timeline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events %2. Made with Crisis Timeline.</source>
        <translation>%1 Ereignisse %2. Erstellt mit Crisis Timeline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the range ends before it starts</source>
        <translation>der Zeitraum endet vor seinem Anfang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the width must be between %1 and %2 pixels</source>
        <translation>die Breite muss zwischen %1 und %2 Pixeln liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the height must be between %1 and %2 pixels, or 0 to fit</source>
        <translation>die Höhe muss zwischen %1 und %2 Pixeln liegen, oder 0 zum Anpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scale must be between %1 and %2</source>
        <translation>der Faktor muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the number of pages must be between 1 and %1</source>
        <translation>die Seitenzahl muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the font size must be between 6 and 72 pixels</source>
        <translation>die Schriftgröße muss zwischen 6 und 72 Pixeln liegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no file extension to tell the image format; use .png, .svg or .pdf</source>
        <translation>%1: keine Dateiendung, die das Bildformat angibt; bitte .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown image format “.%2”; use .png, .svg or .pdf</source>
        <translation>%1: unbekanntes Bildformat „.%2“; bitte .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the picture is too large to draw (%1 × %2 pixels at scale %3)</source>
        <translation>das Bild ist zu groß zum Zeichnen (%1 × %2 Pixel bei Faktor %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the image: %1</source>
        <translation>Bild kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot start the SVG document</source>
        <translation>SVG-Dokument kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot start the PDF document</source>
        <translation>PDF-Dokument kann nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImportController</name>
    <message>
        <location filename="../../ui/window/ImportController.cpp" line="+34"/>
        <source>Open or create a database before importing.</source>
        <translation>Öffnen oder erstellen Sie vor dem Import eine Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.text *.md *.html *.htm *.xhtml *.mhtml *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.html *.htm *.xhtml *.mhtml *.pdf *.docx *.odt *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web addresses of articles, one per line:</source>
        <translation>Webadressen der Artikel, eine pro Zeile:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching articles…</source>
        <translation>Artikel werden abgerufen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pasted article.html</source>
        <translation>Eingefügter Artikel.html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted article.txt</source>
        <translation>Eingefügter Artikel.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds no web page or text to import.</source>
        <translation>Die Zwischenablage enthält keine Webseite und keinen Text zum Importieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no files to import there.</source>
        <translation>Dort gibt es keine Dateien zum Importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Table</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event data (*.csv *.tsv *.txt *.json *.timeline);;All files (*)</source>
        <translation>Ereignisdaten (*.csv *.tsv *.txt *.json *.timeline);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/ImportDialog.cpp" line="+46"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date from</source>
        <translation>Herkunft des Datums</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check each article&apos;s publication date: weekdays such as “on Thursday” are resolved against it.</source>
        <translation>Prüfen Sie das Veröffentlichungsdatum jedes Artikels: Wochentage wie „am Donnerstag“ werden danach bestimmt.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+13"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (+1 more story)</source>
        <translation> (+1 weitere Meldung)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (+%n more stories)</source>
        <translation>
            <numerusform> (+%n weitere Meldung)</numerusform>
            <numerusform> (+%n weitere Meldungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>suggested: %1 (%2), double-click to use</source>
        <translation>vorgeschlagen: %1 (%2), Doppelklick übernimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date required</source>
        <translation>Datum nötig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No publication date found in the text</source>
        <translation>Kein Veröffentlichungsdatum im Text gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found: “%1”</source>
        <translation>Gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be imported: %1</source>
        <translation>Nicht importierbar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n file(s) need a publication date.</source>
        <translation>
            <numerusform>%n Datei braucht ein Veröffentlichungsdatum.</numerusform>
            <numerusform>%n Dateien brauchen ein Veröffentlichungsdatum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ImportDialogRun.cpp" line="+38"/>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei…</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Imported: %n article(s), </source>
        <translation>
            <numerusform>Importiert: %n Artikel, </numerusform>
            <numerusform>Importiert: %n Artikel, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported: %n event(s)</source>
        <translation>
            <numerusform>Importiert: %n Ereignis</numerusform>
            <numerusform>Importiert: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in the database (duplicate), skipped</source>
        <translation>Schon in der Datenbank (Duplikat), übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported (cancelled)</source>
        <translation>Nicht importiert (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n Artikel importiert</numerusform>
            <numerusform>%n Artikel importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) found</source>
        <translation>
            <numerusform>%n Ereignis gefunden</numerusform>
            <numerusform>%n Ereignisse gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the files marked so were not imported.</source>
        <translation>Abgebrochen: die so markierten Dateien wurden nicht importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/ImportTableDialog.cpp" line="+42"/>
        <source>Import Table — %1</source>
        <translation>Tabelle importieren — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ACLED export</source>
        <translation>ACLED-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDELT event file</source>
        <translation>GDELT-Ereignisdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TimelineJS spreadsheet</source>
        <translation>TimelineJS-Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis Timeline export</source>
        <translation>Export der Krisen-Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline program (.timeline)</source>
        <translation>Programm Timeline (.timeline)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom mapping</source>
        <translation>Eigene Zuordnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As detected</source>
        <translation>Wie erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/01/2022)</source>
        <translation>Tag zuerst (31/01/2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (01/31/2022)</source>
        <translation>Monat zuerst (01/31/2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip bad rows and list them</source>
        <translation>Fehlerhafte Zeilen überspringen und auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the first bad row (nothing is imported)</source>
        <translation>Bei der ersten fehlerhaften Zeile abbrechen (nichts wird importiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name to save this mapping under</source>
        <translation>Name, unter dem diese Zuordnung gespeichert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Aufbau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ved mappings:</source>
        <translation>&amp;Gespeicherte Zuordnungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start dates:</source>
        <translation>Anfangsdaten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date order:</source>
        <translation>&amp;Datumsreihenfolge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bad rows:</source>
        <translation>&amp;Fehlerhafte Zeilen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember:</source>
        <translation>Merken:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each column means:</source>
        <translation>Was jede Spalte bedeutet:</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Choose the column holding the date (start date).</source>
        <translation>Wählen Sie die Spalte mit dem Datum (Anfangsdatum).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No known date format in the start column.</source>
        <translation>Kein bekanntes Datumsformat in der Anfangsspalte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read as %1</source>
        <translation>gelesen als %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved the mapping as &quot;%1&quot;; it is offered for files with this header.</source>
        <translation>Zuordnung als „%1“ gespeichert; sie wird für Dateien mit dieser Kopfzeile angeboten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the column holding the date (start date) first.</source>
        <translation>Wählen Sie zuerst die Spalte mit dem Datum (Anfangsdatum).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n rows read…</source>
        <translation>
            <numerusform>%n Zeile gelesen…</numerusform>
            <numerusform>%n Zeilen gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n events imported.</source>
        <translation>
            <numerusform>%n Ereignis importiert.</numerusform>
            <numerusform>%n Ereignisse importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bad rows skipped: </source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen: </numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/i18n/LanguageMenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when Crisis Timeline starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Crisis Timeline.</translation>
    </message>
</context>
<context>
    <name>ct::ui::MainActions</name>
    <message>
        <location filename="../../ui/window/MainActions.cpp" line="+20"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Server Story…</source>
        <translation>&amp;Server-Story öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take O&amp;ffline Copy…</source>
        <translation>O&amp;ffline-Kopie anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the server story into a file to work on without the network</source>
        <translation>Die Server-Story in eine Datei kopieren, um ohne Netz zu arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bring Changes Back</source>
        <translation>Änderungen &amp;zurückbringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the changes made in this offline copy to its server story</source>
        <translation>Die Änderungen dieser Offline-Kopie in ihre Server-Story übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish to Server…</source>
        <translation>Auf Server &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this story to a PostgreSQL server, where the team can work on it</source>
        <translation>Diese Story auf einen PostgreSQL-Server kopieren, wo das Team daran arbeiten kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyst &amp;Name…</source>
        <translation>&amp;Name des Analysten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name a server story records with your imports and edits</source>
        <translation>Der Name, den eine Server-Story bei Ihren Importen und Änderungen festhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Articles…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Table…</source>
        <translation>&amp;Tabelle importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import event data: ACLED, GDELT, TimelineJS, Timeline or any CSV/TSV</source>
        <translation>Ereignisdaten importieren: ACLED, GDELT, TimelineJS, Timeline oder beliebiges CSV/TSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export E&amp;vents…</source>
        <translation>Er&amp;eignisse exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the filtered events as iCalendar, TimelineJS, Timeline, CSV or JSON</source>
        <translation>Die gefilterten Ereignisse als iCalendar, TimelineJS, Timeline, CSV oder JSON schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from &amp;URL…</source>
        <translation>Von &amp;URL importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch articles from web addresses and import them</source>
        <translation>Artikel von Webadressen abrufen und importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the timeline as a PNG, SVG or PDF file</source>
        <translation>Die Zeitleiste als PNG-, SVG- oder PDF-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Image</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the timeline as it is shown to the clipboard, as a picture</source>
        <translation>Die Zeitleiste, wie sie gezeigt wird, als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste as &amp;Article</source>
        <translation>Als &amp;Artikel einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the web page or text on the clipboard as an article</source>
        <translation>Die Webseite oder den Text in der Zwischenablage als Artikel importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Event…</source>
        <translation>Ereignis &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Event…</source>
        <translation>Ereignis &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Publication Date…</source>
        <translation>&amp;Veröffentlichungsdatum ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split Report…</source>
        <translation>Bericht ab&amp;trennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One report of this event tells of another happening: make it an event of its own</source>
        <translation>Ein Bericht zu diesem Ereignis handelt von einem anderen Geschehen: ein eigenes Ereignis daraus machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Events</source>
        <translation>Ereignisse &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected events are one happening: keep one event with all their reports</source>
        <translation>Die ausgewählten Ereignisse sind ein und dasselbe Geschehen: ein Ereignis mit allen ihren Berichten behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Not the Same</source>
        <translation>Als &amp;nicht identisch markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two selected events are different happenings: never merge them on import</source>
        <translation>Die beiden ausgewählten Ereignisse sind verschiedene Geschehen: beim Import nie zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose Date…</source>
        <translation>&amp;Datum wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reports disagree on the date: pick the report to follow</source>
        <translation>Die Berichte nennen unterschiedliche Daten: den maßgeblichen Bericht wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Selection</source>
        <translation>Aus&amp;wahl zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Lanes</source>
        <translation>Keine Spuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by Actor</source>
        <translation>Spuren nach Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by Place</source>
        <translation>Spuren nach Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by Article</source>
        <translation>Spuren nach Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by First Actor Only</source>
        <translation>Spuren nur nach erstem Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by First Place Only</source>
        <translation>Spuren nur nach erstem Ort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Farbschema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>ct::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+51"/>
        <location line="+207"/>
        <location line="+63"/>
        <source>Crisis Timeline</source>
        <translation>Krisen-Zeitleiste</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindowDocks.cpp" line="+38"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/MainWindow.cpp" line="+101"/>
        <source>%n event(s), loading the details…</source>
        <translation>
            <numerusform>%n Ereignis, Details werden geladen…</numerusform>
            <numerusform>%n Ereignisse, Details werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 von %n Ereignis gezeigt</numerusform>
            <numerusform>%1 von %n Ereignissen gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — Crisis Timeline</source>
        <translation>%1 — Krisen-Zeitleiste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not create the database: %1</source>
        <translation>Datenbank konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::OfflineController</name>
    <message>
        <location filename="../../ui/window/OfflineController.cpp" line="+26"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Take Offline Copy</source>
        <translation>Offline-Kopie anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline databases (*.ctl *.sqlite *.db)</source>
        <translation>Zeitleisten-Datenbanken (*.ctl *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Taking an offline copy…</source>
        <translation>Offline-Kopie wird angelegt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not take an offline copy: %1</source>
        <translation>Offline-Kopie konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline copy of %1 events taken; bring your changes back with File ▸ Bring Changes Back.</source>
        <translation>Offline-Kopie mit %1 Ereignissen angelegt; Ihre Änderungen bringt Datei ▸ Änderungen zurückbringen zurück.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bringing changes back to the server…</source>
        <translation>Änderungen werden zum Server zurückgebracht…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was brought back: %1</source>
        <translation>Nichts wurde zurückgebracht: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Brought back: %1 changes applied, %2 conflicts (%3 kept the server&apos;s version), %4 not brought back.</source>
        <translation>Zurückgebracht: %1 Änderungen übernommen, %2 Konflikte (%3 mit der Server-Fassung), %4 nicht zurückgebracht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not brought back:
%1</source>
        <translation>Nicht zurückgebracht:
%1</translation>
    </message>
</context>
<context>
    <name>ct::ui::OverviewStrip</name>
    <message>
        <location filename="../../ui/timeline/OverviewStrip.cpp" line="+13"/>
        <source>Timeline overview</source>
        <translation>Übersicht der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>ct::ui::PublishController</name>
    <message>
        <location filename="../../ui/window/PublishController.cpp" line="+54"/>
        <location line="+27"/>
        <source>Publish to Server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Publishing %1 to %2…</source>
        <translation>%1 wird auf %2 veröffentlicht…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publishing to %1…</source>
        <translation>Wird auf %1 veröffentlicht…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not publish the story to %1: %2</source>
        <translation>Die Story konnte nicht auf %1 veröffentlicht werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the Server Story?</source>
        <translation>Server-Story ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 already holds a story (%n event(s)). Replace it with this one? Everything on the server is deleted, also what colleagues added.</source>
        <translation>
            <numerusform>%1 enthält bereits eine Story (%n Ereignis). Durch diese ersetzen? Alles auf dem Server wird gelöscht, auch was Kollegen hinzugefügt haben.</numerusform>
            <numerusform>%1 enthält bereits eine Story (%n Ereignisse). Durch diese ersetzen? Alles auf dem Server wird gelöscht, auch was Kollegen hinzugefügt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Published %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis auf %1 veröffentlicht.</numerusform>
            <numerusform>%n Ereignisse auf %1 veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The story is on %1 now. Open the server story in this window?</source>
        <translation>Die Story liegt jetzt auf %1. Die Server-Story in diesem Fenster öffnen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open the server story: %1</source>
        <translation>Server-Story konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::PublishJob</name>
    <message>
        <location filename="../../ui/document/PublishJob.cpp" line="+39"/>
        <source>Could not read the story: %1</source>
        <translation>Die Story konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::ReportList</name>
    <message>
        <location filename="../../ui/panes/ReportList.cpp" line="+28"/>
        <source>&amp;Use This Date</source>
        <translation>Dieses Datum &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split Report Out…</source>
        <translation>Bericht ab&amp;trennen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date words</source>
        <translation>Datumsangabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gives</source>
        <translation>Ergibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports of the event</source>
        <translation>Berichte zum Ereignis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the event the date this report gives (undoable)</source>
        <translation>Dem Ereignis das Datum aus diesem Bericht geben (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report tells of another happening: make it an event of its own</source>
        <translation>Dieser Bericht handelt von einem anderen Geschehen: ein eigenes Ereignis daraus machen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(added by hand)</source>
        <translation>(von Hand hinzugefügt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 says %2</source>
        <translation>%1 nennt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports disagree on the date: %1. Pick a report and Use This Date.</source>
        <translation>Die Berichte nennen unterschiedliche Daten: %1. Wählen Sie einen Bericht und dann „Dieses Datum übernehmen“.</translation>
    </message>
</context>
<context>
    <name>ct::ui::ServerStoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/ServerStoryDialog.cpp" line="+63"/>
        <source>&amp;Remember the password in the keyring</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Server Story</source>
        <translation>Server-Story öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no keyring support: the password is asked each time.</source>
        <translation>Diese Version unterstützt keinen Schlüsselbund: das Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>ct::ui::StoryController</name>
    <message>
        <location filename="../../ui/window/StoryController.cpp" line="+68"/>
        <source>Split Report</source>
        <translation>Bericht abtrennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which report tells of another happening?</source>
        <translation>Welcher Bericht handelt von einem anderen Geschehen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose Date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reports disagree. Which report gives the right date?</source>
        <translation>Die Berichte widersprechen sich. Welcher Bericht nennt das richtige Datum?</translation>
    </message>
</context>
<context>
    <name>ct::ui::TableImportWorker</name>
    <message>
        <location filename="../../ui/dialogs/TableImportWorker.cpp" line="+37"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ct::ui::TablePreviewModel</name>
    <message>
        <location filename="../../ui/dialogs/TablePreviewModel.cpp" line="+49"/>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source / URL</source>
        <translation>Quelle / URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate (fuzzy)</source>
        <translation>Schätzung (ungefähr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row id</source>
        <translation>Zeilen-ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::TeamController</name>
    <message>
        <location filename="../../ui/window/TeamController.cpp" line="+24"/>
        <source>Server not reachable — read-only, reconnecting…</source>
        <translation>Server nicht erreichbar – schreibgeschützt, Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Could not open the server story: %1</source>
        <translation>Server-Story konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kept the other analyst&apos;s version.</source>
        <translation>Die Version des anderen Analysten wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Analyst Name</source>
        <translation>Name des Analysten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as a server story records it with your imports and edits.
Leave it empty to use the server account&apos;s name.</source>
        <translation>Ihr Name, wie eine Server-Story ihn bei Ihren Importen und Änderungen festhält.
Leer lassen, um den Namen des Serverkontos zu verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your imports and edits are recorded as %1.</source>
        <translation>Ihre Importe und Änderungen werden als %1 festgehalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server is back: the story is up to date.</source>
        <translation>Der Server ist wieder erreichbar: die Story ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated with a colleague&apos;s changes.</source>
        <translation>Mit Änderungen aus dem Team aktualisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated with changes by %1.</source>
        <translation>Mit Änderungen von %1 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>ct::ui::Timeline</name>
    <message>
        <location filename="../../ui/timeline/TimelineFrameLayout.cpp" line="+18"/>
        <location line="+3"/>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/FrameChrome.cpp" line="+44"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>← %1 earlier</source>
        <translation>← %1 früher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 later →</source>
        <translation>%1 später →</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/TimelineLaneNames.h" line="+49"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No actor named</source>
        <translation>Kein Akteur genannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No place named</source>
        <translation>Kein Ort genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineDocument</name>
    <message>
        <location filename="../../ui/document/TimelineDocument.cpp" line="+26"/>
        <source>The bundled gazetteer is missing: %1</source>
        <translation>Das mitgelieferte Namensverzeichnis fehlt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/TimelineDocumentConnection.cpp" line="+58"/>
        <source>“%1” was changed by someone else and is gone.</source>
        <translation>„%1“ wurde von jemand anderem geändert und existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is not reachable (%1). The story stays as shown, read-only, until the connection is back.</source>
        <translation>Der Server ist nicht erreichbar (%1). Die Story bleibt wie angezeigt und schreibgeschützt, bis die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location filename="../../ui/document/TimelineDocumentEdits.cpp" line="+22"/>
        <source>The server is not reachable: the story is read-only until it is back.</source>
        <translation>Der Server ist nicht erreichbar: die Story ist schreibgeschützt, bis er wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Merge %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis zusammenführen</numerusform>
            <numerusform>%n Ereignisse zusammenführen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelinePlaceholder</name>
    <message>
        <location filename="../../ui/window/TimelinePlaceholder.cpp" line="+48"/>
        <source>No events to show</source>
        <translation>Keine Ereignisse zu zeigen</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineRenderer</name>
    <message>
        <location filename="../../ui/timeline/TimelineRenderer.cpp" line="+157"/>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No events in this period</source>
        <translation>Keine Ereignisse in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Lanes %1–%2 of %3</source>
        <translation>Spuren %1–%2 von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/TimelineLegendPainter.cpp" line="+45"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiteres</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>exact date</source>
        <translation>genaues Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approximate date</source>
        <translation>ungefähres Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>outlets reporting it</source>
        <translation>berichtende Medien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reports disagree on the date</source>
        <translation>Berichte widersprechen sich beim Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one event, in each of its places&apos; lanes</source>
        <translation>ein Ereignis, in der Spur jedes seiner Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one event, in each of its actors&apos; lanes</source>
        <translation>ein Ereignis, in der Spur jedes seiner Akteure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grouped events</source>
        <translation>gruppierte Ereignisse</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineToolTip</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/TimelineToolTip.cpp" line="+10"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Click to zoom in</source>
        <translation>Klicken zum Vergrößern</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n event(s) before this view</source>
        <translation>
            <numerusform>%n Ereignis vor dieser Ansicht</numerusform>
            <numerusform>%n Ereignisse vor dieser Ansicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or Ctrl+← to go there</source>
        <translation>Klicken oder Ctrl+←, um dorthin zu gehen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) after this view</source>
        <translation>
            <numerusform>%n Ereignis nach dieser Ansicht</numerusform>
            <numerusform>%n Ereignisse nach dieser Ansicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or Ctrl+→ to go there</source>
        <translation>Klicken oder Ctrl+→, um dorthin zu gehen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, uncertain</source>
        <translation>%1, unsicher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actor: %1</source>
        <translation>Akteur: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reported by %n outlet(s)</source>
        <translation>
            <numerusform>Berichtet von %n Medium</numerusform>
            <numerusform>Berichtet von %n Medien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports disagree on the date</source>
        <translation>Die Berichte widersprechen sich beim Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by you</source>
        <translation>Von Ihnen bearbeitet</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineView</name>
    <message>
        <location filename="../../ui/timeline/TimelineView.cpp" line="+28"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>ct::ui::UrlFetcher</name>
    <message numerus="yes">
        <location filename="../../ui/net/UrlFetcher.cpp" line="+16"/>
        <source>timed out after %n second(s)</source>
        <translation>
            <numerusform>Zeitüberschreitung nach %n Sekunde</numerusform>
            <numerusform>Zeitüberschreitung nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a web address (only http:// and https:// are fetched)</source>
        <translation>keine Webadresse (nur http:// und https:// werden abgerufen)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>too large: %1 bytes, over the limit of %2 MiB</source>
        <translation>zu groß: %1 Bytes, über der Grenze von %2 MiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an article (content type %1)</source>
        <translation>kein Artikel (Inhaltstyp %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too large: over the limit of %1 MiB</source>
        <translation>zu groß: über der Grenze von %1 MiB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTTP error %1 %2</source>
        <translation>HTTP-Fehler %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects (more than %1)</source>
        <translation>zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent an empty page</source>
        <translation>der Server hat eine leere Seite geschickt</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>Использование: crisis-timeline [БАЗА]
               crisis-timeline КОМАНДА [ПАРАМЕТРЫ]

Без команды открывает окно хронологии с базой БАЗА (по умолчанию — последняя
использованная, а при первом запуске — новая база с прилагаемым примером).

Команды (дисплей не нужен): %1
crisis-timeline КОМАНДА --help показывает параметры команды.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>crisis-timeline: unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>crisis-timeline: неизвестная команда «%1»; возможно, имелась в виду «%2»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline: unknown command &apos;%1&apos;; see &apos;crisis-timeline --help&apos;</source>
        <translation>crisis-timeline: неизвестная команда «%1»; см. «crisis-timeline --help»</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>crisis-timeline: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); for the command line see &apos;crisis-timeline --help&apos;</source>
        <translation>crisis-timeline: нет дисплея, чтобы открыть окно (не заданы ни DISPLAY, ни WAYLAND_DISPLAY); о командной строке см. «crisis-timeline --help»</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+26"/>
        <source>Crisis Timeline</source>
        <translation>Хронология кризиса</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline of the events in news articles. Run &apos;crisis-timeline --help&apos; without a display for the command-line tools.</source>
        <translation>Хронология событий из новостных статей. «crisis-timeline --help» покажет команды, работающие без дисплея.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline database to open (default: the last one used).</source>
        <translation>База данных хронологии (по умолчанию — последняя использованная).</translation>
    </message>
</context>
<context>
    <name>ct::cli</name>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+63"/>
        <location filename="../../app/cli/OfflineCommand.cpp" line="+32"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliContext.cpp" line="+14"/>
        <source>The story: a SQLite file, or a PostgreSQL server story (postgresql://user@host/db or a libpq connection string).</source>
        <translation>Сюжет: файл SQLite или сюжет на сервере PostgreSQL (postgresql://user@host/db или строка подключения libpq).</translation>
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
        <translation>crisis-timeline %1: нужен параметр --db ФАЙЛ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record NAME as who imported (on a server story; default: $CT_ANALYST, else the server role).</source>
        <translation>Записывать NAME как автора импорта (в истории на сервере; по умолчанию: $CT_ANALYST, иначе роль на сервере).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 %2: not a date, use YYYY-MM-DD</source>
        <translation>--%1 %2: не дата, используйте ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/EventsCommand.cpp" line="+24"/>
        <source>Prints the events in the database as CSV (RFC 4180) or JSON, ordered by date.</source>
        <translation>Выводит события из базы в формате CSV (RFC 4180) или JSON, по порядку дат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events overlapping this day or later.</source>
        <translation>Только события в этот день или позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events overlapping this day or earlier.</source>
        <translation>Только события в этот день или раньше.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-text search in titles and sentences.</source>
        <translation>Полнотекстовый поиск по заголовкам и предложениям.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+69"/>
        <location line="+15"/>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+2"/>
        <source>Only events naming this actor.</source>
        <translation>Только события с этим участником.</translation>
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
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location filename="../../app/cli/EventsCommand.cpp" line="+0"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+0"/>
        <source>Only events naming this place.</source>
        <translation>Только события в этом месте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv (default), json, ics (iCalendar), timelinejs (TimelineJS JSON) or timeline (the Timeline program&apos;s XML).</source>
        <translation>csv (по умолчанию), json, ics (iCalendar), timelinejs (JSON для TimelineJS) или timeline (XML программы Timeline).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TimelineJS groups / Timeline categories: none, actor, place or article.</source>
        <translation>Группы TimelineJS / категории Timeline: none, actor, place или article.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANES</source>
        <translation>ДОРОЖКИ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events reported by at least N distinct outlets.</source>
        <translation>Только события, о которых сообщили не менее N разных изданий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One CSV row per report (each article sentence or data set row telling of an event) instead of one per event.</source>
        <translation>Одна строка CSV на каждое сообщение (предложение статьи или строку набора данных, сообщающие о событии) вместо одной на событие.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>crisis-timeline events: --format %1: use csv, json, ics, timelinejs or timeline</source>
        <translation>crisis-timeline events: --format %1: используйте csv, json, ics, timelinejs или timeline</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>crisis-timeline events: --group %1: use none, actor, place or article</source>
        <translation>crisis-timeline events: --group %1: используйте none, actor, place или article</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>crisis-timeline events: --min-sources %1: give a whole number of at least 1</source>
        <translation>crisis-timeline events: --min-sources %1: укажите целое число не меньше 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>crisis-timeline events: --reports gives CSV; JSON has each event&apos;s reports in its &quot;sources&quot; array</source>
        <translation>crisis-timeline events: --reports выводит CSV; в JSON сообщения о каждом событии находятся в его массиве &quot;sources&quot;</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="-45"/>
        <source>Writes the timeline as an image: PNG, SVG or PDF, chosen by the extension of --out. The database is only read.</source>
        <translation>Сохраняет хронологию как изображение: PNG, SVG или PDF, по расширению --out. База данных только читается.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to write: .png, .svg or .pdf.</source>
        <translation>Файл изображения: .png, .svg или .pdf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in pixels (PNG, SVG); default %1.</source>
        <translation>Ширина в пикселях (PNG, SVG); по умолчанию %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>PX</source>
        <translation>ПИКС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height in pixels (PNG, SVG); default: as tall as the lanes need.</source>
        <translation>Высота в пикселях (PNG, SVG); по умолчанию — сколько нужно дорожкам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG pixels per pixel, e.g. 2 or 3 for print; the image is width×scale wide.</source>
        <translation>Пикселей PNG на пиксель, например 2 или 3 для печати; ширина изображения — ширина×масштаб.</translation>
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
        <translation>Первый показанный день; по умолчанию — первое событие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day shown; default: the last event.</source>
        <translation>Последний показанный день; по умолчанию — последнее событие.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One lane per actor, place or article, or none; an event with several actors (places) is in each one&apos;s lane, unless actor-first (place-first) is given.</source>
        <translation>Одна дорожка на участника, место или статью либо без дорожек; событие с несколькими участниками (местами) показывается на дорожке каждого из них, если не указано actor-first (place-first).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A title above the timeline.</source>
        <translation>Заголовок над хронологией.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours.</source>
        <translation>Цвета.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF page: %1.</source>
        <translation>Страница PDF: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF page orientation.</source>
        <translation>Ориентация страницы PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF: split the range across N pages; 1 (default) fits it on one.</source>
        <translation>PDF: разбить период на N страниц; 1 (по умолчанию) — уместить на одной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events whose title or sentence match (full-text).</source>
        <translation>Только события, у которых совпадает заголовок или предложение (полнотекстовый поиск).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave out the legend of lanes.</source>
        <translation>Без легенды дорожек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the time axis.</source>
        <translation>Без оси времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the footer citing the articles.</source>
        <translation>Без нижней строки со ссылками на статьи.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--out PATH is required (.png, .svg or .pdf)</source>
        <translation>нужен параметр --out ПУТЬ (.png, .svg или .pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no file extension to tell the image format; use .png, .svg or .pdf</source>
        <translation>%1: нет расширения, по которому понятен формат; используйте .png, .svg или .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown image format “.%2”; use .png, .svg or .pdf</source>
        <translation>%1: неизвестный формат изображения «.%2»; используйте .png, .svg или .pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--width %1: not a number of pixels</source>
        <translation>--width %1: не число пикселей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--height %1: not a number of pixels</source>
        <translation>--height %1: не число пикселей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--pages %1: not a number of pages</source>
        <translation>--pages %1: не число страниц</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--scale %1: not a number</source>
        <translation>--scale %1: не число</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lanes %1: use none, actor, actor-first, place, place-first or article</source>
        <translation>--lanes %1: используйте none, actor, actor-first, place, place-first или article</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--theme %1: use light or dark</source>
        <translation>--theme %1: используйте light или dark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--page-size %1: use one of %2</source>
        <translation>--page-size %1: используйте одно из: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--orientation %1: use landscape or portrait</source>
        <translation>--orientation %1: используйте landscape или portrait</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 раньше, чем --from %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>crisis-timeline export: warning: no events to show in %1</source>
        <translation>crisis-timeline export: предупреждение: в %1 нет событий для показа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 event(s)</source>
        <translation>%1: событий: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/GenerateCommand.cpp" line="+23"/>
        <source>Writes synthetic events (30 years with bursts, many actors and places, mixed precisions) into the database (a file or a server story), for trying out and benchmarking large timelines. The same seed gives the same events.</source>
        <translation>Записывает в базу (файл или сюжет на сервере) синтетические события (30 лет со всплесками, много участников и мест, разная точность), чтобы испытать большие хронологии и измерить скорость. Одно и то же начальное значение даёт те же события.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many events.</source>
        <translation>Сколько событий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>crisis-timeline generate: --events N is required, 1 to 100000000</source>
        <translation>crisis-timeline generate: нужен параметр --events N, от 1 до 100000000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline generate: --seed %1: not a number</source>
        <translation>crisis-timeline generate: --seed %1: не число</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 events written in %3 s (seed %4)</source>
        <translation>%1: записано событий: %2 за %3 с (начальное значение %4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="-4"/>
        <source>Publication date of the articles, when the text does not carry one.</source>
        <translation>Дата публикации статей, если в тексте её нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this gazetteer (TSV) instead of the bundled one.</source>
        <translation>Использовать этот справочник названий (TSV) вместо встроенного.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Imports news articles (text, web pages, PDF, Word, OpenDocument and e-mail files, folders of them, or http(s):// URLs) into the database; each article is stored whole or not at all, and each event found joins the stored event it reports, if any. The database is created if missing.</source>
        <translation>Импортирует новостные статьи (текст, веб-страницы, файлы PDF, Word, OpenDocument и электронной почты, папки с ними или адреса http(s)://) в базу данных; каждая статья сохраняется целиком или не сохраняется вовсе, а каждое найденное событие присоединяется к уже сохранённому событию, о котором оно сообщает, если такое есть. Если базы данных нет, она создаётся.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ARTICLE...</source>
        <translation>СТАТЬЯ...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article files, folders or URLs.</source>
        <translation>Файлы статей, папки или URL-адреса.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crisis-timeline import: name at least one article file</source>
        <translation>crisis-timeline import: укажите хотя бы один файл статьи</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+20"/>
        <source>%1: error: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: duplicate, already stored as article %2</source>
        <translation>%1: дубликат, уже сохранена как статья %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %n event(s), published %2, article %3</source>
        <translation>%1: событий: %n, опубликована %2, статья %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%n article(s): one per story)</source>
        <translation> (статей: %n — по одной на сюжет)</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportTableCommand.cpp" line="-27"/>
        <source>Imports event data (CSV/TSV, TimelineJS JSON, Timeline .timeline) as events, each with its row as the report. The whole file is one transaction: an error leaves the database as it was.

SPEC maps columns to roles: ROLE=COLUMN[+COLUMN…],… with the roles start, end, title, description, actors, places, source, precision, fuzzy, id; columns by header name or 1-based number; sep=; splits actor/place lists (comma, semicolon, pipe by name); dates=iso|day-month-name|month-name-day|day-first|month-first|compact|year fixes the date format (detected otherwise). Example: start=event_date,title=event_type,actors=actor1+actor2,description=notes,dates=day-first</source>
        <translation>Импортирует данные о событиях (CSV/TSV, JSON TimelineJS, .timeline программы Timeline) как события, каждое со своей строкой в качестве сообщения. Весь файл — одна транзакция: при ошибке база данных остаётся прежней.

SPEC сопоставляет столбцы ролям: ROLE=COLUMN[+COLUMN…],… с ролями start, end, title, description, actors, places, source, precision, fuzzy, id; столбцы указываются по имени в заголовке или по номеру начиная с 1; sep=; разделяет списки участников и мест (comma, semicolon, pipe по имени); dates=iso|day-month-name|month-name-day|day-first|month-first|compact|year задаёт формат дат (иначе он определяется автоматически). Пример: start=event_date,title=event_type,actors=actor1+actor2,description=notes,dates=day-first</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data set: .csv, .tsv, .json or .timeline.</source>
        <translation>Набор данных: .csv, .tsv, .json или .timeline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s layout: %1 (detected from the header otherwise).</source>
        <translation>Структура файла: %1 (иначе определяется по заголовку).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which column plays which role (see above).</source>
        <translation>Какой столбец какую роль играет (см. выше).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skip (default): bad rows are reported and left out; stop: the first bad row stops the import, nothing is kept.</source>
        <translation>skip (по умолчанию): ошибочные строки перечисляются и пропускаются; stop: первая ошибочная строка останавливает импорт, ничего не сохраняется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data set&apos;s name, shown as the reports&apos; source (default: the preset&apos;s, or the file&apos;s name).</source>
        <translation>Название набора данных, показываемое как источник сообщений (по умолчанию — название шаблона или имя файла).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one FILE to import</source>
        <translation>укажите ровно один файл (FILE) для импорта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on-error %1: use skip or stop</source>
        <translation>--on-error %1: используйте skip или stop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--preset %1: use one of %2</source>
        <translation>--preset %1: используйте одно из: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: … and %2 more bad rows</source>
        <translation>%1: … и ещё ошибочных строк: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 events imported, %3 bad rows skipped%4 (%5 s)</source>
        <translation>%1: импортировано событий: %2, пропущено ошибочных строк: %3%4 (%5 с)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="-9"/>
        <source>Copies a story whole between a SQLite file and a PostgreSQL server story (either way): articles, events, reports, story decisions, chosen dates, user edits, who and when. One transaction on the target.</source>
        <translation>Копирует сюжет целиком между файлом SQLite и сюжетом на сервере PostgreSQL (в любую сторону): статьи, события, сообщения, решения по сюжету, выбранные даты, правки пользователей, кто и когда. Одна транзакция в месте назначения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The story to copy: a SQLite file or a server location (postgresql://user@host/db or a libpq connection string).</source>
        <translation>Копируемый сюжет: файл SQLite или адрес на сервере (postgresql://user@host/db или строка подключения libpq).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to copy it (created if needed).</source>
        <translation>Куда копировать (создаётся при необходимости).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the story the target already holds.</source>
        <translation>Заменить сюжет, который уже есть в месте назначения.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>crisis-timeline copy: --from and --to are required</source>
        <translation>crisis-timeline copy: нужны параметры --from и --to</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied %1 articles and %2 events to %3</source>
        <translation>Скопировано в %3: статей — %1, событий — %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/OfflineCommand.cpp" line="-10"/>
        <source>Takes an offline copy of a server story into a SQLite file, to work on without the network. Bring the changes back with: crisis-timeline sync --db FILE</source>
        <translation>Создаёт офлайн-копию серверной истории в файле SQLite для работы без сети. Вернуть изменения: crisis-timeline sync --db ФАЙЛ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server story (postgresql://user@host/db or a libpq connection string).</source>
        <translation>Серверная история (postgresql://user@host/db или строка подключения libpq).</translation>
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
        <translation>Создаваемый файл SQLite (его исходное состояние хранится рядом как ФАЙЛ.base).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the story the file already holds.</source>
        <translation>Заменить историю, которая уже есть в файле.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>crisis-timeline offline: --from and --to are required</source>
        <translation>crisis-timeline offline: нужны --from и --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline offline: --from must be a server story; copy a SQLite file with crisis-timeline copy</source>
        <translation>crisis-timeline offline: --from должен быть серверной историей; файл SQLite копирует crisis-timeline copy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Took an offline copy of %1 (%2 events) into %3</source>
        <translation>Офлайн-копия %1 (событий: %2) сохранена в %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/SyncCommand.cpp" line="-44"/>
        <location line="+21"/>
        <source>deleted</source>
        <translation>удалили</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>merged</source>
        <translation>объединили</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split</source>
        <translation>разделили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>изменили</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict: event #%1: you %2 it; on the server it was changed since the copy (version %3, now %4)</source>
        <translation>Конфликт: событие №%1: вы его %2; на сервере оно изменено после копирования (версия %3, теперь %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  yours:  %1</source>
        <translation>  ваше:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  theirs: %1</source>
        <translation>  их:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by %1 at %2</source>
        <translation> — %1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brings the changes made in an offline copy back to its server story, in one transaction. An event a colleague changed since the copy is a conflict: without --mine or --theirs nothing is applied and the exit status is 3.</source>
        <translation>Возвращает изменения, сделанные в офлайн-копии, в её серверную историю одной транзакцией. Событие, которое коллега изменил после копирования, — конфликт: без --mine или --theirs ничего не применяется, код выхода 3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server story to bring the changes to (default: the one the copy was taken of).</source>
        <translation>Серверная история, в которую вернуть изменения (по умолчанию та, с которой снята копия).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a conflict, your change wins over the colleague&apos;s.</source>
        <translation>При конфликте ваше изменение заменяет изменение коллеги.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a conflict, keep the colleague&apos;s version and drop your change to that event.</source>
        <translation>При конфликте сохранить версию коллеги и отбросить ваше изменение этого события.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>crisis-timeline sync: --db FILE (an offline copy) is required</source>
        <translation>crisis-timeline sync: нужен --db ФАЙЛ (офлайн-копия)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crisis-timeline sync: --mine and --theirs exclude each other</source>
        <translation>crisis-timeline sync: --mine и --theirs исключают друг друга</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was applied: %1</source>
        <translation>Ничего не применено: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not brought back: %1</source>
        <translation>Не возвращено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was applied: conflicts undecided: %1. Run again with --mine or --theirs to decide them.</source>
        <translation>Ничего не применено: нерешённых конфликтов: %1. Запустите снова с --mine или --theirs, чтобы их решить.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applied to %1: %2 articles imported (%3 already there), %4 events added, %5 edited, %6 deleted, %7 merged, %8 split, %9 decisions</source>
        <translation>Применено в %1: статей импортировано: %2 (уже были: %3), событий добавлено: %4, изменено: %5, удалено: %6, объединено: %7, разделено: %8, решений: %9</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept the server&apos;s version of %1 events</source>
        <translation>Сохранена серверная версия событий: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::AxisLabels</name>
    <message>
        <location filename="../../ui/timeline/AxisLabels.cpp" line="+62"/>
        <source>%1s</source>
        <comment>a decade, as in 1990s</comment>
        <translation>%1-е</translation>
    </message>
</context>
<context>
    <name>ct::ui::Commands</name>
    <message>
        <location filename="../../ui/commands/AddEventCommand.cpp" line="+13"/>
        <source>Add “%1”</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/ChangePublicationDateCommand.cpp" line="+14"/>
        <source>Change publication date to %1</source>
        <translation>Смена даты публикации на %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/DeleteEventCommand.cpp" line="+13"/>
        <source>Delete “%1”</source>
        <translation>Удаление «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n events</source>
        <translation>
            <numerusform>Удаление %n события</numerusform>
            <numerusform>Удаление %n событий</numerusform>
            <numerusform>Удаление %n событий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/EditEventCommand.cpp" line="+13"/>
        <source>Edit “%1”</source>
        <translation>Правка «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/RedateEventCommand.cpp" line="+11"/>
        <source>Move event</source>
        <translation>Перемещение события</translation>
    </message>
    <message>
        <location filename="../../ui/commands/ChooseDateCommand.cpp" line="+10"/>
        <source>Choose date</source>
        <translation>Выбор даты</translation>
    </message>
    <message>
        <location filename="../../ui/commands/MarkDistinctCommand.cpp" line="+11"/>
        <source>Mark not the same</source>
        <translation>Пометка событий как разных</translation>
    </message>
    <message>
        <location filename="../../ui/commands/MergeEventsCommand.cpp" line="+10"/>
        <source>Merge events</source>
        <translation>Объединение событий</translation>
    </message>
    <message>
        <location filename="../../ui/commands/SplitReportCommand.cpp" line="+8"/>
        <source>Split report</source>
        <translation>Отделение сообщения</translation>
    </message>
</context>
<context>
    <name>ct::ui::ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/ConflictDialog.cpp" line="+33"/>
        <source>Changed by Someone Else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another analyst</source>
        <translation>другой аналитик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed “%2” after you opened it. Which version should stay?</source>
        <translation>Событие «%2» изменено после того, как вы его открыли (автор изменений: %1). Какую версию оставить?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Другая версия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Оставить другую версию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Заменить своей версией</translation>
    </message>
</context>
<context>
    <name>ct::ui::DatabaseController</name>
    <message>
        <location filename="../../ui/window/DatabaseController.cpp" line="+38"/>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline databases (*.ctl *.sqlite *.db)</source>
        <translation>Базы данных хронологии (*.ctl *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not replace %1.</source>
        <translation>Не удалось заменить %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create %1: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline databases (*.ctl *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных хронологии (*.ctl *.sqlite *.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ct::ui::DateText</name>
    <message>
        <location filename="../../ui/models/DateText.cpp" line="+27"/>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Range</source>
        <translation>Период</translation>
    </message>
</context>
<context>
    <name>ct::ui::DetailsPane</name>
    <message>
        <location filename="../../ui/panes/DetailsPane.cpp" line="+46"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved:</source>
        <translation>Как определена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places:</source>
        <translation>Места:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an event to see the sentence it comes from.</source>
        <translation>Выберите событие, чтобы увидеть предложение, из которого оно взято.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports, earliest first:</source>
        <translation>Сообщения, сначала ранние:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No event selected</source>
        <translation>Событие не выбрано</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(estimate)</source>
        <translation>(оценка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the reports disagree)</source>
        <translation>(сообщения расходятся)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edited by %1 at %2</source>
        <translation>Изменено пользователем %1, %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Imported by %1 at %2</source>
        <translation>Импортировано пользователем %1, %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>set by hand</source>
        <translation>задана вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (changed by hand)</source>
        <translation>%1 (изменено вручную)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added by hand</source>
        <translation>Добавлено вручную</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Article %1 is missing</source>
        <translation>Статья %1 отсутствует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>published %1</source>
        <translation>опубликована %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from %1</source>
        <translation>из %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::EditController</name>
    <message>
        <location filename="../../ui/window/EditController.cpp" line="+76"/>
        <source>Change Publication Date</source>
        <translation>Изменение даты публикации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events of “%1” are resolved again against the new date. Events you added or edited keep their dates.</source>
        <translation>Даты событий статьи «%1» будут заново определены относительно новой даты. События, которые вы добавили или изменили, сохранят свои даты.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Published:</source>
        <translation>&amp;Опубликована:</translation>
    </message>
</context>
<context>
    <name>ct::ui::EventEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/EventEditDialog.cpp" line="+30"/>
        <source>Ends on</source>
        <translation>Заканчивается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate date</source>
        <translation>Приблизительная дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Event</source>
        <translation>Добавление события</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Event</source>
        <translation>Правка события</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shown as an estimate (≈), never as an exact date</source>
        <translation>Показывается как оценка (≈), а не как точная дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. Vladimir Putin, CSTO</source>
        <translation>Через запятую, например: Владимир Путин, ОДКБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. Kazakhstan, Almaty</source>
        <translation>Через запятую, например: Казахстан, Алматы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Precision:</source>
        <translation>&amp;Точность:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actors:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;laces:</source>
        <translation>&amp;Места:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The end is before the start</source>
        <translation>Конец раньше начала</translation>
    </message>
</context>
<context>
    <name>ct::ui::EventTableModel</name>
    <message>
        <location filename="../../ui/models/EventTableModel.cpp" line="+133"/>
        <location line="+164"/>
        <source>(added by hand)</source>
        <translation>(добавлено вручную)</translation>
    </message>
    <message numerus="yes">
        <location line="-141"/>
        <source>Reported by %n outlet(s) in %1 report(s)</source>
        <translation>
            <numerusform>Сообщило %n издание, сообщений: %1</numerusform>
            <numerusform>Сообщили %n издания, сообщений: %1</numerusform>
            <numerusform>Сообщили %n изданий, сообщений: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First reported</source>
        <translation>Впервые сообщено</translation>
    </message>
</context>
<context>
    <name>ct::ui::ExportController</name>
    <message>
        <location filename="../../ui/window/ExportController.cpp" line="+57"/>
        <source>Exported the timeline to %1</source>
        <translation>Хронология экспортирована в %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unknown format; use .ics, .timelinejs.json, .timeline, .csv or .json</source>
        <translation>%1: неизвестный формат; используйте .ics, .timelinejs.json, .timeline, .csv или .json</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n events to %1</source>
        <translation>
            <numerusform>Экспортировано %n событие в %1</numerusform>
            <numerusform>Экспортировано %n события в %1</numerusform>
            <numerusform>Экспортировано %n событий в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not copy the timeline: the picture is too large.</source>
        <translation>Не удалось скопировать хронологию: изображение слишком велико.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the timeline as a picture (%1 × %2 pixels)</source>
        <translation>Хронология скопирована как изображение (%1 × %2 пикселей)</translation>
    </message>
</context>
<context>
    <name>ct::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExportDialog.cpp" line="+40"/>
        <location line="+175"/>
        <source>Export Image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportDialogControls.cpp" line="+27"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current &amp;view (%1 – %2)</source>
        <translation>Текущий &amp;вид (%1 – %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Whole timeline (%n event(s))</source>
        <translation>
            <numerusform>&amp;Вся хронология (%n событие)</numerusform>
            <numerusform>&amp;Вся хронология (%n события)</numerusform>
            <numerusform>&amp;Вся хронология (%n событий)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No lanes</source>
        <translation>Без дорожек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By actor</source>
        <translation>По участникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By place</source>
        <translation>По местам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By article</source>
        <translation>По статьям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By first actor only</source>
        <translation>Только по первому участнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By first place only</source>
        <translation>Только по первому месту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lanes:</source>
        <translation>&amp;Дорожки:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No title</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;axis</source>
        <translation>&amp;Ось времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;gend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources (articles cited below)</source>
        <translation>&amp;Источники (статьи внизу)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picture (PNG, SVG)</source>
        <translation>Изображение (PNG, SVG)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to the lanes</source>
        <translation>По высоте дорожек</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG pixels per pixel: 2 or 3 for print</source>
        <translation>Пикселей PNG на пиксель: 2 или 3 для печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;idth:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;eight:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale (PNG):</source>
        <translation>&amp;Масштаб (PNG):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page (PDF)</source>
        <translation>Страница (PDF)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit on one page</source>
        <translation>На одной странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pages, split by date</source>
        <translation> стр., по датам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Страницы:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (text stays text)</source>
        <translation>Рисунок SVG (текст остаётся текстом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportDialog.cpp" line="+142"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” does not end in .png, .svg or .pdf.</source>
        <translation>«%1» не оканчивается на .png, .svg или .pdf.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 %2, %n page(s)</source>
        <translation>
            <numerusform>%1, %2, %n страница</numerusform>
            <numerusform>%1, %2, %n страницы</numerusform>
            <numerusform>%1, %2, %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portrait</source>
        <translation>книжная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>landscape</source>
        <translation>альбомная</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) from %1 to %2</source>
        <translation>
            <numerusform>%n событие с %1 по %2</numerusform>
            <numerusform>%n события с %1 по %2</numerusform>
            <numerusform>%n событий с %1 по %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not export: %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::ExportPreview</name>
    <message>
        <location filename="../../ui/dialogs/ExportPreview.cpp" line="+18"/>
        <source>Export preview</source>
        <translation>Предпросмотр экспорта</translation>
    </message>
</context>
<context>
    <name>ct::ui::FilterBar</name>
    <message>
        <location filename="../../ui/panes/FilterBar.cpp" line="+35"/>
        <source>Show events from this day on</source>
        <translation>Показывать события начиная с этого дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show events up to this day</source>
        <translation>Показывать события до этого дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events…</source>
        <translation>Поиск событий…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-text search over titles and source sentences</source>
        <translation>Полнотекстовый поиск по заголовкам и исходным предложениям</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+68"/>
        <source>All actors</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+72"/>
        <source>All places</source>
        <translation>Все места</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events reported by at least this many outlets</source>
        <translation>Показывать только события, о которых сообщило не меньше указанного числа изданий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by at least N outlets</source>
        <translation>Сообщило не менее N изданий</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outlets ≥</source>
        <translation>&amp;Издания ≥</translation>
    </message>
</context>
<context>
    <name>ct::ui::FirstStart</name>
    <message>
        <location filename="../../ui/window/FirstStart.cpp" line="+27"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImageExporter</name>
    <message>
        <location filename="../../ui/export/ImageExporterFiles.cpp" line="+24"/>
        <source>%1: cannot write the image: %2</source>
        <translation>%1: не удаётся записать изображение: %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/ImageExporter.cpp" line="+84"/>
        <source>Article #%1</source>
        <translation>Статья № %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n event(s) entered by hand, without a source article</source>
        <translation>Событий, введённых вручную без исходной статьи: %n</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (page %2 of %3)</source>
        <translation>%1 (страница %2 из %3)</translation>
    </message>
    <message>
        <location filename="../../ui/export/ImageExporterFiles.cpp" line="+40"/>
        <source>Crisis timeline</source>
        <translation>Хронология кризиса</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No events. Made with Crisis Timeline.</source>
        <translation>Событий нет. Создано в Crisis Timeline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One event %1. Made with Crisis Timeline.</source>
        <translation>Одно событие %1. Создано в Crisis Timeline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events %2. Made with Crisis Timeline.</source>
        <translation>Событий: %1, %2. Создано в Crisis Timeline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the range ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the width must be between %1 and %2 pixels</source>
        <translation>ширина должна быть от %1 до %2 пикселей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the height must be between %1 and %2 pixels, or 0 to fit</source>
        <translation>высота должна быть от %1 до %2 пикселей или 0 (по содержимому)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scale must be between %1 and %2</source>
        <translation>масштаб должен быть от %1 до %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the number of pages must be between 1 and %1</source>
        <translation>число страниц должно быть от 1 до %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the font size must be between 6 and 72 pixels</source>
        <translation>размер шрифта должен быть от 6 до 72 пикселей</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no file extension to tell the image format; use .png, .svg or .pdf</source>
        <translation>%1: нет расширения, по которому понятен формат; используйте .png, .svg или .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown image format “.%2”; use .png, .svg or .pdf</source>
        <translation>%1: неизвестный формат изображения «.%2»; используйте .png, .svg или .pdf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the picture is too large to draw (%1 × %2 pixels at scale %3)</source>
        <translation>изображение слишком велико (%1 × %2 пикселей при масштабе %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the image: %1</source>
        <translation>не удаётся записать изображение: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot start the SVG document</source>
        <translation>не удаётся начать документ SVG</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot start the PDF document</source>
        <translation>не удаётся начать документ PDF</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImportController</name>
    <message>
        <location filename="../../ui/window/ImportController.cpp" line="+34"/>
        <source>Open or create a database before importing.</source>
        <translation>Перед импортом откройте или создайте базу данных.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.text *.md *.html *.htm *.xhtml *.mhtml *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Статьи (*.txt *.text *.md *.html *.htm *.xhtml *.mhtml *.pdf *.docx *.odt *.eml);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import from URL</source>
        <translation>Импорт по URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web addresses of articles, one per line:</source>
        <translation>Веб-адреса статей, по одному в строке:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching articles…</source>
        <translation>Загрузка статей…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pasted article.html</source>
        <translation>Вставленная статья.html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted article.txt</source>
        <translation>Вставленная статья.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds no web page or text to import.</source>
        <translation>В буфере обмена нет веб-страницы или текста для импорта.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no files to import there.</source>
        <translation>Там нет файлов для импорта.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Table</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event data (*.csv *.tsv *.txt *.json *.timeline);;All files (*)</source>
        <translation>Данные о событиях (*.csv *.tsv *.txt *.json *.timeline);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/ImportDialog.cpp" line="+46"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date from</source>
        <translation>Источник даты</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check each article&apos;s publication date: weekdays such as “on Thursday” are resolved against it.</source>
        <translation>Проверьте дату публикации каждой статьи: дни недели вроде «в четверг» определяются относительно неё.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+13"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (+1 more story)</source>
        <translation> (+ещё 1 сюжет)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (+%n more stories)</source>
        <translation>
            <numerusform> (+ещё %n сюжет)</numerusform>
            <numerusform> (+ещё %n сюжета)</numerusform>
            <numerusform> (+ещё %n сюжетов)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>suggested: %1 (%2), double-click to use</source>
        <translation>предложено: %1 (%2), дважды щёлкните, чтобы принять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found</source>
        <translation>не найдена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date required</source>
        <translation>Нужна дата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No publication date found in the text</source>
        <translation>В тексте не найдена дата публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found: “%1”</source>
        <translation>Найдено: «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be imported: %1</source>
        <translation>Импорт невозможен: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n file(s) need a publication date.</source>
        <translation>
            <numerusform>%n файлу нужна дата публикации.</numerusform>
            <numerusform>%n файлам нужна дата публикации.</numerusform>
            <numerusform>%n файлам нужна дата публикации.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ImportDialogRun.cpp" line="+38"/>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling after the current file…</source>
        <translation>Отмена после текущего файла…</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Imported: %n article(s), </source>
        <translation>
            <numerusform>Импортировано: %n статья, </numerusform>
            <numerusform>Импортировано: %n статьи, </numerusform>
            <numerusform>Импортировано: %n статей, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported: %n event(s)</source>
        <translation>
            <numerusform>Импортировано: %n событие</numerusform>
            <numerusform>Импортировано: %n события</numerusform>
            <numerusform>Импортировано: %n событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in the database (duplicate), skipped</source>
        <translation>Уже есть в базе (дубликат), пропущено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported (cancelled)</source>
        <translation>Не импортировано (отменено)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>Импортирована %n статья</numerusform>
            <numerusform>Импортировано %n статьи</numerusform>
            <numerusform>Импортировано %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) found</source>
        <translation>
            <numerusform>найдено %n событие</numerusform>
            <numerusform>найдено %n события</numerusform>
            <numerusform>найдено %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>пропущен %n дубликат</numerusform>
            <numerusform>пропущено %n дубликата</numerusform>
            <numerusform>пропущено %n дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the files marked so were not imported.</source>
        <translation>Отменено: отмеченные так файлы не импортированы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ct::ui::ImportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/ImportTableDialog.cpp" line="+42"/>
        <source>Import Table — %1</source>
        <translation>Импорт таблицы — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ACLED export</source>
        <translation>Экспорт ACLED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDELT event file</source>
        <translation>Файл событий GDELT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TimelineJS spreadsheet</source>
        <translation>Таблица TimelineJS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis Timeline export</source>
        <translation>Экспорт «Хронологии кризиса»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline program (.timeline)</source>
        <translation>Программа Timeline (.timeline)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom mapping</source>
        <translation>Своё сопоставление</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As detected</source>
        <translation>Как определено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/01/2022)</source>
        <translation>Сначала день (31/01/2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (01/31/2022)</source>
        <translation>Сначала месяц (01/31/2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip bad rows and list them</source>
        <translation>Пропускать ошибочные строки и перечислять их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the first bad row (nothing is imported)</source>
        <translation>Остановиться на первой ошибочной строке (ничего не импортируется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name to save this mapping under</source>
        <translation>Название, под которым сохранить это сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Структура:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ved mappings:</source>
        <translation>Со&amp;хранённые сопоставления:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start dates:</source>
        <translation>Даты начала:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date order:</source>
        <translation>&amp;Порядок в дате:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bad rows:</source>
        <translation>&amp;Ошибочные строки:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember:</source>
        <translation>Запомнить:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each column means:</source>
        <translation>Что означает каждый столбец:</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Choose the column holding the date (start date).</source>
        <translation>Выберите столбец с датой (датой начала).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No known date format in the start column.</source>
        <translation>В столбце начала нет известного формата даты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read as %1</source>
        <translation>прочитаны как %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved the mapping as &quot;%1&quot;; it is offered for files with this header.</source>
        <translation>Сопоставление сохранено как «%1»; оно будет предлагаться для файлов с таким заголовком.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the column holding the date (start date) first.</source>
        <translation>Сначала выберите столбец с датой (датой начала).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n rows read…</source>
        <translation>
            <numerusform>Прочитана %n строка…</numerusform>
            <numerusform>Прочитано %n строки…</numerusform>
            <numerusform>Прочитано %n строк…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n events imported.</source>
        <translation>
            <numerusform>Импортировано %n событие.</numerusform>
            <numerusform>Импортировано %n события.</numerusform>
            <numerusform>Импортировано %n событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bad rows skipped: </source>
        <translation>
            <numerusform>Пропущена %n ошибочная строка: </numerusform>
            <numerusform>Пропущено %n ошибочные строки: </numerusform>
            <numerusform>Пропущено %n ошибочных строк: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/i18n/LanguageMenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when Crisis Timeline starts again.</source>
        <translation>Новый язык будет применён при следующем запуске Crisis Timeline.</translation>
    </message>
</context>
<context>
    <name>ct::ui::MainActions</name>
    <message>
        <location filename="../../ui/window/MainActions.cpp" line="+20"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Server Story…</source>
        <translation>Открыть сюжет на &amp;сервере…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take O&amp;ffline Copy…</source>
        <translation>О&amp;флайн-копия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the server story into a file to work on without the network</source>
        <translation>Скопировать серверную историю в файл для работы без сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bring Changes Back</source>
        <translation>&amp;Вернуть изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the changes made in this offline copy to its server story</source>
        <translation>Применить изменения этой офлайн-копии к её серверной истории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish to Server…</source>
        <translation>&amp;Опубликовать на сервере…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this story to a PostgreSQL server, where the team can work on it</source>
        <translation>Скопировать эту историю на сервер PostgreSQL, где над ней сможет работать команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyst &amp;Name…</source>
        <translation>&amp;Имя аналитика…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name a server story records with your imports and edits</source>
        <translation>Имя, которое история на сервере записывает при ваших импортах и правках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Импорт статей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Table…</source>
        <translation>Импорт &amp;таблицы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import event data: ACLED, GDELT, TimelineJS, Timeline or any CSV/TSV</source>
        <translation>Импортировать данные о событиях: ACLED, GDELT, TimelineJS, Timeline или любой CSV/TSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export E&amp;vents…</source>
        <translation>Экспорт со&amp;бытий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the filtered events as iCalendar, TimelineJS, Timeline, CSV or JSON</source>
        <translation>Сохранить отфильтрованные события в формате iCalendar, TimelineJS, Timeline, CSV или JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from &amp;URL…</source>
        <translation>Импорт по &amp;URL…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch articles from web addresses and import them</source>
        <translation>Загрузить статьи по веб-адресам и импортировать их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;Экспорт изображения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the timeline as a PNG, SVG or PDF file</source>
        <translation>Сохранить хронологию в файл PNG, SVG или PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Image</source>
        <translation>Копировать &amp;изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the timeline as it is shown to the clipboard, as a picture</source>
        <translation>Скопировать хронологию в буфер обмена как изображение, в том виде, как она показана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste as &amp;Article</source>
        <translation>Вставить как &amp;статью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the web page or text on the clipboard as an article</source>
        <translation>Импортировать веб-страницу или текст из буфера обмена как статью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Изменить событие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Event</source>
        <translation>&amp;Удалить событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Publication Date…</source>
        <translation>Изменить дату &amp;публикации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split Report…</source>
        <translation>О&amp;тделить сообщение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One report of this event tells of another happening: make it an event of its own</source>
        <translation>Одно из сообщений об этом событии говорит о другом происшествии: сделать его отдельным событием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Events</source>
        <translation>Объ&amp;единить события</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected events are one happening: keep one event with all their reports</source>
        <translation>Выбранные события — одно и то же происшествие: оставить одно событие со всеми их сообщениями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Not the Same</source>
        <translation>Отметить как &amp;разные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two selected events are different happenings: never merge them on import</source>
        <translation>Два выбранных события — разные происшествия: никогда не объединять их при импорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose Date…</source>
        <translation>&amp;Выбрать дату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reports disagree on the date: pick the report to follow</source>
        <translation>Сообщения расходятся в дате: выберите, какому сообщению следовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit All</source>
        <translation>Показать &amp;всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Selection</source>
        <translation>Показать в&amp;ыбранное</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Lanes</source>
        <translation>Без дорожек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by Actor</source>
        <translation>Дорожки по участникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by Place</source>
        <translation>Дорожки по местам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by Article</source>
        <translation>Дорожки по статьям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by First Actor Only</source>
        <translation>Дорожки только по первому участнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by First Place Only</source>
        <translation>Дорожки только по первому месту</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>ct::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+51"/>
        <location line="+207"/>
        <location line="+63"/>
        <source>Crisis Timeline</source>
        <translation>Хронология кризиса</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindowDocks.cpp" line="+38"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/MainWindow.cpp" line="+101"/>
        <source>%n event(s), loading the details…</source>
        <translation>
            <numerusform>%n событие, загрузка подробностей…</numerusform>
            <numerusform>%n события, загрузка подробностей…</numerusform>
            <numerusform>%n событий, загрузка подробностей…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading events…</source>
        <translation>Загрузка событий…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n события</numerusform>
            <numerusform>Показано %1 из %n событий</numerusform>
            <numerusform>Показано %1 из %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — Crisis Timeline</source>
        <translation>%1 — Хронология кризиса</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not create the database: %1</source>
        <translation>Не удалось создать базу данных: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::OfflineController</name>
    <message>
        <location filename="../../ui/window/OfflineController.cpp" line="+26"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Take Offline Copy</source>
        <translation>Офлайн-копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline databases (*.ctl *.sqlite *.db)</source>
        <translation>Базы данных хронологии (*.ctl *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Taking an offline copy…</source>
        <translation>Создаётся офлайн-копия…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not take an offline copy: %1</source>
        <translation>Не удалось создать офлайн-копию: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline copy of %1 events taken; bring your changes back with File ▸ Bring Changes Back.</source>
        <translation>Офлайн-копия создана (событий: %1); вернуть изменения: Файл ▸ Вернуть изменения.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bringing changes back to the server…</source>
        <translation>Изменения возвращаются на сервер…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was brought back: %1</source>
        <translation>Ничего не возвращено: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Brought back: %1 changes applied, %2 conflicts (%3 kept the server&apos;s version), %4 not brought back.</source>
        <translation>Возвращено: применено изменений: %1, конфликтов: %2 (сохранена версия сервера: %3), не возвращено: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not brought back:
%1</source>
        <translation>Не возвращено:
%1</translation>
    </message>
</context>
<context>
    <name>ct::ui::OverviewStrip</name>
    <message>
        <location filename="../../ui/timeline/OverviewStrip.cpp" line="+13"/>
        <source>Timeline overview</source>
        <translation>Обзор хронологии</translation>
    </message>
</context>
<context>
    <name>ct::ui::PublishController</name>
    <message>
        <location filename="../../ui/window/PublishController.cpp" line="+54"/>
        <location line="+27"/>
        <source>Publish to Server</source>
        <translation>Опубликовать на сервере</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Publishing %1 to %2…</source>
        <translation>Публикация %1 на %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publishing to %1…</source>
        <translation>Публикация на %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not publish the story to %1: %2</source>
        <translation>Не удалось опубликовать историю на %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the Server Story?</source>
        <translation>Заменить историю на сервере?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 already holds a story (%n event(s)). Replace it with this one? Everything on the server is deleted, also what colleagues added.</source>
        <translation>
            <numerusform>%1 уже содержит историю (%n событие). Заменить её этой? Всё на сервере будет удалено, в том числе добавленное коллегами.</numerusform>
            <numerusform>%1 уже содержит историю (%n события). Заменить её этой? Всё на сервере будет удалено, в том числе добавленное коллегами.</numerusform>
            <numerusform>%1 уже содержит историю (%n событий). Заменить её этой? Всё на сервере будет удалено, в том числе добавленное коллегами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Published %n event(s) to %1.</source>
        <translation>
            <numerusform>%n событие опубликовано на %1.</numerusform>
            <numerusform>%n события опубликованы на %1.</numerusform>
            <numerusform>%n событий опубликовано на %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The story is on %1 now. Open the server story in this window?</source>
        <translation>История теперь на %1. Открыть историю на сервере в этом окне?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open the server story: %1</source>
        <translation>Не удалось открыть сюжет на сервере: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::PublishJob</name>
    <message>
        <location filename="../../ui/document/PublishJob.cpp" line="+39"/>
        <source>Could not read the story: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::ReportList</name>
    <message>
        <location filename="../../ui/panes/ReportList.cpp" line="+28"/>
        <source>&amp;Use This Date</source>
        <translation>&amp;Принять эту дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split Report Out…</source>
        <translation>О&amp;тделить сообщение…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date words</source>
        <translation>Указание даты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gives</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports of the event</source>
        <translation>Сообщения о событии</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the event the date this report gives (undoable)</source>
        <translation>Присвоить событию дату из этого сообщения (можно отменить)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report tells of another happening: make it an event of its own</source>
        <translation>Это сообщение говорит о другом происшествии: сделать его отдельным событием</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(added by hand)</source>
        <translation>(добавлено вручную)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 says %2</source>
        <translation>%1 указывает %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports disagree on the date: %1. Pick a report and Use This Date.</source>
        <translation>Сообщения расходятся в дате: %1. Выберите сообщение и нажмите «Принять эту дату».</translation>
    </message>
</context>
<context>
    <name>ct::ui::ServerStoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/ServerStoryDialog.cpp" line="+63"/>
        <source>&amp;Remember the password in the keyring</source>
        <translation>&amp;Запомнить пароль в связке ключей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Server Story</source>
        <translation>Открыть сюжет на сервере</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>из связки ключей, PGPASSWORD или ~/.pgpass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no keyring support: the password is asked each time.</source>
        <translation>Эта сборка не поддерживает связку ключей: пароль запрашивается каждый раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>ct::ui::StoryController</name>
    <message>
        <location filename="../../ui/window/StoryController.cpp" line="+68"/>
        <source>Split Report</source>
        <translation>Отделить сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which report tells of another happening?</source>
        <translation>Какое сообщение говорит о другом происшествии?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose Date</source>
        <translation>Выбор даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reports disagree. Which report gives the right date?</source>
        <translation>Сообщения расходятся. Какое сообщение даёт верную дату?</translation>
    </message>
</context>
<context>
    <name>ct::ui::TableImportWorker</name>
    <message>
        <location filename="../../ui/dialogs/TableImportWorker.cpp" line="+37"/>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
</context>
<context>
    <name>ct::ui::TablePreviewModel</name>
    <message>
        <location filename="../../ui/dialogs/TablePreviewModel.cpp" line="+49"/>
        <source>ignored</source>
        <translation>не используется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actors</source>
        <translation>участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source / URL</source>
        <translation>источник / URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>precision</source>
        <translation>точность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate (fuzzy)</source>
        <translation>оценка (приблизительно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row id</source>
        <translation>ID строки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
</context>
<context>
    <name>ct::ui::TeamController</name>
    <message>
        <location filename="../../ui/window/TeamController.cpp" line="+24"/>
        <source>Server not reachable — read-only, reconnecting…</source>
        <translation>Сервер недоступен — только чтение, переподключение…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Could not open the server story: %1</source>
        <translation>Не удалось открыть сюжет на сервере: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kept the other analyst&apos;s version.</source>
        <translation>Оставлена версия другого аналитика.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Analyst Name</source>
        <translation>Имя аналитика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as a server story records it with your imports and edits.
Leave it empty to use the server account&apos;s name.</source>
        <translation>Ваше имя, которое история на сервере записывает при ваших импортах и правках.
Оставьте пустым, чтобы использовать имя учётной записи на сервере.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your imports and edits are recorded as %1.</source>
        <translation>Ваши импорты и правки записываются как %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server is back: the story is up to date.</source>
        <translation>Сервер снова доступен: сюжет обновлён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated with a colleague&apos;s changes.</source>
        <translation>Обновлено с учётом изменений коллеги.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated with changes by %1.</source>
        <translation>Обновлено с учётом изменений: %1.</translation>
    </message>
</context>
<context>
    <name>ct::ui::Timeline</name>
    <message>
        <location filename="../../ui/timeline/TimelineFrameLayout.cpp" line="+18"/>
        <location line="+3"/>
        <source>%1k</source>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1M</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/FrameChrome.cpp" line="+44"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>← %1 earlier</source>
        <translation>← ещё %1 раньше</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 later →</source>
        <translation>ещё %1 позже →</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/TimelineLaneNames.h" line="+49"/>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No actor named</source>
        <translation>Участник не назван</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No place named</source>
        <translation>Место не названо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article</source>
        <translation>Без статьи</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineDocument</name>
    <message>
        <location filename="../../ui/document/TimelineDocument.cpp" line="+26"/>
        <source>The bundled gazetteer is missing: %1</source>
        <translation>Встроенный справочник названий отсутствует: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/TimelineDocumentConnection.cpp" line="+58"/>
        <source>“%1” was changed by someone else and is gone.</source>
        <translation>Событие «%1» изменено другим пользователем и больше не существует.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is not reachable (%1). The story stays as shown, read-only, until the connection is back.</source>
        <translation>Сервер недоступен (%1). Сюжет остаётся в показанном виде и доступен только для чтения, пока соединение не восстановится.</translation>
    </message>
    <message>
        <location filename="../../ui/document/TimelineDocumentEdits.cpp" line="+22"/>
        <source>The server is not reachable: the story is read-only until it is back.</source>
        <translation>Сервер недоступен: сюжет доступен только для чтения, пока связь с сервером не восстановится.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Merge %n event(s)</source>
        <translation>
            <numerusform>Объединение %n события</numerusform>
            <numerusform>Объединение %n событий</numerusform>
            <numerusform>Объединение %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelinePlaceholder</name>
    <message>
        <location filename="../../ui/window/TimelinePlaceholder.cpp" line="+48"/>
        <source>No events to show</source>
        <translation>Нет событий для показа</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineRenderer</name>
    <message>
        <location filename="../../ui/timeline/TimelineRenderer.cpp" line="+157"/>
        <source>No events</source>
        <translation>Событий нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No events in this period</source>
        <translation>В этом периоде событий нет</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Lanes %1–%2 of %3</source>
        <translation>Дорожки %1–%2 из %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/TimelineLegendPainter.cpp" line="+45"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>exact date</source>
        <translation>точная дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approximate date</source>
        <translation>приблизительная дата</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>outlets reporting it</source>
        <translation>сообщившие издания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reports disagree on the date</source>
        <translation>сообщения расходятся в дате</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one event, in each of its places&apos; lanes</source>
        <translation>одно событие на дорожках всех его мест</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one event, in each of its actors&apos; lanes</source>
        <translation>одно событие на дорожках всех его участников</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grouped events</source>
        <translation>сгруппированные события</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineToolTip</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/TimelineToolTip.cpp" line="+10"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
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
        <translation>Щёлкните, чтобы увеличить</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n event(s) before this view</source>
        <translation>
            <numerusform>%n событие до этого вида</numerusform>
            <numerusform>%n события до этого вида</numerusform>
            <numerusform>%n событий до этого вида</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or Ctrl+← to go there</source>
        <translation>Щёлкните или нажмите Ctrl+←, чтобы перейти туда</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) after this view</source>
        <translation>
            <numerusform>%n событие после этого вида</numerusform>
            <numerusform>%n события после этого вида</numerusform>
            <numerusform>%n событий после этого вида</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or Ctrl+→ to go there</source>
        <translation>Щёлкните или нажмите Ctrl+→, чтобы перейти туда</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>range</source>
        <translation>период</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, uncertain</source>
        <translation>%1, неточно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actor: %1</source>
        <translation>Участник: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reported by %n outlet(s)</source>
        <translation>
            <numerusform>Сообщило %n издание</numerusform>
            <numerusform>Сообщили %n издания</numerusform>
            <numerusform>Сообщили %n изданий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports disagree on the date</source>
        <translation>Сообщения расходятся в дате</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by you</source>
        <translation>Изменено вами</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineView</name>
    <message>
        <location filename="../../ui/timeline/TimelineView.cpp" line="+28"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>ct::ui::UrlFetcher</name>
    <message numerus="yes">
        <location filename="../../ui/net/UrlFetcher.cpp" line="+16"/>
        <source>timed out after %n second(s)</source>
        <translation>
            <numerusform>время ожидания истекло через %n секунду</numerusform>
            <numerusform>время ожидания истекло через %n секунды</numerusform>
            <numerusform>время ожидания истекло через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a web address (only http:// and https:// are fetched)</source>
        <translation>не веб-адрес (загружаются только http:// и https://)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>too large: %1 bytes, over the limit of %2 MiB</source>
        <translation>слишком большой: %1 байт, больше предела в %2 МиБ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an article (content type %1)</source>
        <translation>не статья (тип содержимого %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too large: over the limit of %1 MiB</source>
        <translation>слишком большой: больше предела в %1 МиБ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTTP error %1 %2</source>
        <translation>ошибка HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects (more than %1)</source>
        <translation>слишком много перенаправлений (больше %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent an empty page</source>
        <translation>сервер прислал пустую страницу</translation>
    </message>
</context>
</TS>

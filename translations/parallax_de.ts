<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>List the articles in the library</source>
        <translation>Die Artikel der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>Show one article with its blocks and their roles</source>
        <translation>Einen Artikel mit seinen Blöcken und deren Rollen zeigen</translation>
    </message>
    <message>
        <source>Align articles and write the comparison</source>
        <translation>Artikel abgleichen und den Vergleich schreiben</translation>
    </message>
    <message>
        <source>Write a story&apos;s comparison as HTML, PDF, CSV or JSON</source>
        <translation>Den Vergleich einer Geschichte als HTML, PDF, CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>List a story&apos;s claims: which outlets carry each, and how</source>
        <translation>Die Aussagen einer Geschichte auflisten: welche Medien sie bringen, und wie</translation>
    </message>
    <message>
        <source>List the quotes in a story and who carries them</source>
        <translation>Die Zitate einer Geschichte auflisten und wer sie bringt</translation>
    </message>
    <message>
        <source>Copy the library to a rotating backup now</source>
        <translation>Die Bibliothek jetzt in eine rotierende Sicherung kopieren</translation>
    </message>
    <message>
        <source>Put a backup in place as the library</source>
        <translation>Eine Sicherung als Bibliothek einsetzen</translation>
    </message>
    <message>
        <source>File the articles under this story.</source>
        <translation>Die Artikel dieser Geschichte zuordnen.</translation>
    </message>
    <message>
        <source>The outlet that published these articles.</source>
        <translation>Das Medium, das diese Artikel veröffentlicht hat.</translation>
    </message>
    <message>
        <source>imported %1 as article %2</source>
        <translation>%1 als Artikel %2 importiert</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2</source>
        <translation>%1: bereits als Artikel %2 in der Bibliothek</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 failed</source>
        <translation>%1 importiert, %2 bereits vorhanden, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>List the articles in the library.</source>
        <translation>Die Artikel der Bibliothek auflisten.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>JSON schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an article with its blocks and their roles.</source>
        <translation>Einen Artikel mit seinen Blöcken und deren Rollen zeigen.</translation>
    </message>
    <message>
        <source>parallax show: give one article id (see parallax list)</source>
        <translation>parallax show: eine Artikelnummer angeben (siehe parallax list)</translation>
    </message>
    <message>
        <source>parallax show: no article %1</source>
        <translation>parallax show: kein Artikel %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Copy the library to LIBRARY.backup-1 now, keeping the %1 newest copies.</source>
        <translation>Die Bibliothek jetzt nach LIBRARY.backup-1 kopieren und die %1 neuesten Kopien behalten.</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>gesichert nach %1</translation>
    </message>
    <message>
        <source>Put backup N (default 1, the newest) in place as the library. A library already there is moved aside, never overwritten. Close the window first.</source>
        <translation>Sicherung N (Vorgabe 1, die neueste) als Bibliothek einsetzen. Eine bereits vorhandene Bibliothek wird beiseitegelegt, nie überschrieben. Schließen Sie zuerst das Fenster.</translation>
    </message>
    <message>
        <source>List the backups and do nothing else.</source>
        <translation>Die Sicherungen auflisten und sonst nichts tun.</translation>
    </message>
    <message>
        <source>parallax restore-backup: N is a number from 1 to %1</source>
        <translation>parallax restore-backup: N ist eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>the library that was there is kept as %1</source>
        <translation>die vorher vorhandene Bibliothek bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>%1 als %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>fast wörtlich</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>umschrieben</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <source>%1 of %2: </source>
        <translation>%1 von %2: </translation>
    </message>
    <message>
        <source>differs: %1 “%2” / %3 “%4”</source>
        <translation>abweichend: %1 „%2“ / %3 „%4“</translation>
    </message>
    <message>
        <source>parallax %1: no story named %2 in the library</source>
        <translation>parallax %1: keine Geschichte namens %2 in der Bibliothek</translation>
    </message>
    <message>
        <source>parallax %1: the story %2 holds fewer than two articles</source>
        <translation>parallax %1: die Geschichte %2 enthält weniger als zwei Artikel</translation>
    </message>
    <message>
        <source>List who reported what: every claim of a story&apos;s articles, the outlets that carry it and how, and facts that differ between them.</source>
        <translation>Auflisten, wer was berichtet hat: jede Aussage der Artikel einer Geschichte, die Medien, die sie bringen, und wie, sowie Fakten, die zwischen ihnen abweichen.</translation>
    </message>
    <message>
        <source>The story whose articles to compare.</source>
        <translation>Die Geschichte, deren Artikel verglichen werden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only claims a single outlet makes.</source>
        <translation>Nur Aussagen, die ein einziges Medium macht.</translation>
    </message>
    <message>
        <source>Write JSON to standard output.</source>
        <translation>JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Write CSV to standard output.</source>
        <translation>CSV auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>parallax claims: name one story with --story, and at most one of --json and --csv; see parallax claims --help</source>
        <translation>parallax claims: eine Geschichte mit --story angeben und höchstens eines von --json und --csv; siehe parallax claims --help</translation>
    </message>
    <message>
        <source>Usage: parallax [--library PATH] [FILE...]
       parallax COMMAND [OPTIONS] ...

Compare how news outlets cover the same story. Without a command, opens
the window (with the given files imported and compared).

Commands:
</source>
        <translation>Aufruf: parallax [--library PFAD] [DATEI...]
        parallax BEFEHL [OPTIONEN] ...

Vergleicht, wie Nachrichtenmedien über dieselbe Geschichte berichten. Ohne Befehl
öffnet es das Fenster (mit den angegebenen Dateien importiert und verglichen).

Befehle:
</translation>
    </message>
    <message>
        <source>parallax: unknown command; see parallax --help</source>
        <translation>parallax: unbekannter Befehl; siehe parallax --help</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>parallax: cannot open the library: %1</source>
        <translation>parallax: die Bibliothek lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>parallax compare: no article %1 in the library</source>
        <translation>parallax compare: kein Artikel %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>parallax compare: cannot write %1: %2</source>
        <translation>parallax compare: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 ~ %2: %3 links, %4% / %5% of words shared</source>
        <translation>%1 ~ %2: %3 Verknüpfungen, %4 % / %5 % der Wörter geteilt</translation>
    </message>
    <message>
        <source>%1 claims, %2 of them unique to one article</source>
        <translation>%1 Aussagen, %2 davon nur in einem Artikel</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH (- for standard output).</source>
        <translation>Den Vergleich als JSON nach PFAD schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Shortest shared run of words to highlight.</source>
        <translation>Kürzeste gemeinsame Wortfolge, die hervorgehoben wird.</translation>
    </message>
    <message>
        <source>Similarity (0-1) needed to link two paragraphs.</source>
        <translation>Ähnlichkeit (0–1), ab der zwei Absätze verknüpft werden.</translation>
    </message>
    <message>
        <source>parallax compare: --min-run takes a whole number of at least 1</source>
        <translation>parallax compare: --min-run verlangt eine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>parallax compare: --threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare: --threshold verlangt eine Zahl über 0 und höchstens 1</translation>
    </message>
    <message>
        <source>parallax %1: cannot write %2: %3</source>
        <translation>parallax %1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Write the comparison as a standalone HTML page to PATH.</source>
        <translation>Den Vergleich als eigenständige HTML-Seite nach PFAD schreiben.</translation>
    </message>
    <message>
        <source>Write the comparison as PDF to PATH.</source>
        <translation>Den Vergleich als PDF nach PFAD schreiben.</translation>
    </message>
    <message>
        <source>Write the claims as CSV to PATH.</source>
        <translation>Die Aussagen als CSV nach PFAD schreiben.</translation>
    </message>
    <message>
        <source>parallax %1: --pdf needs the offscreen Qt platform, which could not be started</source>
        <translation>parallax %1: --pdf braucht die Qt-Plattform „offscreen“, die sich nicht starten ließ</translation>
    </message>
    <message>
        <source>Compare the articles of a story in the library and write the comparison.</source>
        <translation>Die Artikel einer Geschichte in der Bibliothek vergleichen und den Vergleich schreiben.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH.</source>
        <translation>Den Vergleich als JSON nach PFAD schreiben.</translation>
    </message>
    <message>
        <source>parallax export: name one story with --story; see parallax export --help</source>
        <translation>parallax export: eine Geschichte mit --story angeben; siehe parallax export --help</translation>
    </message>
    <message>
        <source>parallax export: choose at least one of --html, --pdf, --csv, --json</source>
        <translation>parallax export: mindestens eines von --html, --pdf, --csv, --json wählen</translation>
    </message>
    <message>
        <source>parallax export: no story named %1 in the library</source>
        <translation>parallax export: keine Geschichte namens %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>parallax export: the story %1 holds fewer than two articles</source>
        <translation>parallax export: die Geschichte %1 enthält weniger als zwei Artikel</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 of %2 outlets</source>
        <translation>%1 von %2 Medien</translation>
    </message>
    <message>
        <source>wording differs</source>
        <translation>Wortlaut weicht ab</translation>
    </message>
    <message>
        <source>List the quoted speech in a story&apos;s articles: who is quoted, by which outlets, and whether they quote the same words.</source>
        <translation>Die wörtliche Rede in den Artikeln einer Geschichte auflisten: wer zitiert wird, von welchen Medien, und ob sie dieselben Worte zitieren.</translation>
    </message>
    <message>
        <source>The story whose articles to read.</source>
        <translation>Die Geschichte, deren Artikel gelesen werden.</translation>
    </message>
    <message>
        <source>parallax quotes: name one story with --story; see parallax quotes --help</source>
        <translation>parallax quotes: eine Geschichte mit --story angeben; siehe parallax quotes --help</translation>
    </message>
    <message>
        <source>Import files, folders or links into the library</source>
        <translation>Dateien, Ordner oder Links in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again and keep a changed page as a new version</source>
        <translation>Den Link eines Artikels erneut abrufen und eine geänderte Seite als neue Version behalten</translation>
    </message>
    <message>
        <source>Align two or more articles: files and links are imported into the library first.</source>
        <translation>Zwei oder mehr Artikel abgleichen: Dateien und Links werden zuerst in die Bibliothek importiert.</translation>
    </message>
    <message>
        <source>Read files and links into memory only; leave the library alone.</source>
        <translation>Dateien und Links nur in den Speicher lesen; die Bibliothek bleibt unverändert.</translation>
    </message>
    <message>
        <source>parallax compare: name at least two files, links or article ids</source>
        <translation>parallax compare: mindestens zwei Dateien, Links oder Artikelnummern angeben</translation>
    </message>
    <message>
        <source>Import articles into the library. A link (http or https) is fetched: the page alone, nothing it names.</source>
        <translation>Artikel in die Bibliothek importieren. Ein Link (http oder https) wird abgerufen: nur die Seite, nichts, was sie nennt.</translation>
    </message>
    <message>
        <source>parallax import: name at least one file, folder or link</source>
        <translation>parallax import: mindestens eine Datei, einen Ordner oder einen Link angeben</translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation>Version %1 von Artikel %2</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again. The same bytes leave the library as it is; a changed page is stored as a new article, the next version of this one.</source>
        <translation>Den Link eines Artikels erneut abrufen. Dieselben Bytes lassen die Bibliothek unverändert; eine geänderte Seite wird als neuer Artikel gespeichert, als nächste Version dieses Artikels.</translation>
    </message>
    <message>
        <source>parallax refresh: give one article id (see parallax list)</source>
        <translation>parallax refresh: eine Artikelnummer angeben (siehe parallax list)</translation>
    </message>
    <message>
        <source>parallax refresh: no article %1</source>
        <translation>parallax refresh: kein Artikel %1</translation>
    </message>
    <message>
        <source>parallax refresh: article %1 was not fetched from a link</source>
        <translation>parallax refresh: Artikel %1 wurde nicht von einem Link abgerufen</translation>
    </message>
    <message>
        <source>article %1 is unchanged</source>
        <translation>Artikel %1 ist unverändert</translation>
    </message>
    <message>
        <source>article %1: the page is now the same as article %2</source>
        <translation>Artikel %1: die Seite gleicht jetzt Artikel %2</translation>
    </message>
    <message>
        <source>article %1 has changed: stored as article %2, version %3 of article %4</source>
        <translation>Artikel %1 hat sich geändert: gespeichert als Artikel %2, Version %3 von Artikel %4</translation>
    </message>
    <message>
        <source>compare them with: parallax compare %1 %2</source>
        <translation>vergleichen mit: parallax compare %1 %2</translation>
    </message>
    <message>
        <source>Fetched from</source>
        <translation>Abgerufen von</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>Endgültige URL</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>Abgerufen am</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>closest elsewhere: %1, %2 “%3”</source>
        <translation>am nächsten anderswo: %1, %2 „%3“</translation>
    </message>
    <message>
        <source>nothing elsewhere comes close</source>
        <translation>anderswo kommt nichts nahe heran</translation>
    </message>
    <message>
        <source>merged by hand</source>
        <translation>von Hand zusammengeführt</translation>
    </message>
    <message>
        <source>split by hand</source>
        <translation>von Hand getrennt</translation>
    </message>
    <message numerus="yes">
        <source>parallax %1: left out %n decision(s) to make claims one that would hold two sentences of one article</source>
        <translation>
            <numerusform>parallax %1: %n Entscheidung ausgelassen, die Aussagen zusammenführen würde, sodass eine Aussage zwei Sätze eines Artikels enthielte</numerusform>
            <numerusform>parallax %1: %n Entscheidungen ausgelassen, die Aussagen zusammenführen würden, sodass eine Aussage zwei Sätze eines Artikels enthielte</numerusform>
        </translation>
    </message>
    <message>
        <source>Matcher score (0-1) at which two sentences count as one claim; below it a sentence is unique to its outlet.</source>
        <translation>Wert des Satzvergleichs (0–1), ab dem zwei Sätze als eine Aussage gelten; darunter ist ein Satz nur bei seinem Medium zu finden.</translation>
    </message>
    <message>
        <source>parallax compare: --claim-threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare: --claim-threshold erwartet eine Zahl größer als 0 und höchstens 1</translation>
    </message>
    <message>
        <source>the library is on a PostgreSQL server; back it up with the server&apos;s own tools: pg_dump --format=custom --file=library.dump &apos;%1&apos;, and put a copy back with pg_restore --clean --dbname &apos;%1&apos; library.dump</source>
        <translation>die Bibliothek liegt auf einem PostgreSQL-Server; sichern Sie sie mit den Werkzeugen des Servers: pg_dump --format=custom --file=library.dump &apos;%1&apos;, und spielen Sie eine Kopie mit pg_restore --clean --dbname &apos;%1&apos; library.dump zurück</translation>
    </message>
    <message>
        <source>Copy a whole library to another file or server: library copy FROM TO</source>
        <translation>Eine ganze Bibliothek in eine andere Datei oder auf einen Server kopieren: library copy VON NACH</translation>
    </message>
    <message>
        <source>
Options:
  --library PATH  the library file (default: %1), or a shared library on a
                  PostgreSQL server: postgresql://user@host:5432/database
  -h, --help      show this help; `parallax COMMAND --help` for a command
  -v, --version   show the version

Exit codes: 0 success, 1 some inputs failed, 2 usage error, 3 library error.
</source>
        <translation>
Optionen:
  --library PFAD  die Bibliotheksdatei (Vorgabe: %1) oder eine gemeinsame Bibliothek
                  auf einem PostgreSQL-Server: postgresql://benutzer@host:5432/datenbank
  -h, --help      diese Hilfe zeigen; `parallax BEFEHL --help` für einen Befehl
  -v, --version   die Version zeigen

Exit-Codes: 0 Erfolg, 1 einige Eingaben fehlgeschlagen, 2 Aufruffehler, 3 Bibliotheksfehler.
</translation>
    </message>
    <message>
        <source>The library file to use, or postgresql://user@host:5432/database for a shared library on a PostgreSQL server.</source>
        <translation>Die zu verwendende Bibliotheksdatei oder postgresql://benutzer@host:5432/datenbank für eine gemeinsame Bibliothek auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Copy every article (with its original bytes), role, story, note, claim decision and cached comparison of the library FROM into the library TO, each a file or a postgresql://user@host:5432/database URL. Rows already in TO are kept, so a copy cut short goes on when run again; the two are compared table by table at the end.</source>
        <translation>Jeden Artikel (mit seinen ursprünglichen Bytes), jede Rolle, Geschichte, Notiz, Aussagen-Entscheidung und jeden gespeicherten Vergleich der Bibliothek FROM in die Bibliothek TO kopieren, jede eine Datei oder eine URL postgresql://benutzer@host:5432/datenbank. Zeilen, die schon in TO sind, bleiben, sodass eine abgebrochene Kopie beim nächsten Aufruf weitergeht; am Ende werden beide Tabelle für Tabelle verglichen.</translation>
    </message>
    <message>
        <source>parallax library: use parallax library copy FROM TO</source>
        <translation>parallax library: verwenden Sie parallax library copy VON NACH</translation>
    </message>
    <message>
        <source>parallax library copy: FROM and TO are the same library</source>
        <translation>parallax library copy: VON und NACH sind dieselbe Bibliothek</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 copied now</source>
        <translation>%1: %2 Zeilen, %3 jetzt kopiert</translation>
    </message>
    <message>
        <source>parallax library copy: %1; run it again to go on</source>
        <translation>parallax library copy: %1; rufen Sie es erneut auf, um fortzufahren</translation>
    </message>
    <message>
        <source>parallax library copy: %1 does not hold the same rows as %2 in %3 (it held other rows before the copy)</source>
        <translation>parallax library copy: %1 enthält in %3 nicht dieselben Zeilen wie %2 (es enthielt vor dem Kopieren andere Zeilen)</translation>
    </message>
    <message>
        <source>copied %1 to %2; every table has the same rows and hashes in both</source>
        <translation>%1 nach %2 kopiert; jede Tabelle hat in beiden dieselben Zeilen und Prüfsummen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of articles in a language: 3 English</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 articles: compared within each language</source>
        <translation>%1 Artikel: innerhalb jeder Sprache verglichen</translation>
    </message>
</context>
<context>
    <name>CounterpartTip</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Only %1 says this.</source>
        <translation>Nur %1 sagt das.</translation>
    </message>
    <message>
        <source>Only %1 has this paragraph.</source>
        <translation>Nur %1 hat diesen Absatz.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation>Medium %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page furniture, not compared (%1)</source>
        <translation>Seitenbeiwerk, nicht verglichen (%1)</translation>
    </message>
    <message>
        <source>The sentence in %1</source>
        <translation>Der Satz in %1</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Each row is one claim, in the words of the first article that makes it; a tick links to the sentence in that outlet.</source>
        <translation>Jede Zeile ist eine Aussage, im Wortlaut des ersten Artikels, der sie macht; ein Haken verweist auf den Satz bei diesem Medium.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Fast wörtlich</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Umschreibung</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>%1: %2% of its words shared with %3</source>
        <translation>%1: %2 % seiner Wörter mit %3 geteilt</translation>
    </message>
    <message>
        <source>Matching paragraphs: %1 identical, %2 near-verbatim, %3 paraphrased; %4 of them moved</source>
        <translation>Übereinstimmende Absätze: %1 identisch, %2 fast wörtlich, %3 umschrieben; %4 davon verschoben</translation>
    </message>
    <message>
        <source>Claims: %1 in both, %2 only in %3, %4 only in %5</source>
        <translation>Aussagen: %1 in beiden, %2 nur in %3, %4 nur in %5</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>the same words in both articles (solid underline)</source>
        <translation>dieselben Wörter in beiden Artikeln (durchgezogen unterstrichen)</translation>
    </message>
    <message>
        <source>shared words of a sentence with a few words changed (dashed)</source>
        <translation>gemeinsame Wörter eines Satzes mit wenigen geänderten Wörtern (gestrichelt)</translation>
    </message>
    <message>
        <source>shared words of the same claim put in other words (dotted)</source>
        <translation>gemeinsame Wörter derselben Aussage in anderen Worten (gepunktet)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>a matching paragraph out of order</source>
        <translation>ein übereinstimmender Absatz an anderer Stelle</translation>
    </message>
    <message>
        <source>a claim the other article does not make (wavy underline)</source>
        <translation>eine Aussage, die der andere Artikel nicht macht (Wellenlinie)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>a claim that two or more outlets make (solid underline)</source>
        <translation>eine Aussage, die zwei oder mehr Medien machen (durchgezogen unterstrichen)</translation>
    </message>
    <message>
        <source>a claim only this outlet makes (wavy underline)</source>
        <translation>eine Aussage, die nur dieses Medium macht (Wellenlinie)</translation>
    </message>
    <message>
        <source>Each highlight and paragraph label links to its counterpart in the other column.</source>
        <translation>Jede Hervorhebung und jede Absatzmarke verweist auf ihr Gegenstück in der anderen Spalte.</translation>
    </message>
    <message>
        <source>Each highlighted sentence links to its row in the claims table.</source>
        <translation>Jeder hervorgehobene Satz verweist auf seine Zeile in der Tabelle der Aussagen.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of this translation&apos;s language</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Parallax comparison of %1 articles</source>
        <translation>Parallax-Vergleich von %1 Artikeln</translation>
    </message>
    <message>
        <source>Exported from Parallax. The highlights are found by matching words automatically: read the articles before you rely on them.</source>
        <translation>Aus Parallax exportiert. Die Hervorhebungen beruhen auf automatisch gefundenen Wortübereinstimmungen: Lesen Sie die Artikel, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that it shares with the column article</source>
        <translation>Anteil der Wörter des Zeilenartikels, die er mit dem Spaltenartikel teilt</translation>
    </message>
    <message>
        <source>The matching paragraph in %1</source>
        <translation>Der übereinstimmende Absatz in %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>Am nächsten anderswo: %1, %2 — „%3“</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>Anderswo kommt nichts nahe heran.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Von Hand zusammengeführt</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>Von Hand getrennt</translation>
    </message>
    <message>
        <source>Claims only one outlet makes</source>
        <translation>Aussagen, die nur ein Medium macht</translation>
    </message>
    <message>
        <source>Each with the sentence elsewhere that comes closest and the matcher&apos;s score for the two: of pairs scored 0.4, about 4 in 10 state the same claim.</source>
        <translation>Jeweils mit dem Satz anderswo, der am nächsten kommt, und der Bewertung des Abgleichs für beide: Von den Satzpaaren mit der Bewertung 0.4 geben etwa 4 von 10 dieselbe Aussage wieder.</translation>
    </message>
    <message>
        <source>Grouped by hand</source>
        <translation>Von Hand gruppiert</translation>
    </message>
    <message>
        <source>A reader said these sentences state one claim, or took a sentence out of a claim, where the matcher had judged otherwise.</source>
        <translation>Jemand hat beim Lesen festgelegt, dass diese Sätze dieselbe Aussage machen, oder einen Satz aus einer Aussage genommen, wo der Abgleich anders geurteilt hatte.</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Classic (green, yellow, red)</source>
        <translation>Klassisch (Grün, Gelb, Rot)</translation>
    </message>
    <message>
        <source>Okabe–Ito (safe for colour blindness)</source>
        <translation>Okabe–Ito (für Farbenblindheit geeignet)</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Fast wörtlich</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Umschreibung</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP-Bild</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>Microsoft-Office-Dokument</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip-Archiv</translation>
    </message>
    <message>
        <source>xz archive</source>
        <translation>xz-Archiv</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip-Archiv</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR-Archiv</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation>Zstandard-Archiv</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>ELF-Programmdatei</translation>
    </message>
    <message>
        <source>Windows executable</source>
        <translation>Windows-Programmdatei</translation>
    </message>
    <message>
        <source>Mach-O executable</source>
        <translation>Mach-O-Programmdatei</translation>
    </message>
    <message>
        <source>Java class or Mach-O executable</source>
        <translation>Java-Klasse oder Mach-O-Programmdatei</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Ogg media</source>
        <translation>Ogg-Mediendatei</translation>
    </message>
    <message>
        <source>FLAC audio</source>
        <translation>FLAC-Audio</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>MP3-Audio</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>WAV-Audio</translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation>AVI-Video</translation>
    </message>
    <message>
        <source>MP4 or QuickTime media</source>
        <translation>MP4- oder QuickTime-Mediendatei</translation>
    </message>
    <message>
        <source>WOFF font</source>
        <translation>WOFF-Schrift</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>no text to read in it</source>
        <translation>kein lesbarer Text darin</translation>
    </message>
    <message>
        <source>not text: too many control characters</source>
        <translation>kein Text: zu viele Steuerzeichen</translation>
    </message>
    <message>
        <source>not text: contains NUL characters</source>
        <translation>kein Text: enthält NUL-Zeichen</translation>
    </message>
    <message>
        <source>cannot decode: invalid UTF-8 and no charset detected</source>
        <translation>nicht dekodierbar: ungültiges UTF-8 und kein Zeichensatz erkannt</translation>
    </message>
    <message>
        <source>cannot decode: detected charset %1 is not supported</source>
        <translation>nicht dekodierbar: der erkannte Zeichensatz %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>too large for an article: %1 MB</source>
        <translation>zu groß für einen Artikel: %1 MB</translation>
    </message>
    <message>
        <source>binary file (%1)</source>
        <translation>Binärdatei (%1)</translation>
    </message>
    <message>
        <source>not text: contains NUL bytes (first at byte %1)</source>
        <translation>kein Text: enthält NUL-Bytes (das erste bei Byte %1)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>too large (%1; the limit is %2)</source>
        <translation>zu groß (%1; die Grenze ist %2)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>too large (the limit is %1)</source>
        <translation>zu groß (die Grenze ist %1)</translation>
    </message>
    <message>
        <source>the library could not store it: %1</source>
        <translation>die Bibliothek konnte sie nicht speichern: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out: no data for %1 seconds</source>
        <translation>Zeitüberschreitung: %1 Sekunden lang keine Daten</translation>
    </message>
    <message>
        <source>timed out: not complete after %1 seconds</source>
        <translation>Zeitüberschreitung: nach %1 Sekunden nicht vollständig</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <source>only http and https links are fetched, not %1:</source>
        <translation>nur http- und https-Links werden abgerufen, nicht %1:</translation>
    </message>
    <message>
        <source>not an article: the server says it is %1</source>
        <translation>kein Artikel: laut Server ist es %1</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location</source>
        <translation>HTTP-%1-Weiterleitung ohne Location</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https link</source>
        <translation>weitergeleitet zu %1, das kein http- oder https-Link ist</translation>
    </message>
    <message>
        <source>redirects in a loop (back to %1)</source>
        <translation>Weiterleitungen im Kreis (zurück zu %1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>die Seite ist leer</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no such host: %1</source>
        <translation>kein solcher Host: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>the compressed page unpacks to far more than was sent, or is damaged</source>
        <translation>die komprimierte Seite entpackt sich zu weit mehr, als gesendet wurde, oder ist beschädigt</translation>
    </message>
    <message>
        <source>the page names it as “%1”, and it is not the article&apos;s text</source>
        <translation>die Seite nennt es „%1“, und es ist nicht der Text des Artikels</translation>
    </message>
    <message>
        <source>outside the part of the page that holds the article</source>
        <translation>außerhalb des Teils der Seite, der den Artikel enthält</translation>
    </message>
    <message>
        <source>hidden from readers of the page</source>
        <translation>für Leser der Seite verborgen</translation>
    </message>
    <message>
        <source>the page&apos;s navigation</source>
        <translation>die Navigation der Seite</translation>
    </message>
    <message>
        <source>a box beside the article</source>
        <translation>ein Kasten neben dem Artikel</translation>
    </message>
    <message>
        <source>a footer</source>
        <translation>eine Fußzeile</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>ein Formular</translation>
    </message>
    <message>
        <source>a list of links</source>
        <translation>eine Liste von Links</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>die Autorenzeile</translation>
    </message>
    <message>
        <source>a line pages use for ads, tools, notices or credits</source>
        <translation>eine Zeile, wie Seiten sie für Werbung, Werkzeuge, Hinweise oder Quellen verwenden</translation>
    </message>
    <message>
        <source>repeats in the outlet&apos;s other articles</source>
        <translation>wiederholt sich in anderen Artikeln des Mediums</translation>
    </message>
    <message>
        <source>a picture&apos;s label</source>
        <translation>die Beschriftung eines Bildes</translation>
    </message>
    <message>
        <source>above the headline</source>
        <translation>über der Schlagzeile</translation>
    </message>
    <message>
        <source>the headline of another story</source>
        <translation>die Schlagzeile eines anderen Artikels</translation>
    </message>
    <message>
        <source>after the article&apos;s last paragraph</source>
        <translation>nach dem letzten Absatz des Artikels</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot write a backup to %1: %2</source>
        <translation>eine Sicherung nach %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>die Sicherung %1 kann nicht benannt werden</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 kann nicht nach %2 beiseitegelegt werden</translation>
    </message>
    <message>
        <source>there is no backup %1 (%2)</source>
        <translation>es gibt keine Sicherung %1 (%2)</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot move %1 into place as %2</source>
        <translation>%1 kann nicht als %2 eingesetzt werden</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber fehlt (installieren Sie libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the library %1 was found damaged and set aside as %2. %3</source>
        <translation>die Bibliothek %1 war beschädigt und wurde als %2 beiseitegelegt. %3</translation>
    </message>
    <message>
        <source>There is no backup of it. Move %1 elsewhere to start a new, empty library.</source>
        <translation>Es gibt keine Sicherung davon. Verschieben Sie %1 an einen anderen Ort, um mit einer neuen, leeren Bibliothek zu beginnen.</translation>
    </message>
    <message>
        <source>Restore its latest backup with `parallax restore-backup --library %1`, or move %2 elsewhere to start a new, empty library.</source>
        <translation>Stellen Sie die neueste Sicherung mit `parallax restore-backup --library %1` wieder her oder verschieben Sie %2 an einen anderen Ort, um mit einer neuen, leeren Bibliothek zu beginnen.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is no longer an SQLite file</source>
        <translation>sie ist keine SQLite-Datei mehr</translation>
    </message>
    <message>
        <source>%1 is not a usable library: %2</source>
        <translation>%1 ist keine brauchbare Bibliothek: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it cannot be checked</source>
        <translation>sie lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>It was moved aside, unchanged, to %1. </source>
        <translation>Sie wurde unverändert nach %1 verschoben. </translation>
    </message>
    <message>
        <source>There is no backup of it; the sqlite3 shell&apos;s .recover command may rescue part of it.</source>
        <translation>Es gibt keine Sicherung davon; der Befehl .recover der sqlite3-Shell kann einen Teil davon retten.</translation>
    </message>
    <message>
        <source>Its latest backup, from %1, can be restored with `parallax restore-backup --library %2`.</source>
        <translation>Ihre neueste Sicherung vom %1 lässt sich mit `parallax restore-backup --library %2` wiederherstellen.</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2). %3</source>
        <translation>die Bibliothek %1 ist beschädigt (%2). %3</translation>
    </message>
    <message>
        <source>not a Parallax library (cannot read its version)</source>
        <translation>keine Parallax-Bibliothek (ihre Version ist nicht lesbar)</translation>
    </message>
    <message>
        <source>the library was written by a newer Parallax (schema %1; this one reads up to %2)</source>
        <translation>die Bibliothek wurde von einem neueren Parallax geschrieben (Schema %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <source>upgrading the library to schema %1 failed: %2</source>
        <translation>das Aktualisieren der Bibliothek auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the library %1 is open in Parallax (a window or a command); close it first</source>
        <translation>die Bibliothek %1 ist in Parallax geöffnet (in einem Fenster oder einem Befehl); schließen Sie sie zuerst</translation>
    </message>
    <message>
        <source>the library %1 is being replaced by a backup; open it again in a moment</source>
        <translation>die Bibliothek %1 wird gerade durch eine Sicherung ersetzt; öffnen Sie sie gleich noch einmal</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber von Qt fehlt (installieren Sie libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>the library URL cannot be read: %1</source>
        <translation>die URL der Bibliothek ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the library URL has an option PostgreSQL does not know: %1</source>
        <translation>die URL der Bibliothek hat eine Option, die PostgreSQL nicht kennt: %1</translation>
    </message>
    <message>
        <source>the library URL option %1 may not contain &apos;;&apos;</source>
        <translation>die Option %1 der Bibliotheks-URL darf kein &apos;;&apos; enthalten</translation>
    </message>
    <message>
        <source>the library URL names no database (postgresql://user@host:5432/database)</source>
        <translation>die URL der Bibliothek nennt keine Datenbank (postgresql://benutzer@host:5432/datenbank)</translation>
    </message>
    <message>
        <source>the library URL names no server (postgresql://user@host:5432/database)</source>
        <translation>die URL der Bibliothek nennt keinen Server (postgresql://benutzer@host:5432/datenbank)</translation>
    </message>
    <message>
        <source>you may read this library but not change it: the server refused the write (%1)</source>
        <translation>Sie dürfen diese Bibliothek lesen, aber nicht ändern: der Server hat das Schreiben abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the library file is read-only; nothing can be changed in it (%1)</source>
        <translation>die Bibliotheksdatei ist schreibgeschützt; nichts darin kann geändert werden (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost and cannot be made again: %1</source>
        <translation>die Verbindung zum Server ging verloren und lässt sich nicht wieder herstellen: %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>parallax::AddNoteAction</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Note something about the selected words: to check, confirmed, disputed or context</source>
        <translation>Etwas zu den ausgewählten Wörtern notieren: zu prüfen, bestätigt, bestritten oder Kontext</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Marked text:</source>
        <translation>Markierter Text:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Kennzeichnung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsModel</name>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kennzeichnung</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Marked text</source>
        <translation>Markierter Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Note, %1: %2</source>
        <translation>Notiz, %1: %2</translation>
    </message>
    <message>
        <source>Furniture: marked by you</source>
        <translation>Beiwerk: von Ihnen markiert</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Beiwerk</translation>
    </message>
    <message>
        <source>Furniture: %1</source>
        <translation>Beiwerk: %1</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimDetailView</name>
    <message>
        <source>Select a claim to read each outlet&apos;s wording of it.</source>
        <translation>Wählen Sie eine Aussage, um den Wortlaut jedes Mediums zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Claim %L1, carried by %Ln outlet(s). Words that differ from %2&apos;s wording are highlighted; facts that differ are underlined.</source>
        <translation>
            <numerusform>Aussage %L1, gebracht von %Ln Medium. Wörter, die vom Wortlaut von %2 abweichen, sind hervorgehoben; abweichende Fakten sind unterstrichen.</numerusform>
            <numerusform>Aussage %L1, gebracht von %Ln Medien. Wörter, die vom Wortlaut von %2 abweichen, sind hervorgehoben; abweichende Fakten sind unterstrichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same claim — split</source>
        <translation>Nicht dieselbe Aussage – trennen</translation>
    </message>
    <message>
        <source>Same as closest elsewhere</source>
        <translation>Gleiche Aussage wie der nächste Satz anderswo</translation>
    </message>
    <message>
        <source>Same claim as…</source>
        <translation>Gleiche Aussage wie…</translation>
    </message>
    <message>
        <source>Merged by hand.</source>
        <translation>Von Hand zusammengeführt.</translation>
    </message>
    <message>
        <source>Split by hand.</source>
        <translation>Von Hand getrennt.</translation>
    </message>
    <message>
        <source>Let the matcher decide</source>
        <translation>Den Abgleich entscheiden lassen</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimMatrixModel</name>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Fast wörtlich</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Umschreibung</translation>
    </message>
    <message>
        <source>Only this outlet</source>
        <translation>Nur dieses Medium</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>Nicht gebracht</translation>
    </message>
    <message>
        <source>States a figure, date, name or title that differs from another outlet&apos;s.</source>
        <translation>Nennt eine Zahl, ein Datum, einen Namen oder einen Titel, der von dem eines anderen Mediums abweicht.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Article %L1</source>
        <translation>Artikel %L1</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %Ln outlet(s)</source>
        <translation>
            <numerusform>Von %Ln Medium gebracht</numerusform>
            <numerusform>Von %Ln Medien gebracht</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Von Hand zusammengeführt</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>Von Hand getrennt</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimPickerDialog</name>
    <message>
        <source>Same Claim As</source>
        <translation>Gleiche Aussage wie</translation>
    </message>
    <message>
        <source>Choose the claim this one states too. Only claims with no sentence from the same outlets are listed.</source>
        <translation>Wählen Sie die Aussage, die auch diese macht. Aufgeführt sind nur Aussagen ohne Satz aus denselben Medien.</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Nach Wörtern filtern</translation>
    </message>
    <message>
        <source>Filter the claims by words</source>
        <translation>Aussagen nach Wörtern filtern</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Make One Claim</source>
        <translation>Zu einer Aussage machen</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonView</name>
    <message>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>Select two or more articles in the library to compare them, or drop article files or folders on the window.</source>
        <translation>Wählen Sie zwei oder mehr Artikel in der Bibliothek aus, um sie zu vergleichen, oder ziehen Sie Artikeldateien oder Ordner auf das Fenster.</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>Alleinige Aussagen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>&amp;Unique only</source>
        <translation>&amp;Nur alleinige</translation>
    </message>
    <message>
        <source>&amp;Quotes only</source>
        <translation>Nur &amp;Zitate</translation>
    </message>
    <message>
        <source>With &amp;figures</source>
        <translation>Mit &amp;Zahlen</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>&amp;Blind</translation>
    </message>
    <message>
        <source>Hide outlet names: show them as Outlet A, Outlet B, …</source>
        <translation>Mediennamen verbergen: als Medium A, Medium B, … zeigen</translation>
    </message>
    <message>
        <source>Shared by ≥ </source>
        <translation>Gebracht von ≥ </translation>
    </message>
    <message>
        <source>Shared by at least this many outlets</source>
        <translation>Von mindestens so vielen Medien gebracht</translation>
    </message>
    <message>
        <source>Story order</source>
        <translation>Reihenfolge der Geschichte</translation>
    </message>
    <message>
        <source>Most carried first</source>
        <translation>Am häufigsten gebrachte zuerst</translation>
    </message>
    <message>
        <source>Fewest carried first</source>
        <translation>Am seltensten gebrachte zuerst</translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation>Reihenfolge der Aussagen</translation>
    </message>
    <message>
        <source>Claims matrix</source>
        <translation>Aussagenmatrix</translation>
    </message>
    <message>
        <source>Choose a story or several articles to see who reported what.</source>
        <translation>Wählen Sie eine Geschichte oder mehrere Artikel, um zu sehen, wer was berichtet hat.</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>fast wörtlich</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>umschrieben</translation>
    </message>
    <message>
        <source>only this outlet</source>
        <translation>nur dieses Medium</translation>
    </message>
    <message>
        <source>a figure, date, name or title differs</source>
        <translation>eine Zahl, ein Datum, ein Name oder ein Titel weicht ab</translation>
    </message>
    <message numerus="yes">
        <source>Working out who reported what across %Ln article(s)…</source>
        <translation>
            <numerusform>Ermittle, wer was berichtet hat, in %Ln Artikel…</numerusform>
            <numerusform>Ermittle, wer was berichtet hat, in %Ln Artikeln…</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot be one claim: a claim holds at most one sentence of each outlet.</source>
        <translation>Das kann keine gemeinsame Aussage sein: Eine Aussage enthält höchstens einen Satz je Medium.</translation>
    </message>
    <message>
        <source>Same as Closest Elsewhere</source>
        <translation>Gleiche Aussage wie der nächste Satz anderswo</translation>
    </message>
    <message>
        <source>Same Claim As…</source>
        <translation>Gleiche Aussage wie…</translation>
    </message>
    <message>
        <source>Not the Same Claim — Split</source>
        <translation>Nicht dieselbe Aussage – trennen</translation>
    </message>
    <message>
        <source>Let the Matcher Decide</source>
        <translation>Den Abgleich entscheiden lassen</translation>
    </message>
    <message>
        <source>Not made one claim: the closest sentence, in %1, is in a claim that already holds a sentence of %2, and a claim holds at most one sentence of each outlet.</source>
        <translation>Nicht zusammengeführt: Der nächste Satz, bei %1, gehört zu einer Aussage, die schon einen Satz von %2 enthält, und eine Aussage enthält höchstens einen Satz je Medium.</translation>
    </message>
    <message>
        <source>Take Out the Sentence from %1</source>
        <translation>Satz von %1 herausnehmen</translation>
    </message>
    <message>
        <source>grouped by hand</source>
        <translation>von Hand gruppiert</translation>
    </message>
</context>
<context>
    <name>parallax::DamagedLibraryPrompt</name>
    <message>
        <source>Damaged Library</source>
        <translation>Beschädigte Bibliothek</translation>
    </message>
    <message>
        <source>The library %1 is damaged. Parallax has set it aside, unchanged, as %2.</source>
        <translation>Die Bibliothek %1 ist beschädigt. Parallax hat sie unverändert als %2 beiseitegelegt.</translation>
    </message>
    <message>
        <source>Restore its newest backup, made %1? What changed since then stays only in the damaged file.</source>
        <translation>Die neueste Sicherung vom %1 wiederherstellen? Was sich seitdem geändert hat, bleibt nur in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>parallax::DiscrepancyListView</name>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Weicht ab in</translation>
    </message>
    <message>
        <source>One outlet</source>
        <translation>Ein Medium</translation>
    </message>
    <message>
        <source>Another outlet</source>
        <translation>Ein anderes Medium</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>No differing figures, dates, names or titles found.</source>
        <translation>Keine abweichenden Zahlen, Daten, Namen oder Titel gefunden.</translation>
    </message>
    <message>
        <source>Opposite word</source>
        <translation>Gegenteiliges Wort</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>Verneinung</translation>
    </message>
</context>
<context>
    <name>parallax::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Save the comparison as an HTML page, PDF, JSON or CSV of claims</source>
        <translation>Den Vergleich als HTML-Seite, PDF, JSON oder CSV der Aussagen speichern</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON-Daten (*.json)</translation>
    </message>
    <message>
        <source>CSV of claims (*.csv)</source>
        <translation>CSV der Aussagen (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>parallax::ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Halte nach der aktuellen Datei an…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file could not be imported.</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%Ln Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported.</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%Ln Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article was imported.</source>
        <translation>
            <numerusform>%Ln Artikel wurde importiert.</numerusform>
            <numerusform>%Ln Artikel wurden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles were imported.</source>
        <translation>
            <numerusform>%Ln Artikel wurde importiert.</numerusform>
            <numerusform>%Ln Artikel wurden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %L1 of %L2: %3</source>
        <translation>Importiere %L1 von %L2: %3</translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Moved (dashed)</source>
        <translation>Verschoben (gestrichelt)</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article in the library</source>
        <translation>Jeder Artikel der Bibliothek</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryService</name>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Eingefügter Artikel</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not change the note: %1</source>
        <translation>Die Notiz konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation>Die Notiz konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>Die Sicherung lässt sich nicht wiederherstellen: %1</translation>
    </message>
    <message>
        <source>the article it refreshes is no longer in the library</source>
        <translation>der Artikel, den es auffrischt, ist nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <source>Could not save the decision on the claim: %1</source>
        <translation>Die Entscheidung zur Aussage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not forget the decisions on the claim: %1</source>
        <translation>Die Entscheidungen zur Aussage konnten nicht verworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>parallax::LinkImport</name>
    <message>
        <source>Fetching %1 again…</source>
        <translation>%1 wird erneut abgerufen…</translation>
    </message>
    <message>
        <source>The article could not be refreshed.</source>
        <translation>Der Artikel konnte nicht aufgefrischt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The page is unchanged.</source>
        <translation>Die Seite ist unverändert.</translation>
    </message>
    <message>
        <source>The page is now the same as article %1.</source>
        <translation>Die Seite gleicht jetzt Artikel %1.</translation>
    </message>
    <message>
        <source>The page has changed: stored as a new version.</source>
        <translation>Die Seite hat sich geändert: als neue Version gespeichert.</translation>
    </message>
    <message>
        <source>Refresh from URL</source>
        <translation>Von URL auffrischen</translation>
    </message>
    <message>
        <source>The page at %1 has changed since it was fetched. The new page is kept as the next version of the article, beside the old one.</source>
        <translation>Die Seite unter %1 hat sich seit dem Abruf geändert. Die neue Seite wird als nächste Version des Artikels neben der alten behalten.</translation>
    </message>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>Versionen &amp;vergleichen</translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Leseansicht</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %Ln articles…</source>
        <translation>
            <numerusform>Vergleiche %Ln Artikel…</numerusform>
            <numerusform>Vergleiche %Ln Artikel…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <source>%1 — Parallax</source>
        <translation>%1 — Parallax</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>Artikel ein&amp;fügen</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>B&amp;ibliothek öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>Artikel&amp;details bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>Artikel &amp;löschen…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;New Story from Selection…</source>
        <translation>&amp;Neue Geschichte aus Auswahl…</translation>
    </message>
    <message>
        <source>&amp;Rename Story…</source>
        <translation>Geschichte &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Story…</source>
        <translation>Geschichte l&amp;öschen…</translation>
    </message>
    <message>
        <source>Remove from &amp;Story</source>
        <translation>Aus &amp;Geschichte entfernen</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Next &amp;Unique Claim</source>
        <translation>Nächste &amp;alleinige Aussage</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Claim</source>
        <translation>Vorherige a&amp;lleinige Aussage</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Show &amp;Furniture</source>
        <translation>&amp;Beiwerk zeigen</translation>
    </message>
    <message>
        <source>Show ads, navigation and captions, greyed</source>
        <translation>Werbung, Navigation und Bildunterschriften grau zeigen</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>&amp;Synchron scrollen</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Über Parallax</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <source>Parallax %1
Compare how news outlets cover the same story.</source>
        <translation>Parallax %1
Vergleichen, wie Nachrichtenmedien über dieselbe Geschichte berichten.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>&amp;Add to Story</source>
        <translation>&amp;Zu Geschichte hinzufügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>Noch keine Geschichten</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>Artikel (*.txt *.html *.htm *.xhtml *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>Bibliothek öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Parallax libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Parallax-Bibliotheken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Neue Geschichte</translation>
    </message>
    <message>
        <source>Name of the story:</source>
        <translation>Name der Geschichte:</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Geschichte umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>Delete this story? Its articles stay in the library.</source>
        <translation>Diese Geschichte löschen? Ihre Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>Artikel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article from the library? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Artikel aus der Bibliothek löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln Artikel aus der Bibliothek löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln articles from the library? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Artikel aus der Bibliothek löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln Artikel aus der Bibliothek löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>&amp;Berichterstattung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Story Suggestions</source>
        <translation>Vorschläge für Geschichten</translation>
    </message>
    <message>
        <source>Suggest S&amp;tories for Loose Articles</source>
        <translation>Geschichten für lose Artikel &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Aligned in %L1 ms</source>
        <translation>Abgeglichen in %L1 ms</translation>
    </message>
    <message>
        <source>Comparing: %L1 of %L2 pairs</source>
        <translation>Vergleiche: %L1 von %L2 Paaren</translation>
    </message>
    <message>
        <source>Difference %L1 of %L2</source>
        <translation>Unterschied %L1 von %L2</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>&amp;Refresh from URL</source>
        <translation>Von URL auf&amp;frischen</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n of your decisions on claims: they would put two sentences of one outlet in one claim.</source>
        <translation>
            <numerusform>%n Ihrer Entscheidungen zu Aussagen wurde ausgelassen: Sie würde zwei Sätze eines Mediums in eine Aussage bringen.</numerusform>
            <numerusform>%n Ihrer Entscheidungen zu Aussagen wurden ausgelassen: Sie würden zwei Sätze eines Mediums in eine Aussage bringen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MetadataDialog</name>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Bekannt</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>parallax::OpenLinksDialog</name>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>&amp;Links to fetch, one a line (http or https). Only the page itself is fetched, never the images, styles or scripts it names.</source>
        <translation>Abzurufende &amp;Links, einer pro Zeile (http oder https). Nur die Seite selbst wird abgerufen, nie die Bilder, Stile oder Skripte, die sie nennt.</translation>
    </message>
    <message>
        <source>Fetch results</source>
        <translation>Abrufergebnisse</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>%1: fetching…</source>
        <translation>%1: wird abgerufen…</translation>
    </message>
    <message>
        <source>%1: not an http or https link</source>
        <translation>%1: kein http- oder https-Link</translation>
    </message>
    <message>
        <source>Nothing to fetch.</source>
        <translation>Nichts abzurufen.</translation>
    </message>
    <message>
        <source>%1 of %2 links, %3</source>
        <translation>%1 von %2 Links, %3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>%1 von %2 Links</translation>
    </message>
    <message>
        <source>%1: fetched (%2)</source>
        <translation>%1: abgerufen (%2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link could not be fetched.</source>
        <translation>
            <numerusform>%Ln Link konnte nicht abgerufen werden.</numerusform>
            <numerusform>%Ln Links konnten nicht abgerufen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links could not be fetched.</source>
        <translation>
            <numerusform>%Ln Link konnte nicht abgerufen werden.</numerusform>
            <numerusform>%Ln Links konnten nicht abgerufen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::OverlapHeatMap</name>
    <message>
        <source>Overlap between outlets</source>
        <translation>Überschneidung zwischen Medien</translation>
    </message>
    <message>
        <source>No overlap to show yet.</source>
        <translation>Noch keine Überschneidung zu zeigen.</translation>
    </message>
    <message>
        <source>Share of the row outlet&apos;s words in runs it shares with the column outlet. Click a cell to compare the two side by side.</source>
        <translation>Anteil der Wörter des Zeilenmediums in Passagen, die es mit dem Spaltenmedium teilt. Auf eine Zelle klicken, um die beiden nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <source>%L1% of %2&apos;s words are in runs shared with %3. Click to compare them side by side.</source>
        <translation>%L1 % der Wörter von %2 stehen in Passagen, die es mit %3 teilt. Klicken, um sie nebeneinander zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>parallax::OverviewRuler</name>
    <message>
        <source>Where this article shares text and where it stands alone; click to go there</source>
        <translation>Wo dieser Artikel Text teilt und wo er allein steht; klicken, um dorthin zu gehen</translation>
    </message>
</context>
<context>
    <name>parallax::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>The shortest run of shared words highlighted as shared</source>
        <translation>Die kürzeste Folge gemeinsamer Wörter, die als gemeinsam hervorgehoben wird</translation>
    </message>
    <message>
        <source>How similar two paragraphs must be to be linked; lower links more</source>
        <translation>Wie ähnlich zwei Absätze sein müssen, um verknüpft zu werden; niedriger verknüpft mehr</translation>
    </message>
    <message>
        <source>How similar two paragraphs out of order must be to be linked as moved</source>
        <translation>Wie ähnlich zwei Absätze außer der Reihe sein müssen, um als verschoben verknüpft zu werden</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Minimum shared &amp;run:</source>
        <translation>Kürzeste gemeinsame &amp;Folge:</translation>
    </message>
    <message>
        <source>&amp;Link threshold:</source>
        <translation>&amp;Verknüpfungsschwelle:</translation>
    </message>
    <message>
        <source>&amp;Move threshold:</source>
        <translation>Ver&amp;schiebungsschwelle:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language is used when Parallax is next started.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Parallax.</translation>
    </message>
</context>
<context>
    <name>parallax::QuotesView</name>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>parallax::ReaderView</name>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>&amp;Details bearbeiten…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Body Text</source>
        <translation>Als &amp;Fließtext markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Furniture</source>
        <translation>Als &amp;Beiwerk markieren</translation>
    </message>
    <message>
        <source>Furniture (ads, navigation, captions) takes no part in comparisons</source>
        <translation>Beiwerk (Werbung, Navigation, Bildunterschriften) nimmt an Vergleichen nicht teil</translation>
    </message>
    <message>
        <source>Mark as &amp;Heading</source>
        <translation>Als &amp;Überschrift markieren</translation>
    </message>
    <message>
        <source>Select one article in the library to read it here.</source>
        <translation>Wählen Sie einen Artikel in der Bibliothek aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>fetched from %1 on %2</source>
        <translation>abgerufen von %1 am %2</translation>
    </message>
    <message>
        <source>Correct the outlet, title, byline, date or language</source>
        <translation>Medium, Titel, Autor, Datum oder Sprache korrigieren</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>Sprache unbekannt</translation>
    </message>
</context>
<context>
    <name>parallax::SearchResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>parallax::SideHeader</name>
    <message>
        <source>Choose the article this side shows</source>
        <translation>Den Artikel wählen, den diese Seite zeigt</translation>
    </message>
    <message>
        <source>(unknown outlet)</source>
        <translation>(unbekanntes Medium)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1% of this article is shared with %2</source>
        <translation>%L1 % dieses Artikels teilt er mit %2</translation>
    </message>
</context>
<context>
    <name>parallax::StoryGroupingPanel</name>
    <message>
        <source>Find stories among the articles that are in none, or check where new articles belong.</source>
        <translation>Geschichten unter den Artikeln finden, die zu keiner gehören, oder prüfen, wohin neue Artikel gehören.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Story proposals</source>
        <translation>Vorschläge für Geschichten</translation>
    </message>
    <message>
        <source>&amp;Find Stories</source>
        <translation>Geschichten &amp;finden</translation>
    </message>
    <message>
        <source>&amp;File Ticked Articles</source>
        <translation>Angehakte Artikel &amp;zuordnen</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>Geschichte %1</translation>
    </message>
    <message>
        <source>Looking for the stories these articles belong to…</source>
        <translation>Suche die Geschichten, zu denen diese Artikel gehören…</translation>
    </message>
    <message>
        <source>Grouping the articles that are in no story…</source>
        <translation>Gruppiere die Artikel, die zu keiner Geschichte gehören…</translation>
    </message>
    <message>
        <source>No story in the library looks like these articles.</source>
        <translation>Keine Geschichte in der Bibliothek ähnelt diesen Artikeln.</translation>
    </message>
    <message>
        <source>Untick what is wrong, then file the rest.</source>
        <translation>Entfernen Sie die Haken bei allem Falschen und ordnen Sie den Rest zu.</translation>
    </message>
    <message>
        <source>The new story&apos;s name; double-click to change it.</source>
        <translation>Der Name der neuen Geschichte; zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <source>The loose articles do not group into stories.</source>
        <translation>Die losen Artikel lassen sich nicht zu Geschichten gruppieren.</translation>
    </message>
    <message>
        <source>Filed.</source>
        <translation>Zugeordnet.</translation>
    </message>
    <message>
        <source>Add “%1” to the story “%2” (%L3% alike)</source>
        <translation>„%1“ zur Geschichte „%2“ hinzufügen (%L3 % ähnlich)</translation>
    </message>
    <message numerus="yes">
        <source>Stories proposed: %Ln. Rename or untick them, then file the rest.</source>
        <translation>
            <numerusform>Vorgeschlagene Geschichten: %Ln. Umbenennen oder Haken entfernen, dann den Rest zuordnen.</numerusform>
            <numerusform>Vorgeschlagene Geschichten: %Ln. Umbenennen oder Haken entfernen, dann den Rest zuordnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::TimelineView</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Wholly derived</source>
        <translation>Ganz übernommen</translation>
    </message>
    <message>
        <source>Partly derived</source>
        <translation>Teilweise übernommen</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Eigenständig</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>, most with %1</source>
        <translation>, die meisten mit %1</translation>
    </message>
    <message>
        <source>%1: %L2% of its words shared with other outlets</source>
        <translation>%1: %L2 % seiner Wörter mit anderen Medien geteilt</translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsView</name>
    <message>
        <source>Only this outlet reports</source>
        <translation>Nur dieses Medium berichtet</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln claim(s) no other outlet makes</source>
        <translation>
            <numerusform>%1 — %Ln Aussage, die kein anderes Medium macht</numerusform>
            <numerusform>%1 — %Ln Aussagen, die kein anderes Medium macht</numerusform>
        </translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>Am nächsten anderswo: %1, %2 — „%3“</translation>
    </message>
    <message>
        <source>Split by hand: you said it is not the claim the matcher put it in.</source>
        <translation>Von Hand getrennt: Sie haben festgelegt, dass er nicht zu der Aussage gehört, der der Abgleich ihn zugeordnet hatte.</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>Anderswo kommt nichts nahe heran.</translation>
    </message>
    <message>
        <source>Activate to read that sentence&apos;s claim.</source>
        <translation>Aktivieren, um die Aussage dieses Satzes zu lesen.</translation>
    </message>
</context>
</TS>

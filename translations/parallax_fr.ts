<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>List the articles in the library</source>
        <translation>Lister les articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Show one article with its blocks and their roles</source>
        <translation>Afficher un article avec ses blocs et leurs rôles</translation>
    </message>
    <message>
        <source>Align articles and write the comparison</source>
        <translation>Aligner des articles et écrire la comparaison</translation>
    </message>
    <message>
        <source>Write a story&apos;s comparison as HTML, PDF, CSV or JSON</source>
        <translation>Écrire la comparaison d&apos;une histoire en HTML, PDF, CSV ou JSON</translation>
    </message>
    <message>
        <source>List a story&apos;s claims: which outlets carry each, and how</source>
        <translation>Lister les affirmations d&apos;une histoire : quels médias reprennent chacune, et comment</translation>
    </message>
    <message>
        <source>List the quotes in a story and who carries them</source>
        <translation>Lister les citations d&apos;une histoire et qui les reprend</translation>
    </message>
    <message>
        <source>Copy the library to a rotating backup now</source>
        <translation>Copier maintenant la bibliothèque dans une sauvegarde tournante</translation>
    </message>
    <message>
        <source>Put a backup in place as the library</source>
        <translation>Remettre une sauvegarde en place comme bibliothèque</translation>
    </message>
    <message>
        <source>File the articles under this story.</source>
        <translation>Classer les articles dans cette histoire.</translation>
    </message>
    <message>
        <source>The outlet that published these articles.</source>
        <translation>Le média qui a publié ces articles.</translation>
    </message>
    <message>
        <source>imported %1 as article %2</source>
        <translation>%1 importé comme article %2</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2</source>
        <translation>%1 : déjà dans la bibliothèque comme article %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 failed</source>
        <translation>%1 importé(s), %2 déjà présent(s), %3 en échec</translation>
    </message>
    <message>
        <source>List the articles in the library.</source>
        <translation>Lister les articles de la bibliothèque.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an article with its blocks and their roles.</source>
        <translation>Afficher un article avec ses blocs et leurs rôles.</translation>
    </message>
    <message>
        <source>parallax show: give one article id (see parallax list)</source>
        <translation>parallax show : indiquez un identifiant d&apos;article (voir parallax list)</translation>
    </message>
    <message>
        <source>parallax show: no article %1</source>
        <translation>parallax show : pas d&apos;article %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Copy the library to LIBRARY.backup-1 now, keeping the %1 newest copies.</source>
        <translation>Copier maintenant la bibliothèque dans LIBRARY.backup-1, en gardant les %1 copies les plus récentes.</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Put backup N (default 1, the newest) in place as the library. A library already there is moved aside, never overwritten. Close the window first.</source>
        <translation>Remettre la sauvegarde N (1 par défaut, la plus récente) en place comme bibliothèque. Une bibliothèque déjà présente est mise de côté, jamais écrasée. Fermez d&apos;abord la fenêtre.</translation>
    </message>
    <message>
        <source>List the backups and do nothing else.</source>
        <translation>Lister les sauvegardes et ne rien faire d’autre.</translation>
    </message>
    <message>
        <source>parallax restore-backup: N is a number from 1 to %1</source>
        <translation>parallax restore-backup : N est un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>the library that was there is kept as %1</source>
        <translation>la bibliothèque qui était là est conservée sous %1</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>%1 restauré sous %2</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>quasi textuel</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>seulement ici</translation>
    </message>
    <message>
        <source>%1 of %2: </source>
        <translation>%1 sur %2 : </translation>
    </message>
    <message>
        <source>differs: %1 “%2” / %3 “%4”</source>
        <translation>diffère : %1 « %2 » / %3 « %4 »</translation>
    </message>
    <message>
        <source>parallax %1: no story named %2 in the library</source>
        <translation>parallax %1 : aucune histoire nommée %2 dans la bibliothèque</translation>
    </message>
    <message>
        <source>parallax %1: the story %2 holds fewer than two articles</source>
        <translation>parallax %1 : l&apos;histoire %2 contient moins de deux articles</translation>
    </message>
    <message>
        <source>List who reported what: every claim of a story&apos;s articles, the outlets that carry it and how, and facts that differ between them.</source>
        <translation>Lister qui a rapporté quoi : chaque affirmation des articles d&apos;une histoire, les médias qui la reprennent et comment, et les faits qui diffèrent entre eux.</translation>
    </message>
    <message>
        <source>The story whose articles to compare.</source>
        <translation>L&apos;histoire dont les articles sont à comparer.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only claims a single outlet makes.</source>
        <translation>Seulement les affirmations faites par un seul média.</translation>
    </message>
    <message>
        <source>Write JSON to standard output.</source>
        <translation>Écrire du JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Write CSV to standard output.</source>
        <translation>Écrire du CSV sur la sortie standard.</translation>
    </message>
    <message>
        <source>parallax claims: name one story with --story, and at most one of --json and --csv; see parallax claims --help</source>
        <translation>parallax claims : indiquez une histoire avec --story, et au plus une option parmi --json et --csv ; voir parallax claims --help</translation>
    </message>
    <message>
        <source>Usage: parallax [--library PATH] [FILE...]
       parallax COMMAND [OPTIONS] ...

Compare how news outlets cover the same story. Without a command, opens
the window (with the given files imported and compared).

Commands:
</source>
        <translation>Utilisation : parallax [--library CHEMIN] [FICHIER...]
              parallax COMMANDE [OPTIONS] ...

Compare la façon dont les médias couvrent une même histoire. Sans commande,
ouvre la fenêtre (avec les fichiers donnés importés et comparés).

Commandes :
</translation>
    </message>
    <message>
        <source>parallax: unknown command; see parallax --help</source>
        <translation>parallax : commande inconnue ; voir parallax --help</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>parallax: cannot open the library: %1</source>
        <translation>parallax : impossible d&apos;ouvrir la bibliothèque : %1</translation>
    </message>
    <message>
        <source>parallax compare: no article %1 in the library</source>
        <translation>parallax compare : pas d&apos;article %1 dans la bibliothèque</translation>
    </message>
    <message>
        <source>parallax compare: cannot write %1: %2</source>
        <translation>parallax compare : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 ~ %2: %3 links, %4% / %5% of words shared</source>
        <translation>%1 ~ %2 : %3 liens, %4 % / %5 % des mots partagés</translation>
    </message>
    <message>
        <source>%1 claims, %2 of them unique to one article</source>
        <translation>%1 affirmations, dont %2 propres à un seul article</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH (- for standard output).</source>
        <translation>Écrire la comparaison en JSON dans CHEMIN (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Shortest shared run of words to highlight.</source>
        <translation>Plus courte suite de mots partagés à surligner.</translation>
    </message>
    <message>
        <source>Similarity (0-1) needed to link two paragraphs.</source>
        <translation>Ressemblance (0-1) nécessaire pour lier deux paragraphes.</translation>
    </message>
    <message>
        <source>parallax compare: --min-run takes a whole number of at least 1</source>
        <translation>parallax compare : --min-run attend un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>parallax compare: --threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare : --threshold attend un nombre supérieur à 0 et au plus 1</translation>
    </message>
    <message>
        <source>parallax %1: cannot write %2: %3</source>
        <translation>parallax %1 : impossible d&apos;écrire %2 : %3</translation>
    </message>
    <message>
        <source>Write the comparison as a standalone HTML page to PATH.</source>
        <translation>Écrire la comparaison en page HTML autonome dans CHEMIN.</translation>
    </message>
    <message>
        <source>Write the comparison as PDF to PATH.</source>
        <translation>Écrire la comparaison en PDF dans CHEMIN.</translation>
    </message>
    <message>
        <source>Write the claims as CSV to PATH.</source>
        <translation>Écrire les affirmations en CSV dans CHEMIN.</translation>
    </message>
    <message>
        <source>parallax %1: --pdf needs the offscreen Qt platform, which could not be started</source>
        <translation>parallax %1 : --pdf a besoin de la plateforme Qt offscreen, qui n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Compare the articles of a story in the library and write the comparison.</source>
        <translation>Comparer les articles d&apos;une histoire de la bibliothèque et écrire la comparaison.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH.</source>
        <translation>Écrire la comparaison en JSON dans CHEMIN.</translation>
    </message>
    <message>
        <source>parallax export: name one story with --story; see parallax export --help</source>
        <translation>parallax export : indiquez une histoire avec --story ; voir parallax export --help</translation>
    </message>
    <message>
        <source>parallax export: choose at least one of --html, --pdf, --csv, --json</source>
        <translation>parallax export : choisissez au moins une option parmi --html, --pdf, --csv, --json</translation>
    </message>
    <message>
        <source>parallax export: no story named %1 in the library</source>
        <translation>parallax export : aucune histoire nommée %1 dans la bibliothèque</translation>
    </message>
    <message>
        <source>parallax export: the story %1 holds fewer than two articles</source>
        <translation>parallax export : l&apos;histoire %1 contient moins de deux articles</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>%1 of %2 outlets</source>
        <translation>%1 médias sur %2</translation>
    </message>
    <message>
        <source>wording differs</source>
        <translation>la formulation diffère</translation>
    </message>
    <message>
        <source>List the quoted speech in a story&apos;s articles: who is quoted, by which outlets, and whether they quote the same words.</source>
        <translation>Lister les propos cités dans les articles d&apos;une histoire : qui est cité, par quels médias, et s&apos;ils citent les mêmes mots.</translation>
    </message>
    <message>
        <source>The story whose articles to read.</source>
        <translation>L&apos;histoire dont les articles sont à lire.</translation>
    </message>
    <message>
        <source>parallax quotes: name one story with --story; see parallax quotes --help</source>
        <translation>parallax quotes : indiquez une histoire avec --story ; voir parallax quotes --help</translation>
    </message>
    <message>
        <source>Import files, folders or links into the library</source>
        <translation>Importer des fichiers, des dossiers ou des liens dans la bibliothèque</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again and keep a changed page as a new version</source>
        <translation>Récupérer à nouveau le lien d’un article et garder une page modifiée comme nouvelle version</translation>
    </message>
    <message>
        <source>Align two or more articles: files and links are imported into the library first.</source>
        <translation>Aligner deux articles ou plus : les fichiers et les liens sont d’abord importés dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Read files and links into memory only; leave the library alone.</source>
        <translation>Lire les fichiers et les liens en mémoire seulement ; ne pas toucher à la bibliothèque.</translation>
    </message>
    <message>
        <source>parallax compare: name at least two files, links or article ids</source>
        <translation>parallax compare : indiquez au moins deux fichiers, liens ou identifiants d’article</translation>
    </message>
    <message>
        <source>Import articles into the library. A link (http or https) is fetched: the page alone, nothing it names.</source>
        <translation>Importer des articles dans la bibliothèque. Un lien (http ou https) est récupéré : la page seule, rien de ce qu’elle cite.</translation>
    </message>
    <message>
        <source>parallax import: name at least one file, folder or link</source>
        <translation>parallax import : indiquez au moins un fichier, un dossier ou un lien</translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation>version %1 de l’article %2</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again. The same bytes leave the library as it is; a changed page is stored as a new article, the next version of this one.</source>
        <translation>Récupérer à nouveau le lien d’un article. Les mêmes octets laissent la bibliothèque telle quelle ; une page modifiée est enregistrée comme un nouvel article, la version suivante de celui-ci.</translation>
    </message>
    <message>
        <source>parallax refresh: give one article id (see parallax list)</source>
        <translation>parallax refresh : indiquez un identifiant d’article (voir parallax list)</translation>
    </message>
    <message>
        <source>parallax refresh: no article %1</source>
        <translation>parallax refresh : aucun article %1</translation>
    </message>
    <message>
        <source>parallax refresh: article %1 was not fetched from a link</source>
        <translation>parallax refresh : l’article %1 n’a pas été récupéré depuis un lien</translation>
    </message>
    <message>
        <source>article %1 is unchanged</source>
        <translation>l’article %1 n’a pas changé</translation>
    </message>
    <message>
        <source>article %1: the page is now the same as article %2</source>
        <translation>article %1 : la page est maintenant identique à l’article %2</translation>
    </message>
    <message>
        <source>article %1 has changed: stored as article %2, version %3 of article %4</source>
        <translation>l’article %1 a changé : enregistré comme article %2, version %3 de l’article %4</translation>
    </message>
    <message>
        <source>compare them with: parallax compare %1 %2</source>
        <translation>pour les comparer : parallax compare %1 %2</translation>
    </message>
    <message>
        <source>Fetched from</source>
        <translation>Récupéré depuis</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL finale</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>Récupéré le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>closest elsewhere: %1, %2 “%3”</source>
        <translation>le plus proche ailleurs : %1, %2 « %3 »</translation>
    </message>
    <message>
        <source>nothing elsewhere comes close</source>
        <translation>rien d’approchant ailleurs</translation>
    </message>
    <message>
        <source>merged by hand</source>
        <translation>fusionnée à la main</translation>
    </message>
    <message>
        <source>split by hand</source>
        <translation>séparée à la main</translation>
    </message>
    <message numerus="yes">
        <source>parallax %1: left out %n decision(s) to make claims one that would hold two sentences of one article</source>
        <translation>
            <numerusform>parallax %1 : %n décision de fusion d’affirmations ignorée, car l’affirmation contiendrait deux phrases d’un même article</numerusform>
            <numerusform>parallax %1 : %n décisions de fusion d’affirmations ignorées, car une affirmation contiendrait deux phrases d’un même article</numerusform>
        </translation>
    </message>
    <message>
        <source>Matcher score (0-1) at which two sentences count as one claim; below it a sentence is unique to its outlet.</source>
        <translation>Score du comparateur (0-1) à partir duquel deux phrases comptent comme une même affirmation ; en dessous, une phrase est propre à son média.</translation>
    </message>
    <message>
        <source>parallax compare: --claim-threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare : --claim-threshold attend un nombre supérieur à 0 et au plus égal à 1</translation>
    </message>
    <message>
        <source>the library is on a PostgreSQL server; back it up with the server&apos;s own tools: pg_dump --format=custom --file=library.dump &apos;%1&apos;, and put a copy back with pg_restore --clean --dbname &apos;%1&apos; library.dump</source>
        <translation>la bibliothèque est sur un serveur PostgreSQL ; sauvegardez-la avec les outils du serveur : pg_dump --format=custom --file=library.dump &apos;%1&apos;, et remettez une copie en place avec pg_restore --clean --dbname &apos;%1&apos; library.dump</translation>
    </message>
    <message>
        <source>Copy a whole library to another file or server: library copy FROM TO</source>
        <translation>Copier toute une bibliothèque vers un autre fichier ou serveur : library copy SOURCE CIBLE</translation>
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
Options :
  --library CHEMIN  le fichier de bibliothèque (par défaut : %1), ou une bibliothèque
                    partagée sur un serveur PostgreSQL : postgresql://utilisateur@hôte:5432/base
  -h, --help        afficher cette aide ; `parallax COMMANDE --help` pour une commande
  -v, --version     afficher la version

Codes de sortie : 0 succès, 1 certaines entrées en échec, 2 erreur d&apos;utilisation, 3 erreur de bibliothèque.
</translation>
    </message>
    <message>
        <source>The library file to use, or postgresql://user@host:5432/database for a shared library on a PostgreSQL server.</source>
        <translation>Le fichier de bibliothèque à utiliser, ou postgresql://utilisateur@hôte:5432/base pour une bibliothèque partagée sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Copy every article (with its original bytes), role, story, note, claim decision and cached comparison of the library FROM into the library TO, each a file or a postgresql://user@host:5432/database URL. Rows already in TO are kept, so a copy cut short goes on when run again; the two are compared table by table at the end.</source>
        <translation>Copier chaque article (avec ses octets d&apos;origine), rôle, sujet, note, décision sur les affirmations et comparaison en cache de la bibliothèque FROM dans la bibliothèque TO, chacune un fichier ou une URL postgresql://utilisateur@hôte:5432/base. Les lignes déjà dans TO sont gardées : une copie interrompue reprend quand on la relance ; les deux sont comparées table par table à la fin.</translation>
    </message>
    <message>
        <source>parallax library: use parallax library copy FROM TO</source>
        <translation>parallax library : utilisez parallax library copy SOURCE CIBLE</translation>
    </message>
    <message>
        <source>parallax library copy: FROM and TO are the same library</source>
        <translation>parallax library copy : SOURCE et CIBLE sont la même bibliothèque</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 copied now</source>
        <translation>%1 : %2 lignes, %3 copiées maintenant</translation>
    </message>
    <message>
        <source>parallax library copy: %1; run it again to go on</source>
        <translation>parallax library copy : %1 ; relancez-la pour continuer</translation>
    </message>
    <message>
        <source>parallax library copy: %1 does not hold the same rows as %2 in %3 (it held other rows before the copy)</source>
        <translation>parallax library copy : %1 ne contient pas les mêmes lignes que %2 dans %3 (elle contenait d&apos;autres lignes avant la copie)</translation>
    </message>
    <message>
        <source>copied %1 to %2; every table has the same rows and hashes in both</source>
        <translation>%1 copiée vers %2 ; chaque table a les mêmes lignes et empreintes dans les deux</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of articles in a language: 3 English</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 articles: compared within each language</source>
        <translation>%1 articles : comparés au sein de chaque langue</translation>
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
        <translation>%1 :
%2</translation>
    </message>
    <message>
        <source>Only %1 says this.</source>
        <translation>Seul %1 dit cela.</translation>
    </message>
    <message>
        <source>Only %1 has this paragraph.</source>
        <translation>Seul %1 a ce paragraphe.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation>Média %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page furniture, not compared (%1)</source>
        <translation>Éléments de page, non comparés (%1)</translation>
    </message>
    <message>
        <source>The sentence in %1</source>
        <translation>La phrase dans %1</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Each row is one claim, in the words of the first article that makes it; a tick links to the sentence in that outlet.</source>
        <translation>Chaque ligne est une affirmation, dans les mots du premier article qui la fait ; une coche renvoie à la phrase chez ce média.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Quasi textuel</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Seulement ici</translation>
    </message>
    <message>
        <source>%1: %2% of its words shared with %3</source>
        <translation>%1 : %2 % de ses mots partagés avec %3</translation>
    </message>
    <message>
        <source>Matching paragraphs: %1 identical, %2 near-verbatim, %3 paraphrased; %4 of them moved</source>
        <translation>Paragraphes correspondants : %1 identiques, %2 quasi textuels, %3 paraphrasés ; %4 déplacés</translation>
    </message>
    <message>
        <source>Claims: %1 in both, %2 only in %3, %4 only in %5</source>
        <translation>Affirmations : %1 dans les deux, %2 seulement dans %3, %4 seulement dans %5</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Recoupement</translation>
    </message>
    <message>
        <source>the same words in both articles (solid underline)</source>
        <translation>les mêmes mots dans les deux articles (soulignement plein)</translation>
    </message>
    <message>
        <source>shared words of a sentence with a few words changed (dashed)</source>
        <translation>mots partagés d&apos;une phrase dont quelques mots changent (tirets)</translation>
    </message>
    <message>
        <source>shared words of the same claim put in other words (dotted)</source>
        <translation>mots partagés d&apos;une même affirmation dite autrement (pointillés)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>a matching paragraph out of order</source>
        <translation>un paragraphe correspondant placé ailleurs</translation>
    </message>
    <message>
        <source>a claim the other article does not make (wavy underline)</source>
        <translation>une affirmation que l&apos;autre article ne fait pas (soulignement ondulé)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>a claim that two or more outlets make (solid underline)</source>
        <translation>une affirmation faite par deux médias ou plus (soulignement plein)</translation>
    </message>
    <message>
        <source>a claim only this outlet makes (wavy underline)</source>
        <translation>une affirmation que seul ce média fait (soulignement ondulé)</translation>
    </message>
    <message>
        <source>Each highlight and paragraph label links to its counterpart in the other column.</source>
        <translation>Chaque surlignage et chaque étiquette de paragraphe renvoie à son équivalent dans l&apos;autre colonne.</translation>
    </message>
    <message>
        <source>Each highlighted sentence links to its row in the claims table.</source>
        <translation>Chaque phrase surlignée renvoie à sa ligne dans le tableau des affirmations.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparaison : %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of this translation&apos;s language</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Parallax comparison of %1 articles</source>
        <translation>Comparaison Parallax de %1 articles</translation>
    </message>
    <message>
        <source>Exported from Parallax. The highlights are found by matching words automatically: read the articles before you rely on them.</source>
        <translation>Exporté depuis Parallax. Les surlignages viennent d&apos;une correspondance automatique des mots : lisez les articles avant de vous y fier.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that it shares with the column article</source>
        <translation>Part des mots de l&apos;article en ligne qu&apos;il partage avec l&apos;article en colonne</translation>
    </message>
    <message>
        <source>The matching paragraph in %1</source>
        <translation>Le paragraphe correspondant dans %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>Le plus proche ailleurs : %1, %2 — « %3 »</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>Rien d’approchant ailleurs.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Fusionnée à la main</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>Séparée à la main</translation>
    </message>
    <message>
        <source>Claims only one outlet makes</source>
        <translation>Affirmations d’un seul média</translation>
    </message>
    <message>
        <source>Each with the sentence elsewhere that comes closest and the matcher&apos;s score for the two: of pairs scored 0.4, about 4 in 10 state the same claim.</source>
        <translation>Chacune avec la phrase la plus proche ailleurs et le score que l’appariement donne aux deux : parmi les paires notées 0.4, environ 4 sur 10 énoncent la même affirmation.</translation>
    </message>
    <message>
        <source>Grouped by hand</source>
        <translation>Regroupées à la main</translation>
    </message>
    <message>
        <source>A reader said these sentences state one claim, or took a sentence out of a claim, where the matcher had judged otherwise.</source>
        <translation>Un lecteur a indiqué que ces phrases énoncent une même affirmation, ou a retiré une phrase d’une affirmation, là où l’appariement en avait jugé autrement.</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Classic (green, yellow, red)</source>
        <translation>Classique (vert, jaune, rouge)</translation>
    </message>
    <message>
        <source>Okabe–Ito (safe for colour blindness)</source>
        <translation>Okabe–Ito (adapté au daltonisme)</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Quasi textuel</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Seulement ici</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>image GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>image WebP</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>image TIFF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>archive ZIP</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>document Microsoft Office</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>archive gzip</translation>
    </message>
    <message>
        <source>xz archive</source>
        <translation>archive xz</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>archive 7-Zip</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>archive RAR</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation>archive Zstandard</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>exécutable ELF</translation>
    </message>
    <message>
        <source>Windows executable</source>
        <translation>exécutable Windows</translation>
    </message>
    <message>
        <source>Mach-O executable</source>
        <translation>exécutable Mach-O</translation>
    </message>
    <message>
        <source>Java class or Mach-O executable</source>
        <translation>classe Java ou exécutable Mach-O</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>base de données SQLite</translation>
    </message>
    <message>
        <source>Ogg media</source>
        <translation>média Ogg</translation>
    </message>
    <message>
        <source>FLAC audio</source>
        <translation>audio FLAC</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>audio MP3</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>audio WAV</translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation>vidéo AVI</translation>
    </message>
    <message>
        <source>MP4 or QuickTime media</source>
        <translation>média MP4 ou QuickTime</translation>
    </message>
    <message>
        <source>WOFF font</source>
        <translation>police WOFF</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>no text to read in it</source>
        <translation>aucun texte à lire</translation>
    </message>
    <message>
        <source>not text: too many control characters</source>
        <translation>pas du texte : trop de caractères de contrôle</translation>
    </message>
    <message>
        <source>not text: contains NUL characters</source>
        <translation>pas du texte : contient des caractères NUL</translation>
    </message>
    <message>
        <source>cannot decode: invalid UTF-8 and no charset detected</source>
        <translation>impossible à décoder : UTF-8 invalide et aucun jeu de caractères détecté</translation>
    </message>
    <message>
        <source>cannot decode: detected charset %1 is not supported</source>
        <translation>impossible à décoder : le jeu de caractères détecté %1 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>too large for an article: %1 MB</source>
        <translation>trop volumineux pour un article : %1 Mo</translation>
    </message>
    <message>
        <source>binary file (%1)</source>
        <translation>fichier binaire (%1)</translation>
    </message>
    <message>
        <source>not text: contains NUL bytes (first at byte %1)</source>
        <translation>pas du texte : contient des octets NUL (le premier à l&apos;octet %1)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>aucun fichier de ce nom</translation>
    </message>
    <message>
        <source>too large (%1; the limit is %2)</source>
        <translation>trop volumineux (%1 ; la limite est de %2)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>too large (the limit is %1)</source>
        <translation>trop volumineux (la limite est de %1)</translation>
    </message>
    <message>
        <source>the library could not store it: %1</source>
        <translation>la bibliothèque n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>timed out: no data for %1 seconds</source>
        <translation>délai dépassé : aucune donnée pendant %1 secondes</translation>
    </message>
    <message>
        <source>timed out: not complete after %1 seconds</source>
        <translation>délai dépassé : incomplet après %1 secondes</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>pas une adresse web</translation>
    </message>
    <message>
        <source>only http and https links are fetched, not %1:</source>
        <translation>seuls les liens http et https sont récupérés, pas %1:</translation>
    </message>
    <message>
        <source>not an article: the server says it is %1</source>
        <translation>pas un article : le serveur dit que c’est %1</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location</source>
        <translation>redirection HTTP %1 sans Location</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https link</source>
        <translation>redirigé vers %1, qui n’est pas un lien http ou https</translation>
    </message>
    <message>
        <source>redirects in a loop (back to %1)</source>
        <translation>redirections en boucle (retour à %1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>trop de redirections (plus de %1)</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>la page est vide</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>no such host: %1</source>
        <translation>hôte inconnu : %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>erreur TLS : %1</translation>
    </message>
    <message>
        <source>the compressed page unpacks to far more than was sent, or is damaged</source>
        <translation>la page compressée se décompresse en bien plus que ce qui a été envoyé, ou elle est endommagée</translation>
    </message>
    <message>
        <source>the page names it as “%1”, and it is not the article&apos;s text</source>
        <translation>la page le nomme « %1 », et ce n’est pas le texte de l’article</translation>
    </message>
    <message>
        <source>outside the part of the page that holds the article</source>
        <translation>hors de la partie de la page qui contient l’article</translation>
    </message>
    <message>
        <source>hidden from readers of the page</source>
        <translation>caché aux lecteurs de la page</translation>
    </message>
    <message>
        <source>the page&apos;s navigation</source>
        <translation>la navigation de la page</translation>
    </message>
    <message>
        <source>a box beside the article</source>
        <translation>un encadré à côté de l’article</translation>
    </message>
    <message>
        <source>a footer</source>
        <translation>un pied de page</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>un formulaire</translation>
    </message>
    <message>
        <source>a list of links</source>
        <translation>une liste de liens</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>la signature</translation>
    </message>
    <message>
        <source>a line pages use for ads, tools, notices or credits</source>
        <translation>une ligne comme en ont les pages pour la publicité, les outils, les avis ou les crédits</translation>
    </message>
    <message>
        <source>repeats in the outlet&apos;s other articles</source>
        <translation>se répète dans les autres articles du média</translation>
    </message>
    <message>
        <source>a picture&apos;s label</source>
        <translation>l’étiquette d’une image</translation>
    </message>
    <message>
        <source>above the headline</source>
        <translation>au-dessus du titre</translation>
    </message>
    <message>
        <source>the headline of another story</source>
        <translation>le titre d’un autre article</translation>
    </message>
    <message>
        <source>after the article&apos;s last paragraph</source>
        <translation>après le dernier paragraphe de l’article</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot write a backup to %1: %2</source>
        <translation>impossible d&apos;écrire une sauvegarde dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>impossible de nommer la sauvegarde %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>impossible de mettre %1 de côté sous %2</translation>
    </message>
    <message>
        <source>there is no backup %1 (%2)</source>
        <translation>il n&apos;y a pas de sauvegarde %1 (%2)</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place as %2</source>
        <translation>impossible de mettre %1 en place sous %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite de Qt est absent (installez libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the library %1 was found damaged and set aside as %2. %3</source>
        <translation>la bibliothèque %1 était endommagée et a été mise de côté sous %2. %3</translation>
    </message>
    <message>
        <source>There is no backup of it. Move %1 elsewhere to start a new, empty library.</source>
        <translation>Il n&apos;en existe aucune sauvegarde. Déplacez %1 ailleurs pour commencer une nouvelle bibliothèque vide.</translation>
    </message>
    <message>
        <source>Restore its latest backup with `parallax restore-backup --library %1`, or move %2 elsewhere to start a new, empty library.</source>
        <translation>Restaurez sa dernière sauvegarde avec `parallax restore-backup --library %1`, ou déplacez %2 ailleurs pour commencer une nouvelle bibliothèque vide.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is no longer an SQLite file</source>
        <translation>ce n&apos;est plus un fichier SQLite</translation>
    </message>
    <message>
        <source>%1 is not a usable library: %2</source>
        <translation>%1 n&apos;est pas une bibliothèque utilisable : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>it cannot be checked</source>
        <translation>elle ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>It was moved aside, unchanged, to %1. </source>
        <translation>Elle a été mise de côté, intacte, sous %1. </translation>
    </message>
    <message>
        <source>There is no backup of it; the sqlite3 shell&apos;s .recover command may rescue part of it.</source>
        <translation>Il n&apos;en existe aucune sauvegarde ; la commande .recover du shell sqlite3 peut en sauver une partie.</translation>
    </message>
    <message>
        <source>Its latest backup, from %1, can be restored with `parallax restore-backup --library %2`.</source>
        <translation>Sa dernière sauvegarde, du %1, peut être restaurée avec `parallax restore-backup --library %2`.</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2). %3</source>
        <translation>la bibliothèque %1 est endommagée (%2). %3</translation>
    </message>
    <message>
        <source>not a Parallax library (cannot read its version)</source>
        <translation>pas une bibliothèque Parallax (sa version est illisible)</translation>
    </message>
    <message>
        <source>the library was written by a newer Parallax (schema %1; this one reads up to %2)</source>
        <translation>la bibliothèque a été écrite par un Parallax plus récent (schéma %1 ; celui-ci lit jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>upgrading the library to schema %1 failed: %2</source>
        <translation>la mise à jour de la bibliothèque vers le schéma %1 a échoué : %2</translation>
    </message>
    <message>
        <source>the library %1 is open in Parallax (a window or a command); close it first</source>
        <translation>la bibliothèque %1 est ouverte dans Parallax (une fenêtre ou une commande) ; fermez-la d&apos;abord</translation>
    </message>
    <message>
        <source>the library %1 is being replaced by a backup; open it again in a moment</source>
        <translation>la bibliothèque %1 est en cours de remplacement par une sauvegarde ; rouvrez-la dans un instant</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1 : %2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt est absent (installez libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>the library URL cannot be read: %1</source>
        <translation>l&apos;URL de la bibliothèque est illisible : %1</translation>
    </message>
    <message>
        <source>the library URL has an option PostgreSQL does not know: %1</source>
        <translation>l&apos;URL de la bibliothèque a une option que PostgreSQL ne connaît pas : %1</translation>
    </message>
    <message>
        <source>the library URL option %1 may not contain &apos;;&apos;</source>
        <translation>l&apos;option %1 de l&apos;URL de la bibliothèque ne peut pas contenir &apos;;&apos;</translation>
    </message>
    <message>
        <source>the library URL names no database (postgresql://user@host:5432/database)</source>
        <translation>l&apos;URL de la bibliothèque ne nomme aucune base (postgresql://utilisateur@hôte:5432/base)</translation>
    </message>
    <message>
        <source>the library URL names no server (postgresql://user@host:5432/database)</source>
        <translation>l&apos;URL de la bibliothèque ne nomme aucun serveur (postgresql://utilisateur@hôte:5432/base)</translation>
    </message>
    <message>
        <source>you may read this library but not change it: the server refused the write (%1)</source>
        <translation>vous pouvez lire cette bibliothèque mais pas la modifier : le serveur a refusé l&apos;écriture (%1)</translation>
    </message>
    <message>
        <source>the library file is read-only; nothing can be changed in it (%1)</source>
        <translation>le fichier de bibliothèque est en lecture seule ; rien ne peut y être modifié (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost and cannot be made again: %1</source>
        <translation>la connexion au serveur a été perdue et ne peut pas être rétablie : %1</translation>
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
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Note something about the selected words: to check, confirmed, disputed or context</source>
        <translation>Noter quelque chose sur les mots sélectionnés : à vérifier, confirmé, contesté ou contexte</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Marked text:</source>
        <translation>Texte marqué :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Étiquette :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsModel</name>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Marked text</source>
        <translation>Texte marqué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Note, %1: %2</source>
        <translation>Note, %1 : %2</translation>
    </message>
    <message>
        <source>Furniture: marked by you</source>
        <translation>Élément de page : marqué par vous</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Élément de page</translation>
    </message>
    <message>
        <source>Furniture: %1</source>
        <translation>Élément de page : %1</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimDetailView</name>
    <message>
        <source>Select a claim to read each outlet&apos;s wording of it.</source>
        <translation>Choisissez une affirmation pour lire la formulation de chaque média.</translation>
    </message>
    <message numerus="yes">
        <source>Claim %L1, carried by %Ln outlet(s). Words that differ from %2&apos;s wording are highlighted; facts that differ are underlined.</source>
        <translation>
            <numerusform>Affirmation %L1, reprise par %Ln média. Les mots qui diffèrent de la formulation de %2 sont surlignés ; les faits qui diffèrent sont soulignés.</numerusform>
            <numerusform>Affirmation %L1, reprise par %Ln médias. Les mots qui diffèrent de la formulation de %2 sont surlignés ; les faits qui diffèrent sont soulignés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same claim — split</source>
        <translation>Pas la même affirmation — séparer</translation>
    </message>
    <message>
        <source>Same as closest elsewhere</source>
        <translation>Même affirmation que la phrase la plus proche ailleurs</translation>
    </message>
    <message>
        <source>Same claim as…</source>
        <translation>Même affirmation que…</translation>
    </message>
    <message>
        <source>Merged by hand.</source>
        <translation>Fusionnée à la main.</translation>
    </message>
    <message>
        <source>Split by hand.</source>
        <translation>Séparée à la main.</translation>
    </message>
    <message>
        <source>Let the matcher decide</source>
        <translation>Laisser l’appariement décider</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimMatrixModel</name>
    <message>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Quasi textuel</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Only this outlet</source>
        <translation>Seulement ce média</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>Non reprise</translation>
    </message>
    <message>
        <source>States a figure, date, name or title that differs from another outlet&apos;s.</source>
        <translation>Donne un chiffre, une date, un nom ou un titre qui diffère de celui d&apos;un autre média.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Article %L1</source>
        <translation>Article %L1</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %Ln outlet(s)</source>
        <translation>
            <numerusform>Reprise par %Ln média</numerusform>
            <numerusform>Reprise par %Ln médias</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Fusionnée à la main</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>Séparée à la main</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimPickerDialog</name>
    <message>
        <source>Same Claim As</source>
        <translation>Même affirmation que</translation>
    </message>
    <message>
        <source>Choose the claim this one states too. Only claims with no sentence from the same outlets are listed.</source>
        <translation>Choisissez l’affirmation que celle-ci énonce aussi. Seules les affirmations sans phrase des mêmes médias sont proposées.</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrer par mots</translation>
    </message>
    <message>
        <source>Filter the claims by words</source>
        <translation>Filtrer les affirmations par mots</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Make One Claim</source>
        <translation>En faire une seule affirmation</translation>
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
        <translation>Inverser les côtés</translation>
    </message>
    <message>
        <source>Select two or more articles in the library to compare them, or drop article files or folders on the window.</source>
        <translation>Sélectionnez deux articles ou plus dans la bibliothèque pour les comparer, ou déposez des fichiers ou dossiers d&apos;articles sur la fenêtre.</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Recoupement</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>Affirmations uniques</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>&amp;Unique only</source>
        <translation>&amp;Uniques seulement</translation>
    </message>
    <message>
        <source>&amp;Quotes only</source>
        <translation>&amp;Citations seulement</translation>
    </message>
    <message>
        <source>With &amp;figures</source>
        <translation>Avec &amp;chiffres</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>À l’&amp;aveugle</translation>
    </message>
    <message>
        <source>Hide outlet names: show them as Outlet A, Outlet B, …</source>
        <translation>Masquer les noms des médias : les afficher comme Média A, Média B, …</translation>
    </message>
    <message>
        <source>Shared by ≥ </source>
        <translation>Reprise par ≥ </translation>
    </message>
    <message>
        <source>Shared by at least this many outlets</source>
        <translation>Reprise par au moins ce nombre de médias</translation>
    </message>
    <message>
        <source>Story order</source>
        <translation>Ordre de l&apos;histoire</translation>
    </message>
    <message>
        <source>Most carried first</source>
        <translation>Les plus reprises en premier</translation>
    </message>
    <message>
        <source>Fewest carried first</source>
        <translation>Les moins reprises en premier</translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation>Ordre des affirmations</translation>
    </message>
    <message>
        <source>Claims matrix</source>
        <translation>Matrice des affirmations</translation>
    </message>
    <message>
        <source>Choose a story or several articles to see who reported what.</source>
        <translation>Choisissez une histoire ou plusieurs articles pour voir qui a rapporté quoi.</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>quasi textuel</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>only this outlet</source>
        <translation>seulement ce média</translation>
    </message>
    <message>
        <source>a figure, date, name or title differs</source>
        <translation>un chiffre, une date, un nom ou un titre diffère</translation>
    </message>
    <message numerus="yes">
        <source>Working out who reported what across %Ln article(s)…</source>
        <translation>
            <numerusform>Recherche de qui a rapporté quoi dans %Ln article…</numerusform>
            <numerusform>Recherche de qui a rapporté quoi dans %Ln articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot be one claim: a claim holds at most one sentence of each outlet.</source>
        <translation>Impossible d’en faire une seule affirmation : une affirmation contient au plus une phrase par média.</translation>
    </message>
    <message>
        <source>Same as Closest Elsewhere</source>
        <translation>Même affirmation que la phrase la plus proche ailleurs</translation>
    </message>
    <message>
        <source>Same Claim As…</source>
        <translation>Même affirmation que…</translation>
    </message>
    <message>
        <source>Not the Same Claim — Split</source>
        <translation>Pas la même affirmation — séparer</translation>
    </message>
    <message>
        <source>Let the Matcher Decide</source>
        <translation>Laisser l’appariement décider</translation>
    </message>
    <message>
        <source>Not made one claim: the closest sentence, in %1, is in a claim that already holds a sentence of %2, and a claim holds at most one sentence of each outlet.</source>
        <translation>Non fusionnées : la phrase la plus proche, dans %1, appartient à une affirmation qui contient déjà une phrase de %2, et une affirmation contient au plus une phrase par média.</translation>
    </message>
    <message>
        <source>Take Out the Sentence from %1</source>
        <translation>Retirer la phrase de %1</translation>
    </message>
    <message>
        <source>grouped by hand</source>
        <translation>regroupée à la main</translation>
    </message>
</context>
<context>
    <name>parallax::DamagedLibraryPrompt</name>
    <message>
        <source>Damaged Library</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <source>The library %1 is damaged. Parallax has set it aside, unchanged, as %2.</source>
        <translation>La bibliothèque %1 est endommagée. Parallax l&apos;a mise de côté, sans la modifier, sous %2.</translation>
    </message>
    <message>
        <source>Restore its newest backup, made %1? What changed since then stays only in the damaged file.</source>
        <translation>Restaurer sa sauvegarde la plus récente, faite le %1 ? Ce qui a changé depuis ne restera que dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>parallax::DiscrepancyListView</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <source>One outlet</source>
        <translation>Un média</translation>
    </message>
    <message>
        <source>Another outlet</source>
        <translation>Un autre média</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>No differing figures, dates, names or titles found.</source>
        <translation>Aucun chiffre, date, nom ou titre divergent trouvé.</translation>
    </message>
    <message>
        <source>Opposite word</source>
        <translation>Mot contraire</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>Négation</translation>
    </message>
</context>
<context>
    <name>parallax::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save the comparison as an HTML page, PDF, JSON or CSV of claims</source>
        <translation>Enregistrer la comparaison en page HTML, PDF, JSON ou CSV des affirmations</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Page HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV of claims (*.csv)</source>
        <translation>CSV des affirmations (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Impossible d&apos;écrire %1 :
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
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file could not be imported.</source>
        <translation>
            <numerusform>%Ln fichier n&apos;a pas pu être importé.</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported.</source>
        <translation>
            <numerusform>%Ln fichier n&apos;a pas pu être importé.</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article was imported.</source>
        <translation>
            <numerusform>%Ln article a été importé.</numerusform>
            <numerusform>%Ln articles ont été importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles were imported.</source>
        <translation>
            <numerusform>%Ln article a été importé.</numerusform>
            <numerusform>%Ln articles ont été importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %L1 of %L2: %3</source>
        <translation>Importation de %L1 sur %L2 : %3</translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Moved (dashed)</source>
        <translation>Déplacé (tirets)</translation>
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
        <translation>Tous les articles</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article in the library</source>
        <translation>Chaque article de la bibliothèque</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryService</name>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Article collé</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Impossible d&apos;enregistrer la note : %1</translation>
    </message>
    <message>
        <source>Could not change the note: %1</source>
        <translation>Impossible de modifier la note : %1</translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation>Impossible de supprimer la note : %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>Impossible de restaurer la sauvegarde : %1</translation>
    </message>
    <message>
        <source>the article it refreshes is no longer in the library</source>
        <translation>l’article à actualiser n’est plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>Could not save the decision on the claim: %1</source>
        <translation>Impossible d’enregistrer la décision sur l’affirmation : %1</translation>
    </message>
    <message>
        <source>Could not forget the decisions on the claim: %1</source>
        <translation>Impossible d’oublier les décisions sur l’affirmation : %1</translation>
    </message>
</context>
<context>
    <name>parallax::LinkImport</name>
    <message>
        <source>Fetching %1 again…</source>
        <translation>Nouvelle récupération de %1…</translation>
    </message>
    <message>
        <source>The article could not be refreshed.</source>
        <translation>L’article n’a pas pu être actualisé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The page is unchanged.</source>
        <translation>La page n’a pas changé.</translation>
    </message>
    <message>
        <source>The page is now the same as article %1.</source>
        <translation>La page est maintenant identique à l’article %1.</translation>
    </message>
    <message>
        <source>The page has changed: stored as a new version.</source>
        <translation>La page a changé : enregistrée comme nouvelle version.</translation>
    </message>
    <message>
        <source>Refresh from URL</source>
        <translation>Actualiser depuis l’URL</translation>
    </message>
    <message>
        <source>The page at %1 has changed since it was fetched. The new page is kept as the next version of the article, beside the old one.</source>
        <translation>La page à l’adresse %1 a changé depuis sa récupération. La nouvelle page est gardée comme version suivante de l’article, à côté de l’ancienne.</translation>
    </message>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>&amp;Comparer les versions</translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque : %1</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %Ln articles…</source>
        <translation>
            <numerusform>Comparaison de %Ln article…</numerusform>
            <numerusform>Comparaison de %Ln articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Le presse-papiers ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
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
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>&amp;Coller l&apos;article</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Ouvrir la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>Modifier les &amp;détails de l&apos;article…</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Supprimer l&apos;article…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;New Story from Selection…</source>
        <translation>&amp;Nouvelle histoire à partir de la sélection…</translation>
    </message>
    <message>
        <source>&amp;Rename Story…</source>
        <translation>&amp;Renommer l&apos;histoire…</translation>
    </message>
    <message>
        <source>De&amp;lete Story…</source>
        <translation>Supprimer l&apos;&amp;histoire…</translation>
    </message>
    <message>
        <source>Remove from &amp;Story</source>
        <translation>Retirer de l&apos;&amp;histoire</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>Différence &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>Différence &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;Unique Claim</source>
        <translation>Affirmation &amp;unique suivante</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Claim</source>
        <translation>Affirmation u&amp;nique précédente</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>&amp;Inverser les côtés</translation>
    </message>
    <message>
        <source>Show &amp;Furniture</source>
        <translation>Afficher les é&amp;léments de page</translation>
    </message>
    <message>
        <source>Show ads, navigation and captions, greyed</source>
        <translation>Afficher en gris les publicités, la navigation et les légendes</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Défilement s&amp;ynchronisé</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>À &amp;propos de Parallax</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>À propos de Parallax</translation>
    </message>
    <message>
        <source>Parallax %1
Compare how news outlets cover the same story.</source>
        <translation>Parallax %1
Comparer la façon dont les médias couvrent une même histoire.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Histoire</translation>
    </message>
    <message>
        <source>&amp;Add to Story</source>
        <translation>&amp;Ajouter à une histoire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>Aucune histoire pour le moment</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>Ouvrir ou créer une bibliothèque</translation>
    </message>
    <message>
        <source>Parallax libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliothèques Parallax (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Nouvelle histoire</translation>
    </message>
    <message>
        <source>Name of the story:</source>
        <translation>Nom de l&apos;histoire :</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Renommer l&apos;histoire</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Supprimer l&apos;histoire</translation>
    </message>
    <message>
        <source>Delete this story? Its articles stay in the library.</source>
        <translation>Supprimer cette histoire ? Ses articles restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>Supprimer des articles</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article from the library? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln article de la bibliothèque ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %Ln articles de la bibliothèque ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln articles from the library? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln article de la bibliothèque ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %Ln articles de la bibliothèque ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>&amp;Couverture</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Story Suggestions</source>
        <translation>Propositions d&apos;histoires</translation>
    </message>
    <message>
        <source>Suggest S&amp;tories for Loose Articles</source>
        <translation>Proposer des &amp;histoires pour les articles isolés</translation>
    </message>
    <message>
        <source>Aligned in %L1 ms</source>
        <translation>Aligné en %L1 ms</translation>
    </message>
    <message>
        <source>Comparing: %L1 of %L2 pairs</source>
        <translation>Comparaison : %L1 paires sur %L2</translation>
    </message>
    <message>
        <source>Difference %L1 of %L2</source>
        <translation>Différence %L1 sur %L2</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Refresh from URL</source>
        <translation>&amp;Actualiser depuis l’URL</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n of your decisions on claims: they would put two sentences of one outlet in one claim.</source>
        <translation>
            <numerusform>%n de vos décisions sur les affirmations a été ignorée : elle mettrait deux phrases d’un même média dans une affirmation.</numerusform>
            <numerusform>%n de vos décisions sur les affirmations ont été ignorées : elles mettraient deux phrases d’un même média dans une affirmation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MetadataDialog</name>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Connu</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Détails de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>parallax::OpenLinksDialog</name>
    <message>
        <source>Open URL</source>
        <translation>Ouvrir une URL</translation>
    </message>
    <message>
        <source>&amp;Links to fetch, one a line (http or https). Only the page itself is fetched, never the images, styles or scripts it names.</source>
        <translation>&amp;Liens à récupérer, un par ligne (http ou https). Seule la page elle-même est récupérée, jamais les images, styles ou scripts qu’elle cite.</translation>
    </message>
    <message>
        <source>Fetch results</source>
        <translation>Résultats de la récupération</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>%1: fetching…</source>
        <translation>%1 : récupération…</translation>
    </message>
    <message>
        <source>%1: not an http or https link</source>
        <translation>%1 : pas un lien http ou https</translation>
    </message>
    <message>
        <source>Nothing to fetch.</source>
        <translation>Rien à récupérer.</translation>
    </message>
    <message>
        <source>%1 of %2 links, %3</source>
        <translation>%1 liens sur %2, %3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>%1 liens sur %2</translation>
    </message>
    <message>
        <source>%1: fetched (%2)</source>
        <translation>%1 : récupéré (%2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link could not be fetched.</source>
        <translation>
            <numerusform>%Ln lien n’a pas pu être récupéré.</numerusform>
            <numerusform>%Ln liens n’ont pas pu être récupérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links could not be fetched.</source>
        <translation>
            <numerusform>%Ln lien n’a pas pu être récupéré.</numerusform>
            <numerusform>%Ln liens n’ont pas pu être récupérés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::OverlapHeatMap</name>
    <message>
        <source>Overlap between outlets</source>
        <translation>Recoupement entre médias</translation>
    </message>
    <message>
        <source>No overlap to show yet.</source>
        <translation>Aucun recoupement à afficher pour le moment.</translation>
    </message>
    <message>
        <source>Share of the row outlet&apos;s words in runs it shares with the column outlet. Click a cell to compare the two side by side.</source>
        <translation>Part des mots du média en ligne dans des passages qu&apos;il partage avec le média en colonne. Cliquez sur une case pour les comparer côte à côte.</translation>
    </message>
    <message>
        <source>%L1% of %2&apos;s words are in runs shared with %3. Click to compare them side by side.</source>
        <translation>%L1 % des mots de %2 sont dans des passages partagés avec %3. Cliquez pour les comparer côte à côte.</translation>
    </message>
</context>
<context>
    <name>parallax::OverviewRuler</name>
    <message>
        <source>Where this article shares text and where it stands alone; click to go there</source>
        <translation>Où cet article partage du texte et où il est seul ; cliquez pour y aller</translation>
    </message>
</context>
<context>
    <name>parallax::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <source>The shortest run of shared words highlighted as shared</source>
        <translation>La plus courte suite de mots partagés surlignée comme partagée</translation>
    </message>
    <message>
        <source>How similar two paragraphs must be to be linked; lower links more</source>
        <translation>À quel point deux paragraphes doivent se ressembler pour être liés ; plus bas lie davantage</translation>
    </message>
    <message>
        <source>How similar two paragraphs out of order must be to be linked as moved</source>
        <translation>À quel point deux paragraphes dans le désordre doivent se ressembler pour être liés comme déplacés</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Minimum shared &amp;run:</source>
        <translation>Suite partagée &amp;minimale :</translation>
    </message>
    <message>
        <source>&amp;Link threshold:</source>
        <translation>Seuil de &amp;liaison :</translation>
    </message>
    <message>
        <source>&amp;Move threshold:</source>
        <translation>Seuil de &amp;déplacement :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>A new language is used when Parallax is next started.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Parallax.</translation>
    </message>
</context>
<context>
    <name>parallax::QuotesView</name>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
</context>
<context>
    <name>parallax::ReaderView</name>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Body Text</source>
        <translation>Marquer comme texte &amp;principal</translation>
    </message>
    <message>
        <source>Mark as &amp;Furniture</source>
        <translation>Marquer comme élément de &amp;page</translation>
    </message>
    <message>
        <source>Furniture (ads, navigation, captions) takes no part in comparisons</source>
        <translation>Les éléments de page (publicités, navigation, légendes) ne participent pas aux comparaisons</translation>
    </message>
    <message>
        <source>Mark as &amp;Heading</source>
        <translation>Marquer comme &amp;titre</translation>
    </message>
    <message>
        <source>Select one article in the library to read it here.</source>
        <translation>Sélectionnez un article dans la bibliothèque pour le lire ici.</translation>
    </message>
    <message>
        <source>fetched from %1 on %2</source>
        <translation>récupéré depuis %1 le %2</translation>
    </message>
    <message>
        <source>Correct the outlet, title, byline, date or language</source>
        <translation>Corriger le média, le titre, la signature, la date ou la langue</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>langue inconnue</translation>
    </message>
</context>
<context>
    <name>parallax::SearchResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
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
        <translation>Choisir l&apos;article que ce côté affiche</translation>
    </message>
    <message>
        <source>(unknown outlet)</source>
        <translation>(média inconnu)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1% of this article is shared with %2</source>
        <translation>%L1 % de cet article est partagé avec %2</translation>
    </message>
</context>
<context>
    <name>parallax::StoryGroupingPanel</name>
    <message>
        <source>Find stories among the articles that are in none, or check where new articles belong.</source>
        <translation>Trouver des histoires parmi les articles qui n&apos;en ont aucune, ou vérifier où vont les nouveaux articles.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Story proposals</source>
        <translation>Propositions d&apos;histoires</translation>
    </message>
    <message>
        <source>&amp;Find Stories</source>
        <translation>&amp;Trouver des histoires</translation>
    </message>
    <message>
        <source>&amp;File Ticked Articles</source>
        <translation>&amp;Classer les articles cochés</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>Histoire %1</translation>
    </message>
    <message>
        <source>Looking for the stories these articles belong to…</source>
        <translation>Recherche des histoires auxquelles ces articles appartiennent…</translation>
    </message>
    <message>
        <source>Grouping the articles that are in no story…</source>
        <translation>Regroupement des articles qui n&apos;appartiennent à aucune histoire…</translation>
    </message>
    <message>
        <source>No story in the library looks like these articles.</source>
        <translation>Aucune histoire de la bibliothèque ne ressemble à ces articles.</translation>
    </message>
    <message>
        <source>Untick what is wrong, then file the rest.</source>
        <translation>Décochez ce qui est faux, puis classez le reste.</translation>
    </message>
    <message>
        <source>The new story&apos;s name; double-click to change it.</source>
        <translation>Le nom de la nouvelle histoire ; double-cliquez pour le changer.</translation>
    </message>
    <message>
        <source>The loose articles do not group into stories.</source>
        <translation>Les articles isolés ne se regroupent pas en histoires.</translation>
    </message>
    <message>
        <source>Filed.</source>
        <translation>Classé.</translation>
    </message>
    <message>
        <source>Add “%1” to the story “%2” (%L3% alike)</source>
        <translation>Ajouter « %1 » à l’histoire « %2 » (%L3 % de ressemblance)</translation>
    </message>
    <message numerus="yes">
        <source>Stories proposed: %Ln. Rename or untick them, then file the rest.</source>
        <translation>
            <numerusform>Histoires proposées : %Ln. Renommez-les ou décochez-les, puis classez le reste.</numerusform>
            <numerusform>Histoires proposées : %Ln. Renommez-les ou décochez-les, puis classez le reste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::TimelineView</name>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Wholly derived</source>
        <translation>Entièrement repris</translation>
    </message>
    <message>
        <source>Partly derived</source>
        <translation>Partiellement repris</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Indépendant</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>, most with %1</source>
        <translation>, surtout avec %1</translation>
    </message>
    <message>
        <source>%1: %L2% of its words shared with other outlets</source>
        <translation>%1 : %L2 % de ses mots partagés avec d’autres médias</translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsView</name>
    <message>
        <source>Only this outlet reports</source>
        <translation>Seul ce média rapporte</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln claim(s) no other outlet makes</source>
        <translation>
            <numerusform>%1 — %Ln affirmation qu’aucun autre média ne fait</numerusform>
            <numerusform>%1 — %Ln affirmations qu’aucun autre média ne fait</numerusform>
        </translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>Le plus proche ailleurs : %1, %2 — « %3 »</translation>
    </message>
    <message>
        <source>Split by hand: you said it is not the claim the matcher put it in.</source>
        <translation>Séparée à la main : vous avez indiqué que ce n’est pas l’affirmation où l’appariement l’avait placée.</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>Rien d’approchant ailleurs.</translation>
    </message>
    <message>
        <source>Activate to read that sentence&apos;s claim.</source>
        <translation>Activez pour lire l’affirmation de cette phrase.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>List the articles in the library</source>
        <translation>Listar los artículos de la biblioteca</translation>
    </message>
    <message>
        <source>Show one article with its blocks and their roles</source>
        <translation>Mostrar un artículo con sus bloques y sus funciones</translation>
    </message>
    <message>
        <source>Align articles and write the comparison</source>
        <translation>Alinear artículos y escribir la comparación</translation>
    </message>
    <message>
        <source>Write a story&apos;s comparison as HTML, PDF, CSV or JSON</source>
        <translation>Escribir la comparación de una noticia como HTML, PDF, CSV o JSON</translation>
    </message>
    <message>
        <source>List a story&apos;s claims: which outlets carry each, and how</source>
        <translation>Listar las afirmaciones de una noticia: qué medios recogen cada una, y cómo</translation>
    </message>
    <message>
        <source>List the quotes in a story and who carries them</source>
        <translation>Listar las citas de una noticia y quién las recoge</translation>
    </message>
    <message>
        <source>Copy the library to a rotating backup now</source>
        <translation>Copiar ahora la biblioteca en una copia de seguridad rotatoria</translation>
    </message>
    <message>
        <source>Put a backup in place as the library</source>
        <translation>Poner una copia de seguridad en su lugar como biblioteca</translation>
    </message>
    <message>
        <source>File the articles under this story.</source>
        <translation>Archivar los artículos en esta noticia.</translation>
    </message>
    <message>
        <source>The outlet that published these articles.</source>
        <translation>El medio que publicó estos artículos.</translation>
    </message>
    <message>
        <source>imported %1 as article %2</source>
        <translation>%1 importado como artículo %2</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2</source>
        <translation>%1: ya está en la biblioteca como artículo %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 failed</source>
        <translation>%1 importados, %2 ya presentes, %3 fallidos</translation>
    </message>
    <message>
        <source>List the articles in the library.</source>
        <translation>Listar los artículos de la biblioteca.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Escribir JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an article with its blocks and their roles.</source>
        <translation>Mostrar un artículo con sus bloques y sus funciones.</translation>
    </message>
    <message>
        <source>parallax show: give one article id (see parallax list)</source>
        <translation>parallax show: indique un identificador de artículo (véase parallax list)</translation>
    </message>
    <message>
        <source>parallax show: no article %1</source>
        <translation>parallax show: no existe el artículo %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Copy the library to LIBRARY.backup-1 now, keeping the %1 newest copies.</source>
        <translation>Copiar ahora la biblioteca en LIBRARY.backup-1, conservando las %1 copias más recientes.</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>copia de seguridad en %1</translation>
    </message>
    <message>
        <source>Put backup N (default 1, the newest) in place as the library. A library already there is moved aside, never overwritten. Close the window first.</source>
        <translation>Poner la copia de seguridad N (por defecto 1, la más reciente) en su lugar como biblioteca. Una biblioteca que ya esté ahí se aparta, nunca se sobrescribe. Cierre antes la ventana.</translation>
    </message>
    <message>
        <source>List the backups and do nothing else.</source>
        <translation>Listar las copias de seguridad y no hacer nada más.</translation>
    </message>
    <message>
        <source>parallax restore-backup: N is a number from 1 to %1</source>
        <translation>parallax restore-backup: N es un número del 1 al %1</translation>
    </message>
    <message>
        <source>the library that was there is kept as %1</source>
        <translation>la biblioteca que había se conserva como %1</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>%1 restaurado como %2</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>idéntica</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>casi literal</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>paráfrasis</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>solo aquí</translation>
    </message>
    <message>
        <source>%1 of %2: </source>
        <translation>%1 de %2: </translation>
    </message>
    <message>
        <source>differs: %1 “%2” / %3 “%4”</source>
        <translation>difiere: %1 «%2» / %3 «%4»</translation>
    </message>
    <message>
        <source>parallax %1: no story named %2 in the library</source>
        <translation>parallax %1: no hay ninguna noticia llamada %2 en la biblioteca</translation>
    </message>
    <message>
        <source>parallax %1: the story %2 holds fewer than two articles</source>
        <translation>parallax %1: la noticia %2 contiene menos de dos artículos</translation>
    </message>
    <message>
        <source>List who reported what: every claim of a story&apos;s articles, the outlets that carry it and how, and facts that differ between them.</source>
        <translation>Listar quién informó de qué: cada afirmación de los artículos de una noticia, los medios que la recogen y cómo, y los datos que difieren entre ellos.</translation>
    </message>
    <message>
        <source>The story whose articles to compare.</source>
        <translation>La noticia cuyos artículos se comparan.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Only claims a single outlet makes.</source>
        <translation>Solo las afirmaciones que hace un único medio.</translation>
    </message>
    <message>
        <source>Write JSON to standard output.</source>
        <translation>Escribir JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Write CSV to standard output.</source>
        <translation>Escribir CSV en la salida estándar.</translation>
    </message>
    <message>
        <source>parallax claims: name one story with --story, and at most one of --json and --csv; see parallax claims --help</source>
        <translation>parallax claims: indique una noticia con --story y como mucho una de --json y --csv; véase parallax claims --help</translation>
    </message>
    <message>
        <source>Usage: parallax [--library PATH] [FILE...]
       parallax COMMAND [OPTIONS] ...

Compare how news outlets cover the same story. Without a command, opens
the window (with the given files imported and compared).

Commands:
</source>
        <translation>Uso: parallax [--library RUTA] [ARCHIVO...]
     parallax ORDEN [OPCIONES] ...

Compara cómo cubren los medios una misma noticia. Sin una orden, abre la
ventana (con los archivos indicados importados y comparados).

Órdenes:
</translation>
    </message>
    <message>
        <source>parallax: unknown command; see parallax --help</source>
        <translation>parallax: orden desconocida; véase parallax --help</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>parallax: cannot open the library: %1</source>
        <translation>parallax: no se puede abrir la biblioteca: %1</translation>
    </message>
    <message>
        <source>parallax compare: no article %1 in the library</source>
        <translation>parallax compare: no existe el artículo %1 en la biblioteca</translation>
    </message>
    <message>
        <source>parallax compare: cannot write %1: %2</source>
        <translation>parallax compare: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 ~ %2: %3 links, %4% / %5% of words shared</source>
        <translation>%1 ~ %2: %3 enlaces, %4 % / %5 % de palabras compartidas</translation>
    </message>
    <message>
        <source>%1 claims, %2 of them unique to one article</source>
        <translation>%1 afirmaciones, %2 de ellas exclusivas de un artículo</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH (- for standard output).</source>
        <translation>Escribir la comparación como JSON en RUTA (- para la salida estándar).</translation>
    </message>
    <message>
        <source>Shortest shared run of words to highlight.</source>
        <translation>Fragmento compartido más corto de palabras que se resalta.</translation>
    </message>
    <message>
        <source>Similarity (0-1) needed to link two paragraphs.</source>
        <translation>Parecido (0-1) necesario para enlazar dos párrafos.</translation>
    </message>
    <message>
        <source>parallax compare: --min-run takes a whole number of at least 1</source>
        <translation>parallax compare: --min-run requiere un número entero de al menos 1</translation>
    </message>
    <message>
        <source>parallax compare: --threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare: --threshold requiere un número mayor que 0 y como mucho 1</translation>
    </message>
    <message>
        <source>parallax %1: cannot write %2: %3</source>
        <translation>parallax %1: no se puede escribir %2: %3</translation>
    </message>
    <message>
        <source>Write the comparison as a standalone HTML page to PATH.</source>
        <translation>Escribir la comparación como página HTML independiente en RUTA.</translation>
    </message>
    <message>
        <source>Write the comparison as PDF to PATH.</source>
        <translation>Escribir la comparación como PDF en RUTA.</translation>
    </message>
    <message>
        <source>Write the claims as CSV to PATH.</source>
        <translation>Escribir las afirmaciones como CSV en RUTA.</translation>
    </message>
    <message>
        <source>parallax %1: --pdf needs the offscreen Qt platform, which could not be started</source>
        <translation>parallax %1: --pdf necesita la plataforma offscreen de Qt, que no se pudo iniciar</translation>
    </message>
    <message>
        <source>Compare the articles of a story in the library and write the comparison.</source>
        <translation>Comparar los artículos de una noticia de la biblioteca y escribir la comparación.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH.</source>
        <translation>Escribir la comparación como JSON en RUTA.</translation>
    </message>
    <message>
        <source>parallax export: name one story with --story; see parallax export --help</source>
        <translation>parallax export: indique una noticia con --story; véase parallax export --help</translation>
    </message>
    <message>
        <source>parallax export: choose at least one of --html, --pdf, --csv, --json</source>
        <translation>parallax export: elija al menos una de --html, --pdf, --csv, --json</translation>
    </message>
    <message>
        <source>parallax export: no story named %1 in the library</source>
        <translation>parallax export: no hay ninguna noticia llamada %1 en la biblioteca</translation>
    </message>
    <message>
        <source>parallax export: the story %1 holds fewer than two articles</source>
        <translation>parallax export: la noticia %1 contiene menos de dos artículos</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
    <message>
        <source>%1 of %2 outlets</source>
        <translation>%1 de %2 medios</translation>
    </message>
    <message>
        <source>wording differs</source>
        <translation>la formulación difiere</translation>
    </message>
    <message>
        <source>List the quoted speech in a story&apos;s articles: who is quoted, by which outlets, and whether they quote the same words.</source>
        <translation>Listar las citas textuales de los artículos de una noticia: a quién se cita, en qué medios, y si citan las mismas palabras.</translation>
    </message>
    <message>
        <source>The story whose articles to read.</source>
        <translation>La noticia cuyos artículos se leen.</translation>
    </message>
    <message>
        <source>parallax quotes: name one story with --story; see parallax quotes --help</source>
        <translation>parallax quotes: indique una noticia con --story; véase parallax quotes --help</translation>
    </message>
    <message>
        <source>Import files, folders or links into the library</source>
        <translation>Importar archivos, carpetas o enlaces a la biblioteca</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again and keep a changed page as a new version</source>
        <translation>Volver a descargar el enlace de un artículo y guardar una página cambiada como nueva versión</translation>
    </message>
    <message>
        <source>Align two or more articles: files and links are imported into the library first.</source>
        <translation>Alinear dos o más artículos: los archivos y enlaces se importan primero a la biblioteca.</translation>
    </message>
    <message>
        <source>Read files and links into memory only; leave the library alone.</source>
        <translation>Leer archivos y enlaces solo en memoria; no tocar la biblioteca.</translation>
    </message>
    <message>
        <source>parallax compare: name at least two files, links or article ids</source>
        <translation>parallax compare: indique al menos dos archivos, enlaces o identificadores de artículo</translation>
    </message>
    <message>
        <source>Import articles into the library. A link (http or https) is fetched: the page alone, nothing it names.</source>
        <translation>Importar artículos a la biblioteca. Un enlace (http o https) se descarga: solo la página, nada de lo que menciona.</translation>
    </message>
    <message>
        <source>parallax import: name at least one file, folder or link</source>
        <translation>parallax import: indique al menos un archivo, una carpeta o un enlace</translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation>versión %1 del artículo %2</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again. The same bytes leave the library as it is; a changed page is stored as a new article, the next version of this one.</source>
        <translation>Volver a descargar el enlace de un artículo. Los mismos bytes dejan la biblioteca como está; una página cambiada se guarda como un artículo nuevo, la versión siguiente de este.</translation>
    </message>
    <message>
        <source>parallax refresh: give one article id (see parallax list)</source>
        <translation>parallax refresh: indique un identificador de artículo (véase parallax list)</translation>
    </message>
    <message>
        <source>parallax refresh: no article %1</source>
        <translation>parallax refresh: no existe el artículo %1</translation>
    </message>
    <message>
        <source>parallax refresh: article %1 was not fetched from a link</source>
        <translation>parallax refresh: el artículo %1 no se descargó de un enlace</translation>
    </message>
    <message>
        <source>article %1 is unchanged</source>
        <translation>el artículo %1 no ha cambiado</translation>
    </message>
    <message>
        <source>article %1: the page is now the same as article %2</source>
        <translation>artículo %1: la página es ahora igual al artículo %2</translation>
    </message>
    <message>
        <source>article %1 has changed: stored as article %2, version %3 of article %4</source>
        <translation>el artículo %1 ha cambiado: guardado como artículo %2, versión %3 del artículo %4</translation>
    </message>
    <message>
        <source>compare them with: parallax compare %1 %2</source>
        <translation>compárelos con: parallax compare %1 %2</translation>
    </message>
    <message>
        <source>Fetched from</source>
        <translation>Descargado de</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL final</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>Descargado el</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>closest elsewhere: %1, %2 “%3”</source>
        <translation>lo más cercano en otro medio: %1, %2 «%3»</translation>
    </message>
    <message>
        <source>nothing elsewhere comes close</source>
        <translation>nada parecido en otro medio</translation>
    </message>
    <message>
        <source>merged by hand</source>
        <translation>unida a mano</translation>
    </message>
    <message>
        <source>split by hand</source>
        <translation>separada a mano</translation>
    </message>
    <message numerus="yes">
        <source>parallax %1: left out %n decision(s) to make claims one that would hold two sentences of one article</source>
        <translation>
            <numerusform>parallax %1: se omitió %n decisión de unir afirmaciones que dejaría dos frases de un mismo artículo en una afirmación</numerusform>
            <numerusform>parallax %1: se omitieron %n decisiones de unir afirmaciones que dejarían dos frases de un mismo artículo en una afirmación</numerusform>
        </translation>
    </message>
    <message>
        <source>Matcher score (0-1) at which two sentences count as one claim; below it a sentence is unique to its outlet.</source>
        <translation>Puntuación del comparador (0-1) a partir de la cual dos frases cuentan como una misma afirmación; por debajo, la frase es exclusiva de su medio.</translation>
    </message>
    <message>
        <source>parallax compare: --claim-threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare: --claim-threshold requiere un número mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <source>the library is on a PostgreSQL server; back it up with the server&apos;s own tools: pg_dump --format=custom --file=library.dump &apos;%1&apos;, and put a copy back with pg_restore --clean --dbname &apos;%1&apos; library.dump</source>
        <translation>la biblioteca está en un servidor PostgreSQL; haga la copia de seguridad con las herramientas del servidor: pg_dump --format=custom --file=library.dump &apos;%1&apos;, y restaure una copia con pg_restore --clean --dbname &apos;%1&apos; library.dump</translation>
    </message>
    <message>
        <source>Copy a whole library to another file or server: library copy FROM TO</source>
        <translation>Copiar una biblioteca entera a otro archivo o servidor: library copy ORIGEN DESTINO</translation>
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
Opciones:
  --library RUTA  el archivo de biblioteca (por defecto: %1), o una biblioteca compartida
                  en un servidor PostgreSQL: postgresql://usuario@servidor:5432/base
  -h, --help      mostrar esta ayuda; `parallax ORDEN --help` para una orden
  -v, --version   mostrar la versión

Códigos de salida: 0 éxito, 1 fallaron algunas entradas, 2 error de uso, 3 error de biblioteca.
</translation>
    </message>
    <message>
        <source>The library file to use, or postgresql://user@host:5432/database for a shared library on a PostgreSQL server.</source>
        <translation>El archivo de biblioteca que se usará, o postgresql://usuario@servidor:5432/base para una biblioteca compartida en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Copy every article (with its original bytes), role, story, note, claim decision and cached comparison of the library FROM into the library TO, each a file or a postgresql://user@host:5432/database URL. Rows already in TO are kept, so a copy cut short goes on when run again; the two are compared table by table at the end.</source>
        <translation>Copiar cada artículo (con sus bytes originales), función, historia, nota, decisión sobre afirmaciones y comparación en caché de la biblioteca FROM a la biblioteca TO, cada una un archivo o una URL postgresql://usuario@servidor:5432/base. Las filas que ya están en TO se conservan, así que una copia interrumpida sigue al ejecutarla de nuevo; al final se comparan las dos tabla por tabla.</translation>
    </message>
    <message>
        <source>parallax library: use parallax library copy FROM TO</source>
        <translation>parallax library: use parallax library copy ORIGEN DESTINO</translation>
    </message>
    <message>
        <source>parallax library copy: FROM and TO are the same library</source>
        <translation>parallax library copy: ORIGEN y DESTINO son la misma biblioteca</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 copied now</source>
        <translation>%1: %2 filas, %3 copiadas ahora</translation>
    </message>
    <message>
        <source>parallax library copy: %1; run it again to go on</source>
        <translation>parallax library copy: %1; ejecútela de nuevo para continuar</translation>
    </message>
    <message>
        <source>parallax library copy: %1 does not hold the same rows as %2 in %3 (it held other rows before the copy)</source>
        <translation>parallax library copy: %1 no tiene las mismas filas que %2 en %3 (tenía otras filas antes de la copia)</translation>
    </message>
    <message>
        <source>copied %1 to %2; every table has the same rows and hashes in both</source>
        <translation>%1 copiada a %2; cada tabla tiene las mismas filas y sumas de comprobación en ambas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of articles in a language: 3 English</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 articles: compared within each language</source>
        <translation>%1 artículos: comparados dentro de cada idioma</translation>
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
        <translation>Solo %1 dice esto.</translation>
    </message>
    <message>
        <source>Only %1 has this paragraph.</source>
        <translation>Solo %1 tiene este párrafo.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation>Medio %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page furniture, not compared (%1)</source>
        <translation>Elementos de página, no comparados (%1)</translation>
    </message>
    <message>
        <source>The sentence in %1</source>
        <translation>La frase en %1</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Each row is one claim, in the words of the first article that makes it; a tick links to the sentence in that outlet.</source>
        <translation>Cada fila es una afirmación, con las palabras del primer artículo que la hace; una marca enlaza con la frase en ese medio.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Idéntico</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Casi literal</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paráfrasis</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Solo aquí</translation>
    </message>
    <message>
        <source>%1: %2% of its words shared with %3</source>
        <translation>%1: %2 % de sus palabras compartidas con %3</translation>
    </message>
    <message>
        <source>Matching paragraphs: %1 identical, %2 near-verbatim, %3 paraphrased; %4 of them moved</source>
        <translation>Párrafos coincidentes: %1 idénticos, %2 casi literales, %3 parafraseados; %4 de ellos movidos</translation>
    </message>
    <message>
        <source>Claims: %1 in both, %2 only in %3, %4 only in %5</source>
        <translation>Afirmaciones: %1 en ambos, %2 solo en %3, %4 solo en %5</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>the same words in both articles (solid underline)</source>
        <translation>las mismas palabras en ambos artículos (subrayado continuo)</translation>
    </message>
    <message>
        <source>shared words of a sentence with a few words changed (dashed)</source>
        <translation>palabras compartidas de una frase con unas pocas palabras cambiadas (discontinuo)</translation>
    </message>
    <message>
        <source>shared words of the same claim put in other words (dotted)</source>
        <translation>palabras compartidas de la misma afirmación dicha con otras palabras (punteado)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>a matching paragraph out of order</source>
        <translation>un párrafo coincidente fuera de orden</translation>
    </message>
    <message>
        <source>a claim the other article does not make (wavy underline)</source>
        <translation>una afirmación que el otro artículo no hace (subrayado ondulado)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>a claim that two or more outlets make (solid underline)</source>
        <translation>una afirmación que hacen dos o más medios (subrayado continuo)</translation>
    </message>
    <message>
        <source>a claim only this outlet makes (wavy underline)</source>
        <translation>una afirmación que solo hace este medio (subrayado ondulado)</translation>
    </message>
    <message>
        <source>Each highlight and paragraph label links to its counterpart in the other column.</source>
        <translation>Cada resaltado y cada etiqueta de párrafo enlaza con su equivalente en la otra columna.</translation>
    </message>
    <message>
        <source>Each highlighted sentence links to its row in the claims table.</source>
        <translation>Cada frase resaltada enlaza con su fila en la tabla de afirmaciones.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparación: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of this translation&apos;s language</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Parallax comparison of %1 articles</source>
        <translation>Comparación de Parallax de %1 artículos</translation>
    </message>
    <message>
        <source>Exported from Parallax. The highlights are found by matching words automatically: read the articles before you rely on them.</source>
        <translation>Exportado desde Parallax. Los resaltados se obtienen comparando palabras automáticamente: lea los artículos antes de fiarse de ellos.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Discutido</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that it shares with the column article</source>
        <translation>Proporción de las palabras del artículo de la fila que comparte con el artículo de la columna</translation>
    </message>
    <message>
        <source>The matching paragraph in %1</source>
        <translation>El párrafo coincidente en %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>Lo más cercano en otro medio: %1, %2 — «%3»</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>Nada parecido en otro medio.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Unida a mano</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>Separada a mano</translation>
    </message>
    <message>
        <source>Claims only one outlet makes</source>
        <translation>Afirmaciones de un solo medio</translation>
    </message>
    <message>
        <source>Each with the sentence elsewhere that comes closest and the matcher&apos;s score for the two: of pairs scored 0.4, about 4 in 10 state the same claim.</source>
        <translation>Cada una con la frase más cercana de otro medio y la puntuación que el emparejamiento da a ambas: de los pares con puntuación 0.4, unos 4 de cada 10 expresan la misma afirmación.</translation>
    </message>
    <message>
        <source>Grouped by hand</source>
        <translation>Agrupadas a mano</translation>
    </message>
    <message>
        <source>A reader said these sentences state one claim, or took a sentence out of a claim, where the matcher had judged otherwise.</source>
        <translation>Un lector indicó que estas frases expresan una misma afirmación, o sacó una frase de una afirmación, donde el emparejamiento había juzgado lo contrario.</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Classic (green, yellow, red)</source>
        <translation>Clásico (verde, amarillo, rojo)</translation>
    </message>
    <message>
        <source>Okabe–Ito (safe for colour blindness)</source>
        <translation>Okabe–Ito (apto para daltonismo)</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Idéntico</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Casi literal</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paráfrasis</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Solo aquí</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>PNG image</source>
        <translation>imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>imagen JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>imagen GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>imagen WebP</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>imagen TIFF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>archivo comprimido ZIP</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>documento de Microsoft Office</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>archivo comprimido gzip</translation>
    </message>
    <message>
        <source>xz archive</source>
        <translation>archivo comprimido xz</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>archivo comprimido 7-Zip</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>archivo comprimido RAR</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation>archivo comprimido Zstandard</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>ejecutable ELF</translation>
    </message>
    <message>
        <source>Windows executable</source>
        <translation>ejecutable de Windows</translation>
    </message>
    <message>
        <source>Mach-O executable</source>
        <translation>ejecutable Mach-O</translation>
    </message>
    <message>
        <source>Java class or Mach-O executable</source>
        <translation>clase de Java o ejecutable Mach-O</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>base de datos SQLite</translation>
    </message>
    <message>
        <source>Ogg media</source>
        <translation>archivo multimedia Ogg</translation>
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
        <translation>vídeo AVI</translation>
    </message>
    <message>
        <source>MP4 or QuickTime media</source>
        <translation>archivo multimedia MP4 o QuickTime</translation>
    </message>
    <message>
        <source>WOFF font</source>
        <translation>fuente WOFF</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>no text to read in it</source>
        <translation>no contiene texto que leer</translation>
    </message>
    <message>
        <source>not text: too many control characters</source>
        <translation>no es texto: demasiados caracteres de control</translation>
    </message>
    <message>
        <source>not text: contains NUL characters</source>
        <translation>no es texto: contiene caracteres NUL</translation>
    </message>
    <message>
        <source>cannot decode: invalid UTF-8 and no charset detected</source>
        <translation>no se puede decodificar: UTF-8 no válido y no se detectó ningún juego de caracteres</translation>
    </message>
    <message>
        <source>cannot decode: detected charset %1 is not supported</source>
        <translation>no se puede decodificar: el juego de caracteres detectado %1 no es compatible</translation>
    </message>
    <message>
        <source>too large for an article: %1 MB</source>
        <translation>demasiado grande para un artículo: %1 MB</translation>
    </message>
    <message>
        <source>binary file (%1)</source>
        <translation>archivo binario (%1)</translation>
    </message>
    <message>
        <source>not text: contains NUL bytes (first at byte %1)</source>
        <translation>no es texto: contiene bytes NUL (el primero en el byte %1)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>too large (%1; the limit is %2)</source>
        <translation>demasiado grande (%1; el límite es %2)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>too large (the limit is %1)</source>
        <translation>demasiado grande (el límite es %1)</translation>
    </message>
    <message>
        <source>the library could not store it: %1</source>
        <translation>la biblioteca no pudo guardarlo: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>timed out: no data for %1 seconds</source>
        <translation>tiempo agotado: sin datos durante %1 segundos</translation>
    </message>
    <message>
        <source>timed out: not complete after %1 seconds</source>
        <translation>tiempo agotado: incompleto tras %1 segundos</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>no es una dirección web</translation>
    </message>
    <message>
        <source>only http and https links are fetched, not %1:</source>
        <translation>solo se descargan enlaces http y https, no %1:</translation>
    </message>
    <message>
        <source>not an article: the server says it is %1</source>
        <translation>no es un artículo: el servidor dice que es %1</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location</source>
        <translation>redirección HTTP %1 sin Location</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https link</source>
        <translation>redirigido a %1, que no es un enlace http ni https</translation>
    </message>
    <message>
        <source>redirects in a loop (back to %1)</source>
        <translation>redirecciones en bucle (de vuelta a %1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>demasiadas redirecciones (más de %1)</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>la página está vacía</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>no such host: %1</source>
        <translation>no existe el host: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>error de TLS: %1</translation>
    </message>
    <message>
        <source>the compressed page unpacks to far more than was sent, or is damaged</source>
        <translation>la página comprimida se descomprime en mucho más de lo enviado, o está dañada</translation>
    </message>
    <message>
        <source>the page names it as “%1”, and it is not the article&apos;s text</source>
        <translation>la página lo llama «%1», y no es el texto del artículo</translation>
    </message>
    <message>
        <source>outside the part of the page that holds the article</source>
        <translation>fuera de la parte de la página que contiene el artículo</translation>
    </message>
    <message>
        <source>hidden from readers of the page</source>
        <translation>oculto a los lectores de la página</translation>
    </message>
    <message>
        <source>the page&apos;s navigation</source>
        <translation>la navegación de la página</translation>
    </message>
    <message>
        <source>a box beside the article</source>
        <translation>un recuadro junto al artículo</translation>
    </message>
    <message>
        <source>a footer</source>
        <translation>un pie de página</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>un formulario</translation>
    </message>
    <message>
        <source>a list of links</source>
        <translation>una lista de enlaces</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>la firma</translation>
    </message>
    <message>
        <source>a line pages use for ads, tools, notices or credits</source>
        <translation>una línea de las que usan las páginas para anuncios, herramientas, avisos o créditos</translation>
    </message>
    <message>
        <source>repeats in the outlet&apos;s other articles</source>
        <translation>se repite en otros artículos del medio</translation>
    </message>
    <message>
        <source>a picture&apos;s label</source>
        <translation>la etiqueta de una imagen</translation>
    </message>
    <message>
        <source>above the headline</source>
        <translation>encima del titular</translation>
    </message>
    <message>
        <source>the headline of another story</source>
        <translation>el titular de otra noticia</translation>
    </message>
    <message>
        <source>after the article&apos;s last paragraph</source>
        <translation>después del último párrafo del artículo</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot write a backup to %1: %2</source>
        <translation>no se puede escribir una copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>no se puede nombrar la copia de seguridad %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>no se puede apartar %1 a %2</translation>
    </message>
    <message>
        <source>there is no backup %1 (%2)</source>
        <translation>no existe la copia de seguridad %1 (%2)</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>no se puede copiar %1 a %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place as %2</source>
        <translation>no se puede poner %1 en su lugar como %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>falta el controlador SQLite de Qt (instale libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>the library %1 was found damaged and set aside as %2. %3</source>
        <translation>la biblioteca %1 estaba dañada y se ha apartado como %2. %3</translation>
    </message>
    <message>
        <source>There is no backup of it. Move %1 elsewhere to start a new, empty library.</source>
        <translation>No hay ninguna copia de seguridad. Mueva %1 a otro sitio para empezar una biblioteca nueva y vacía.</translation>
    </message>
    <message>
        <source>Restore its latest backup with `parallax restore-backup --library %1`, or move %2 elsewhere to start a new, empty library.</source>
        <translation>Restaure su última copia de seguridad con `parallax restore-backup --library %1`, o mueva %2 a otro sitio para empezar una biblioteca nueva y vacía.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is no longer an SQLite file</source>
        <translation>ya no es un archivo SQLite</translation>
    </message>
    <message>
        <source>%1 is not a usable library: %2</source>
        <translation>%1 no es una biblioteca utilizable: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it cannot be checked</source>
        <translation>no se puede comprobar</translation>
    </message>
    <message>
        <source>It was moved aside, unchanged, to %1. </source>
        <translation>Se ha apartado, sin cambios, a %1. </translation>
    </message>
    <message>
        <source>There is no backup of it; the sqlite3 shell&apos;s .recover command may rescue part of it.</source>
        <translation>No hay ninguna copia de seguridad; la orden .recover del intérprete sqlite3 puede rescatar parte de ella.</translation>
    </message>
    <message>
        <source>Its latest backup, from %1, can be restored with `parallax restore-backup --library %2`.</source>
        <translation>Su última copia de seguridad, del %1, se puede restaurar con `parallax restore-backup --library %2`.</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2). %3</source>
        <translation>la biblioteca %1 está dañada (%2). %3</translation>
    </message>
    <message>
        <source>not a Parallax library (cannot read its version)</source>
        <translation>no es una biblioteca de Parallax (no se puede leer su versión)</translation>
    </message>
    <message>
        <source>the library was written by a newer Parallax (schema %1; this one reads up to %2)</source>
        <translation>la biblioteca la escribió un Parallax más reciente (esquema %1; este lee hasta el %2)</translation>
    </message>
    <message>
        <source>upgrading the library to schema %1 failed: %2</source>
        <translation>falló la actualización de la biblioteca al esquema %1: %2</translation>
    </message>
    <message>
        <source>the library %1 is open in Parallax (a window or a command); close it first</source>
        <translation>la biblioteca %1 está abierta en Parallax (una ventana o una orden); ciérrela primero</translation>
    </message>
    <message>
        <source>the library %1 is being replaced by a backup; open it again in a moment</source>
        <translation>la biblioteca %1 se está sustituyendo por una copia de seguridad; vuelva a abrirla en un momento</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>no se puede bloquear %1: %2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation>falta el controlador PostgreSQL de Qt (instale libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>the library URL cannot be read: %1</source>
        <translation>no se puede leer la URL de la biblioteca: %1</translation>
    </message>
    <message>
        <source>the library URL has an option PostgreSQL does not know: %1</source>
        <translation>la URL de la biblioteca tiene una opción que PostgreSQL no conoce: %1</translation>
    </message>
    <message>
        <source>the library URL option %1 may not contain &apos;;&apos;</source>
        <translation>la opción %1 de la URL de la biblioteca no puede contener &apos;;&apos;</translation>
    </message>
    <message>
        <source>the library URL names no database (postgresql://user@host:5432/database)</source>
        <translation>la URL de la biblioteca no nombra ninguna base de datos (postgresql://usuario@servidor:5432/base)</translation>
    </message>
    <message>
        <source>the library URL names no server (postgresql://user@host:5432/database)</source>
        <translation>la URL de la biblioteca no nombra ningún servidor (postgresql://usuario@servidor:5432/base)</translation>
    </message>
    <message>
        <source>you may read this library but not change it: the server refused the write (%1)</source>
        <translation>puede leer esta biblioteca pero no cambiarla: el servidor rechazó la escritura (%1)</translation>
    </message>
    <message>
        <source>the library file is read-only; nothing can be changed in it (%1)</source>
        <translation>el archivo de biblioteca es de solo lectura; no se puede cambiar nada en él (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost and cannot be made again: %1</source>
        <translation>se perdió la conexión con el servidor y no se puede restablecer: %1</translation>
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
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Note something about the selected words: to check, confirmed, disputed or context</source>
        <translation>Anotar algo sobre las palabras seleccionadas: por comprobar, confirmado, discutido o contexto</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Marked text:</source>
        <translation>Texto marcado:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsModel</name>
    <message>
        <source>To check</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Discutido</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Marked text</source>
        <translation>Texto marcado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Note, %1: %2</source>
        <translation>Nota, %1: %2</translation>
    </message>
    <message>
        <source>Furniture: marked by you</source>
        <translation>Elemento de página: marcado por usted</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Elemento de página</translation>
    </message>
    <message>
        <source>Furniture: %1</source>
        <translation>Elemento de página: %1</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimDetailView</name>
    <message>
        <source>Select a claim to read each outlet&apos;s wording of it.</source>
        <translation>Seleccione una afirmación para leer cómo la formula cada medio.</translation>
    </message>
    <message numerus="yes">
        <source>Claim %L1, carried by %Ln outlet(s). Words that differ from %2&apos;s wording are highlighted; facts that differ are underlined.</source>
        <translation>
            <numerusform>Afirmación %L1, recogida por %Ln medio. Las palabras que difieren de la formulación de %2 están resaltadas; los datos que difieren están subrayados.</numerusform>
            <numerusform>Afirmación %L1, recogida por %Ln medios. Las palabras que difieren de la formulación de %2 están resaltadas; los datos que difieren están subrayados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same claim — split</source>
        <translation>No es la misma afirmación — separar</translation>
    </message>
    <message>
        <source>Same as closest elsewhere</source>
        <translation>Misma afirmación que la frase más cercana en otro medio</translation>
    </message>
    <message>
        <source>Same claim as…</source>
        <translation>Misma afirmación que…</translation>
    </message>
    <message>
        <source>Merged by hand.</source>
        <translation>Unida a mano.</translation>
    </message>
    <message>
        <source>Split by hand.</source>
        <translation>Separada a mano.</translation>
    </message>
    <message>
        <source>Let the matcher decide</source>
        <translation>Dejar que decida el emparejamiento</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimMatrixModel</name>
    <message>
        <source>Identical</source>
        <translation>Idéntico</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Casi literal</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paráfrasis</translation>
    </message>
    <message>
        <source>Only this outlet</source>
        <translation>Solo este medio</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>No recogida</translation>
    </message>
    <message>
        <source>States a figure, date, name or title that differs from another outlet&apos;s.</source>
        <translation>Da una cifra, fecha, nombre o cargo distinto del de otro medio.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Article %L1</source>
        <translation>Artículo %L1</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %Ln outlet(s)</source>
        <translation>
            <numerusform>Recogida por %Ln medio</numerusform>
            <numerusform>Recogida por %Ln medios</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Unida a mano</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>Separada a mano</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimPickerDialog</name>
    <message>
        <source>Same Claim As</source>
        <translation>Misma afirmación que</translation>
    </message>
    <message>
        <source>Choose the claim this one states too. Only claims with no sentence from the same outlets are listed.</source>
        <translation>Elija la afirmación que esta también expresa. Solo se muestran afirmaciones sin frases de los mismos medios.</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrar por palabras</translation>
    </message>
    <message>
        <source>Filter the claims by words</source>
        <translation>Filtrar las afirmaciones por palabras</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Make One Claim</source>
        <translation>Hacer una sola afirmación</translation>
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
        <translation>Intercambiar lados</translation>
    </message>
    <message>
        <source>Select two or more articles in the library to compare them, or drop article files or folders on the window.</source>
        <translation>Seleccione dos o más artículos de la biblioteca para compararlos, o arrastre archivos o carpetas de artículos a la ventana.</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>Afirmaciones exclusivas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>&amp;Unique only</source>
        <translation>Solo &amp;exclusivas</translation>
    </message>
    <message>
        <source>&amp;Quotes only</source>
        <translation>Solo &amp;citas</translation>
    </message>
    <message>
        <source>With &amp;figures</source>
        <translation>Con &amp;cifras</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>A &amp;ciegas</translation>
    </message>
    <message>
        <source>Hide outlet names: show them as Outlet A, Outlet B, …</source>
        <translation>Ocultar los nombres de los medios: mostrarlos como Medio A, Medio B, …</translation>
    </message>
    <message>
        <source>Shared by ≥ </source>
        <translation>Compartida por ≥ </translation>
    </message>
    <message>
        <source>Shared by at least this many outlets</source>
        <translation>Compartida por al menos este número de medios</translation>
    </message>
    <message>
        <source>Story order</source>
        <translation>Orden de la noticia</translation>
    </message>
    <message>
        <source>Most carried first</source>
        <translation>Las más recogidas primero</translation>
    </message>
    <message>
        <source>Fewest carried first</source>
        <translation>Las menos recogidas primero</translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation>Orden de las afirmaciones</translation>
    </message>
    <message>
        <source>Claims matrix</source>
        <translation>Matriz de afirmaciones</translation>
    </message>
    <message>
        <source>Choose a story or several articles to see who reported what.</source>
        <translation>Elija una noticia o varios artículos para ver quién informó de qué.</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>idéntica</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>casi literal</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>paráfrasis</translation>
    </message>
    <message>
        <source>only this outlet</source>
        <translation>solo este medio</translation>
    </message>
    <message>
        <source>a figure, date, name or title differs</source>
        <translation>difiere una cifra, fecha, nombre o cargo</translation>
    </message>
    <message numerus="yes">
        <source>Working out who reported what across %Ln article(s)…</source>
        <translation>
            <numerusform>Averiguando quién informó de qué en %Ln artículo…</numerusform>
            <numerusform>Averiguando quién informó de qué en %Ln artículos…</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot be one claim: a claim holds at most one sentence of each outlet.</source>
        <translation>No pueden ser una sola afirmación: una afirmación contiene como mucho una frase de cada medio.</translation>
    </message>
    <message>
        <source>Same as Closest Elsewhere</source>
        <translation>Misma afirmación que la frase más cercana en otro medio</translation>
    </message>
    <message>
        <source>Same Claim As…</source>
        <translation>Misma afirmación que…</translation>
    </message>
    <message>
        <source>Not the Same Claim — Split</source>
        <translation>No es la misma afirmación — separar</translation>
    </message>
    <message>
        <source>Let the Matcher Decide</source>
        <translation>Dejar que decida el emparejamiento</translation>
    </message>
    <message>
        <source>Not made one claim: the closest sentence, in %1, is in a claim that already holds a sentence of %2, and a claim holds at most one sentence of each outlet.</source>
        <translation>No se unieron: la frase más cercana, en %1, está en una afirmación que ya contiene una frase de %2, y una afirmación contiene como mucho una frase de cada medio.</translation>
    </message>
    <message>
        <source>Take Out the Sentence from %1</source>
        <translation>Sacar la frase de %1</translation>
    </message>
    <message>
        <source>grouped by hand</source>
        <translation>agrupada a mano</translation>
    </message>
</context>
<context>
    <name>parallax::DamagedLibraryPrompt</name>
    <message>
        <source>Damaged Library</source>
        <translation>Biblioteca dañada</translation>
    </message>
    <message>
        <source>The library %1 is damaged. Parallax has set it aside, unchanged, as %2.</source>
        <translation>La biblioteca %1 está dañada. Parallax la ha apartado, sin cambios, como %2.</translation>
    </message>
    <message>
        <source>Restore its newest backup, made %1? What changed since then stays only in the damaged file.</source>
        <translation>¿Restaurar su copia de seguridad más reciente, hecha el %1? Lo que haya cambiado desde entonces solo queda en el archivo dañado.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
</context>
<context>
    <name>parallax::DiscrepancyListView</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <source>One outlet</source>
        <translation>Un medio</translation>
    </message>
    <message>
        <source>Another outlet</source>
        <translation>Otro medio</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>No differing figures, dates, names or titles found.</source>
        <translation>No se encontraron cifras, fechas, nombres ni cargos discrepantes.</translation>
    </message>
    <message>
        <source>Opposite word</source>
        <translation>Palabra opuesta</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>Negación</translation>
    </message>
</context>
<context>
    <name>parallax::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save the comparison as an HTML page, PDF, JSON or CSV of claims</source>
        <translation>Guardar la comparación como página HTML, PDF, JSON o CSV de afirmaciones</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Página HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Datos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV of claims (*.csv)</source>
        <translation>CSV de afirmaciones (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>No se pudo escribir %1:
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
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo tras el archivo actual…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %Ln archivo.</numerusform>
            <numerusform>No se pudieron importar %Ln archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %Ln archivo.</numerusform>
            <numerusform>No se pudieron importar %Ln archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article was imported.</source>
        <translation>
            <numerusform>Se importó %Ln artículo.</numerusform>
            <numerusform>Se importaron %Ln artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles were imported.</source>
        <translation>
            <numerusform>Se importó %Ln artículo.</numerusform>
            <numerusform>Se importaron %Ln artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %L1 of %L2: %3</source>
        <translation>Importando %L1 de %L2: %3</translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Moved (dashed)</source>
        <translation>Movido (discontinuo)</translation>
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
        <translation>Todos los artículos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article in the library</source>
        <translation>Todos los artículos de la biblioteca</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryService</name>
    <message>
        <source>No library is open.</source>
        <translation>No hay ninguna biblioteca abierta.</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Artículo pegado</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>Could not change the note: %1</source>
        <translation>No se pudo cambiar la nota: %1</translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation>No se pudo eliminar la nota: %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>No se puede restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>the article it refreshes is no longer in the library</source>
        <translation>el artículo que actualiza ya no está en la biblioteca</translation>
    </message>
    <message>
        <source>Could not save the decision on the claim: %1</source>
        <translation>No se pudo guardar la decisión sobre la afirmación: %1</translation>
    </message>
    <message>
        <source>Could not forget the decisions on the claim: %1</source>
        <translation>No se pudieron olvidar las decisiones sobre la afirmación: %1</translation>
    </message>
</context>
<context>
    <name>parallax::LinkImport</name>
    <message>
        <source>Fetching %1 again…</source>
        <translation>Volviendo a descargar %1…</translation>
    </message>
    <message>
        <source>The article could not be refreshed.</source>
        <translation>No se pudo actualizar el artículo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The page is unchanged.</source>
        <translation>La página no ha cambiado.</translation>
    </message>
    <message>
        <source>The page is now the same as article %1.</source>
        <translation>La página es ahora igual al artículo %1.</translation>
    </message>
    <message>
        <source>The page has changed: stored as a new version.</source>
        <translation>La página ha cambiado: guardada como versión nueva.</translation>
    </message>
    <message>
        <source>Refresh from URL</source>
        <translation>Actualizar desde la URL</translation>
    </message>
    <message>
        <source>The page at %1 has changed since it was fetched. The new page is kept as the next version of the article, beside the old one.</source>
        <translation>La página en %1 ha cambiado desde que se descargó. La nueva página se guarda como la versión siguiente del artículo, junto a la anterior.</translation>
    </message>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>&amp;Comparar versiones</translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparación</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lector</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Biblioteca: %1</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>No se puede abrir la biblioteca %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %Ln articles…</source>
        <translation>
            <numerusform>Comparando %Ln artículo…</numerusform>
            <numerusform>Comparando %Ln artículos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>El portapapeles no contiene texto que importar.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
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
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>&amp;Pegar artículo</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Abrir &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>Editar los &amp;detalles del artículo…</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Eliminar artículo…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;New Story from Selection…</source>
        <translation>&amp;Nueva noticia a partir de la selección…</translation>
    </message>
    <message>
        <source>&amp;Rename Story…</source>
        <translation>&amp;Renombrar noticia…</translation>
    </message>
    <message>
        <source>De&amp;lete Story…</source>
        <translation>E&amp;liminar noticia…</translation>
    </message>
    <message>
        <source>Remove from &amp;Story</source>
        <translation>Quitar de la &amp;noticia</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>Diferencia &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>Diferencia &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unique Claim</source>
        <translation>Afirmación e&amp;xclusiva siguiente</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Claim</source>
        <translation>Afirmación exclusiva an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>&amp;Intercambiar lados</translation>
    </message>
    <message>
        <source>Show &amp;Furniture</source>
        <translation>Mostrar &amp;elementos de página</translation>
    </message>
    <message>
        <source>Show ads, navigation and captions, greyed</source>
        <translation>Mostrar en gris anuncios, navegación y pies de foto</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Desplazamiento s&amp;incronizado</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Acerca de Parallax</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Acerca de Parallax</translation>
    </message>
    <message>
        <source>Parallax %1
Compare how news outlets cover the same story.</source>
        <translation>Parallax %1
Compara cómo cubren los medios una misma noticia.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Noticia</translation>
    </message>
    <message>
        <source>&amp;Add to Story</source>
        <translation>&amp;Añadir a la noticia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>Aún no hay noticias</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Abrir artículos</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>Artículos (*.txt *.html *.htm *.xhtml *.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>Abrir o crear biblioteca</translation>
    </message>
    <message>
        <source>Parallax libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliotecas de Parallax (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Nueva noticia</translation>
    </message>
    <message>
        <source>Name of the story:</source>
        <translation>Nombre de la noticia:</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Renombrar noticia</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Eliminar noticia</translation>
    </message>
    <message>
        <source>Delete this story? Its articles stay in the library.</source>
        <translation>¿Eliminar esta noticia? Sus artículos se quedan en la biblioteca.</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>Eliminar artículos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article from the library? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %Ln artículo de la biblioteca? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %Ln artículos de la biblioteca? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln articles from the library? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %Ln artículo de la biblioteca? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %Ln artículos de la biblioteca? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>Co&amp;bertura</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Story Suggestions</source>
        <translation>Propuestas de noticias</translation>
    </message>
    <message>
        <source>Suggest S&amp;tories for Loose Articles</source>
        <translation>Proponer no&amp;ticias para los artículos sueltos</translation>
    </message>
    <message>
        <source>Aligned in %L1 ms</source>
        <translation>Alineado en %L1 ms</translation>
    </message>
    <message>
        <source>Comparing: %L1 of %L2 pairs</source>
        <translation>Comparando: %L1 de %L2 pares</translation>
    </message>
    <message>
        <source>Difference %L1 of %L2</source>
        <translation>Diferencia %L1 de %L2</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Refresh from URL</source>
        <translation>Actualizar desde la U&amp;RL</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n of your decisions on claims: they would put two sentences of one outlet in one claim.</source>
        <translation>
            <numerusform>Se omitió %n de sus decisiones sobre afirmaciones: pondría dos frases de un mismo medio en una afirmación.</numerusform>
            <numerusform>Se omitieron %n de sus decisiones sobre afirmaciones: pondrían dos frases de un mismo medio en una afirmación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MetadataDialog</name>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Conocido</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Detalles del artículo</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>parallax::OpenLinksDialog</name>
    <message>
        <source>Open URL</source>
        <translation>Abrir URL</translation>
    </message>
    <message>
        <source>&amp;Links to fetch, one a line (http or https). Only the page itself is fetched, never the images, styles or scripts it names.</source>
        <translation>&amp;Enlaces que descargar, uno por línea (http o https). Solo se descarga la página, nunca las imágenes, estilos o scripts que menciona.</translation>
    </message>
    <message>
        <source>Fetch results</source>
        <translation>Resultados de la descarga</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>%1: fetching…</source>
        <translation>%1: descargando…</translation>
    </message>
    <message>
        <source>%1: not an http or https link</source>
        <translation>%1: no es un enlace http ni https</translation>
    </message>
    <message>
        <source>Nothing to fetch.</source>
        <translation>Nada que descargar.</translation>
    </message>
    <message>
        <source>%1 of %2 links, %3</source>
        <translation>%1 de %2 enlaces, %3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>%1 de %2 enlaces</translation>
    </message>
    <message>
        <source>%1: fetched (%2)</source>
        <translation>%1: descargado (%2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link could not be fetched.</source>
        <translation>
            <numerusform>No se pudo descargar %Ln enlace.</numerusform>
            <numerusform>No se pudieron descargar %Ln enlaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links could not be fetched.</source>
        <translation>
            <numerusform>No se pudo descargar %Ln enlace.</numerusform>
            <numerusform>No se pudieron descargar %Ln enlaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::OverlapHeatMap</name>
    <message>
        <source>Overlap between outlets</source>
        <translation>Coincidencia entre medios</translation>
    </message>
    <message>
        <source>No overlap to show yet.</source>
        <translation>Aún no hay coincidencias que mostrar.</translation>
    </message>
    <message>
        <source>Share of the row outlet&apos;s words in runs it shares with the column outlet. Click a cell to compare the two side by side.</source>
        <translation>Proporción de las palabras del medio de la fila en fragmentos que comparte con el medio de la columna. Haga clic en una celda para compararlos lado a lado.</translation>
    </message>
    <message>
        <source>%L1% of %2&apos;s words are in runs shared with %3. Click to compare them side by side.</source>
        <translation>El %L1 % de las palabras de %2 está en fragmentos compartidos con %3. Haga clic para compararlos lado a lado.</translation>
    </message>
</context>
<context>
    <name>parallax::OverviewRuler</name>
    <message>
        <source>Where this article shares text and where it stands alone; click to go there</source>
        <translation>Dónde comparte texto este artículo y dónde está solo; haga clic para ir allí</translation>
    </message>
</context>
<context>
    <name>parallax::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <source>The shortest run of shared words highlighted as shared</source>
        <translation>El fragmento más corto de palabras compartidas que se resalta como compartido</translation>
    </message>
    <message>
        <source>How similar two paragraphs must be to be linked; lower links more</source>
        <translation>Cuánto deben parecerse dos párrafos para enlazarlos; un valor más bajo enlaza más</translation>
    </message>
    <message>
        <source>How similar two paragraphs out of order must be to be linked as moved</source>
        <translation>Cuánto deben parecerse dos párrafos fuera de orden para enlazarlos como movidos</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>Minimum shared &amp;run:</source>
        <translation>&amp;Fragmento compartido mínimo:</translation>
    </message>
    <message>
        <source>&amp;Link threshold:</source>
        <translation>Umbral de &amp;enlace:</translation>
    </message>
    <message>
        <source>&amp;Move threshold:</source>
        <translation>Umbral de &amp;movimiento:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used when Parallax is next started.</source>
        <translation>Un idioma nuevo se usa la próxima vez que se inicie Parallax.</translation>
    </message>
</context>
<context>
    <name>parallax::QuotesView</name>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulación</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>parallax::ReaderView</name>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>Editar &amp;detalles…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Body Text</source>
        <translation>Marcar como texto &amp;principal</translation>
    </message>
    <message>
        <source>Mark as &amp;Furniture</source>
        <translation>Marcar como elemento de &amp;página</translation>
    </message>
    <message>
        <source>Furniture (ads, navigation, captions) takes no part in comparisons</source>
        <translation>Los elementos de página (anuncios, navegación, pies de foto) no participan en las comparaciones</translation>
    </message>
    <message>
        <source>Mark as &amp;Heading</source>
        <translation>Marcar como &amp;titular</translation>
    </message>
    <message>
        <source>Select one article in the library to read it here.</source>
        <translation>Seleccione un artículo de la biblioteca para leerlo aquí.</translation>
    </message>
    <message>
        <source>fetched from %1 on %2</source>
        <translation>descargado de %1 el %2</translation>
    </message>
    <message>
        <source>Correct the outlet, title, byline, date or language</source>
        <translation>Corregir el medio, el título, la firma, la fecha o el idioma</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>idioma desconocido</translation>
    </message>
</context>
<context>
    <name>parallax::SearchResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
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
        <translation>Elegir el artículo que muestra este lado</translation>
    </message>
    <message>
        <source>(unknown outlet)</source>
        <translation>(medio desconocido)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1% of this article is shared with %2</source>
        <translation>El %L1 % de este artículo se comparte con %2</translation>
    </message>
</context>
<context>
    <name>parallax::StoryGroupingPanel</name>
    <message>
        <source>Find stories among the articles that are in none, or check where new articles belong.</source>
        <translation>Buscar noticias entre los artículos que no están en ninguna, o comprobar adónde pertenecen los artículos nuevos.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Story proposals</source>
        <translation>Propuestas de noticias</translation>
    </message>
    <message>
        <source>&amp;Find Stories</source>
        <translation>&amp;Buscar noticias</translation>
    </message>
    <message>
        <source>&amp;File Ticked Articles</source>
        <translation>&amp;Archivar artículos marcados</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>Noticia %1</translation>
    </message>
    <message>
        <source>Looking for the stories these articles belong to…</source>
        <translation>Buscando las noticias a las que pertenecen estos artículos…</translation>
    </message>
    <message>
        <source>Grouping the articles that are in no story…</source>
        <translation>Agrupando los artículos que no están en ninguna noticia…</translation>
    </message>
    <message>
        <source>No story in the library looks like these articles.</source>
        <translation>Ninguna noticia de la biblioteca se parece a estos artículos.</translation>
    </message>
    <message>
        <source>Untick what is wrong, then file the rest.</source>
        <translation>Desmarque lo que esté mal y archive el resto.</translation>
    </message>
    <message>
        <source>The new story&apos;s name; double-click to change it.</source>
        <translation>El nombre de la nueva noticia; haga doble clic para cambiarlo.</translation>
    </message>
    <message>
        <source>The loose articles do not group into stories.</source>
        <translation>Los artículos sueltos no se agrupan en noticias.</translation>
    </message>
    <message>
        <source>Filed.</source>
        <translation>Archivado.</translation>
    </message>
    <message>
        <source>Add “%1” to the story “%2” (%L3% alike)</source>
        <translation>Añadir «%1» a la noticia «%2» (%L3 % de parecido)</translation>
    </message>
    <message numerus="yes">
        <source>Stories proposed: %Ln. Rename or untick them, then file the rest.</source>
        <translation>
            <numerusform>Noticias propuestas: %Ln. Cámbieles el nombre o desmárquelas y archive el resto.</numerusform>
            <numerusform>Noticias propuestas: %Ln. Cámbieles el nombre o desmárquelas y archive el resto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::TimelineView</name>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Wholly derived</source>
        <translation>Derivado por completo</translation>
    </message>
    <message>
        <source>Partly derived</source>
        <translation>Derivado en parte</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>, most with %1</source>
        <translation>, sobre todo con %1</translation>
    </message>
    <message>
        <source>%1: %L2% of its words shared with other outlets</source>
        <translation>%1: %L2 % de sus palabras compartidas con otros medios</translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsView</name>
    <message>
        <source>Only this outlet reports</source>
        <translation>Solo este medio informa</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln claim(s) no other outlet makes</source>
        <translation>
            <numerusform>%1 — %Ln afirmación que ningún otro medio hace</numerusform>
            <numerusform>%1 — %Ln afirmaciones que ningún otro medio hace</numerusform>
        </translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>Lo más cercano en otro medio: %1, %2 — «%3»</translation>
    </message>
    <message>
        <source>Split by hand: you said it is not the claim the matcher put it in.</source>
        <translation>Separada a mano: usted indicó que no es la afirmación en la que la puso el emparejamiento.</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>Nada parecido en otro medio.</translation>
    </message>
    <message>
        <source>Activate to read that sentence&apos;s claim.</source>
        <translation>Active para leer la afirmación de esa frase.</translation>
    </message>
</context>
</TS>

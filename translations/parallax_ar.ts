<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommandLine</name>
    <message>
        <source>List the articles in the library</source>
        <translation>سرد المقالات في المكتبة</translation>
    </message>
    <message>
        <source>Show one article with its blocks and their roles</source>
        <translation>عرض مقال مع كتله وأدوارها</translation>
    </message>
    <message>
        <source>Align articles and write the comparison</source>
        <translation>محاذاة المقالات وكتابة المقارنة</translation>
    </message>
    <message>
        <source>Write a story&apos;s comparison as HTML, PDF, CSV or JSON</source>
        <translation>كتابة مقارنة قصة بصيغة HTML أو PDF أو CSV أو JSON</translation>
    </message>
    <message>
        <source>List a story&apos;s claims: which outlets carry each, and how</source>
        <translation>سرد معلومات قصة: أي وسائل الإعلام تنقل كلًّا منها، وكيف</translation>
    </message>
    <message>
        <source>List the quotes in a story and who carries them</source>
        <translation>سرد الاقتباسات في قصة ومن ينقلها</translation>
    </message>
    <message>
        <source>Copy the library to a rotating backup now</source>
        <translation>نسخ المكتبة الآن إلى نسخة احتياطية دوّارة</translation>
    </message>
    <message>
        <source>Put a backup in place as the library</source>
        <translation>وضع نسخة احتياطية مكان المكتبة</translation>
    </message>
    <message>
        <source>File the articles under this story.</source>
        <translation>إدراج المقالات تحت هذه القصة.</translation>
    </message>
    <message>
        <source>The outlet that published these articles.</source>
        <translation>الوسيلة الإعلامية التي نشرت هذه المقالات.</translation>
    </message>
    <message>
        <source>imported %1 as article %2</source>
        <translation>استُورد %1 بوصفه المقال %2</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2</source>
        <translation>%1: موجود في المكتبة بالفعل بوصفه المقال %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 failed</source>
        <translation>استُورد %1، وكان %2 موجودًا، وفشل %3</translation>
    </message>
    <message>
        <source>List the articles in the library.</source>
        <translation>سرد المقالات في المكتبة.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>كتابة JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an article with its blocks and their roles.</source>
        <translation>عرض مقال مع كتله وأدوارها.</translation>
    </message>
    <message>
        <source>parallax show: give one article id (see parallax list)</source>
        <translation>parallax show: أعطِ رقم مقال واحدًا (انظر parallax list)</translation>
    </message>
    <message>
        <source>parallax show: no article %1</source>
        <translation>parallax show: لا يوجد مقال %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Copy the library to LIBRARY.backup-1 now, keeping the %1 newest copies.</source>
        <translation>نسخ المكتبة الآن إلى LIBRARY.backup-1 مع الاحتفاظ بأحدث %1 نسخ.</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>نُسخت احتياطيًا إلى %1</translation>
    </message>
    <message>
        <source>Put backup N (default 1, the newest) in place as the library. A library already there is moved aside, never overwritten. Close the window first.</source>
        <translation>وضع النسخة الاحتياطية N (الافتراضي 1، الأحدث) مكان المكتبة. أي مكتبة موجودة تُنقل جانبًا ولا يُكتب فوقها أبدًا. أغلق النافذة أولًا.</translation>
    </message>
    <message>
        <source>List the backups and do nothing else.</source>
        <translation>سرد النسخ الاحتياطية دون فعل أي شيء آخر.</translation>
    </message>
    <message>
        <source>parallax restore-backup: N is a number from 1 to %1</source>
        <translation>parallax restore-backup: ‏N رقم من 1 إلى %1</translation>
    </message>
    <message>
        <source>the library that was there is kept as %1</source>
        <translation>المكتبة التي كانت هناك محفوظة باسم %1</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>استُعيدت %1 باسم %2</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>شبه حرفي</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>هنا فقط</translation>
    </message>
    <message>
        <source>%1 of %2: </source>
        <translation>%1 من %2: </translation>
    </message>
    <message>
        <source>differs: %1 “%2” / %3 “%4”</source>
        <translation>مختلف: %1 «%2» / %3 «%4»</translation>
    </message>
    <message>
        <source>parallax %1: no story named %2 in the library</source>
        <translation>parallax %1: لا توجد في المكتبة قصة باسم %2</translation>
    </message>
    <message>
        <source>parallax %1: the story %2 holds fewer than two articles</source>
        <translation>parallax %1: القصة %2 تضم أقل من مقالين</translation>
    </message>
    <message>
        <source>List who reported what: every claim of a story&apos;s articles, the outlets that carry it and how, and facts that differ between them.</source>
        <translation>سرد من نقل ماذا: كل معلومة في مقالات قصة، ووسائل الإعلام التي تنقلها وكيف، والحقائق التي تختلف بينها.</translation>
    </message>
    <message>
        <source>The story whose articles to compare.</source>
        <translation>القصة المراد مقارنة مقالاتها.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Only claims a single outlet makes.</source>
        <translation>المعلومات التي تذكرها وسيلة واحدة فقط.</translation>
    </message>
    <message>
        <source>Write JSON to standard output.</source>
        <translation>كتابة JSON إلى المخرج القياسي.</translation>
    </message>
    <message>
        <source>Write CSV to standard output.</source>
        <translation>كتابة CSV إلى المخرج القياسي.</translation>
    </message>
    <message>
        <source>parallax claims: name one story with --story, and at most one of --json and --csv; see parallax claims --help</source>
        <translation>parallax claims: حدّد قصة واحدة بـ--story، وواحدًا على الأكثر من --json و--csv؛ انظر parallax claims --help</translation>
    </message>
    <message>
        <source>Usage: parallax [--library PATH] [FILE...]
       parallax COMMAND [OPTIONS] ...

Compare how news outlets cover the same story. Without a command, opens
the window (with the given files imported and compared).

Commands:
</source>
        <translation>الاستخدام: parallax [--library المسار] [ملف...]
           parallax أمر [خيارات] ...

قارن كيف تغطي وسائل الإعلام القصة نفسها. دون أمر، تُفتح
النافذة (مع استيراد الملفات المعطاة ومقارنتها).

الأوامر:
</translation>
    </message>
    <message>
        <source>parallax: unknown command; see parallax --help</source>
        <translation>parallax: أمر غير معروف؛ انظر parallax --help</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>parallax: cannot open the library: %1</source>
        <translation>parallax: تتعذر فتح المكتبة: %1</translation>
    </message>
    <message>
        <source>parallax compare: no article %1 in the library</source>
        <translation>parallax compare: لا يوجد مقال %1 في المكتبة</translation>
    </message>
    <message>
        <source>parallax compare: cannot write %1: %2</source>
        <translation>parallax compare: تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 ~ %2: %3 links, %4% / %5% of words shared</source>
        <translation>%1 ~ %2: %3 روابط، %4% / %5% من الكلمات مشتركة</translation>
    </message>
    <message>
        <source>%1 claims, %2 of them unique to one article</source>
        <translation>%1 معلومات، منها %2 منفردة في مقال واحد</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH (- for standard output).</source>
        <translation>كتابة المقارنة بصيغة JSON إلى المسار (- للمخرج القياسي).</translation>
    </message>
    <message>
        <source>Shortest shared run of words to highlight.</source>
        <translation>أقصر سلسلة كلمات مشتركة تُظلَّل.</translation>
    </message>
    <message>
        <source>Similarity (0-1) needed to link two paragraphs.</source>
        <translation>التشابه (0-1) اللازم لربط فقرتين.</translation>
    </message>
    <message>
        <source>parallax compare: --min-run takes a whole number of at least 1</source>
        <translation>parallax compare: ‏--min-run يتطلب عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>parallax compare: --threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare: ‏--threshold يتطلب عددًا أكبر من 0 ولا يزيد على 1</translation>
    </message>
    <message>
        <source>parallax %1: cannot write %2: %3</source>
        <translation>parallax %1: تتعذر كتابة %2: %3</translation>
    </message>
    <message>
        <source>Write the comparison as a standalone HTML page to PATH.</source>
        <translation>كتابة المقارنة صفحةَ HTML مستقلة إلى المسار.</translation>
    </message>
    <message>
        <source>Write the comparison as PDF to PATH.</source>
        <translation>كتابة المقارنة بصيغة PDF إلى المسار.</translation>
    </message>
    <message>
        <source>Write the claims as CSV to PATH.</source>
        <translation>كتابة المعلومات بصيغة CSV إلى المسار.</translation>
    </message>
    <message>
        <source>parallax %1: --pdf needs the offscreen Qt platform, which could not be started</source>
        <translation>parallax %1: يحتاج ‎--pdf إلى منصة Qt ‏offscreen، وقد تعذر تشغيلها</translation>
    </message>
    <message>
        <source>Compare the articles of a story in the library and write the comparison.</source>
        <translation>مقارنة مقالات قصة في المكتبة وكتابة المقارنة.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH.</source>
        <translation>كتابة المقارنة بصيغة JSON إلى المسار.</translation>
    </message>
    <message>
        <source>parallax export: name one story with --story; see parallax export --help</source>
        <translation>parallax export: حدّد قصة واحدة بـ--story؛ انظر parallax export --help</translation>
    </message>
    <message>
        <source>parallax export: choose at least one of --html, --pdf, --csv, --json</source>
        <translation>parallax export: اختر واحدًا على الأقل من --html و--pdf و--csv و--json</translation>
    </message>
    <message>
        <source>parallax export: no story named %1 in the library</source>
        <translation>parallax export: لا توجد في المكتبة قصة باسم %1</translation>
    </message>
    <message>
        <source>parallax export: the story %1 holds fewer than two articles</source>
        <translation>parallax export: القصة %1 تضم أقل من مقالين</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>غير منسوب</translation>
    </message>
    <message>
        <source>%1 of %2 outlets</source>
        <translation>%1 من %2 وسائل إعلام</translation>
    </message>
    <message>
        <source>wording differs</source>
        <translation>الصياغة مختلفة</translation>
    </message>
    <message>
        <source>List the quoted speech in a story&apos;s articles: who is quoted, by which outlets, and whether they quote the same words.</source>
        <translation>سرد الكلام المقتبس في مقالات قصة: من يُقتبس كلامه، وفي أي وسائل الإعلام، وهل تقتبس الكلمات نفسها.</translation>
    </message>
    <message>
        <source>The story whose articles to read.</source>
        <translation>القصة المراد قراءة مقالاتها.</translation>
    </message>
    <message>
        <source>parallax quotes: name one story with --story; see parallax quotes --help</source>
        <translation>parallax quotes: حدّد قصة واحدة بـ--story؛ انظر parallax quotes --help</translation>
    </message>
    <message>
        <source>Import files, folders or links into the library</source>
        <translation>استيراد ملفات أو مجلدات أو روابط إلى المكتبة</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again and keep a changed page as a new version</source>
        <translation>جلب رابط المقال مرة أخرى وحفظ الصفحة المتغيرة كإصدار جديد</translation>
    </message>
    <message>
        <source>Align two or more articles: files and links are imported into the library first.</source>
        <translation>مطابقة مقالين أو أكثر: تُستورد الملفات والروابط إلى المكتبة أولًا.</translation>
    </message>
    <message>
        <source>Read files and links into memory only; leave the library alone.</source>
        <translation>قراءة الملفات والروابط في الذاكرة فقط؛ دون المساس بالمكتبة.</translation>
    </message>
    <message>
        <source>parallax compare: name at least two files, links or article ids</source>
        <translation>parallax compare: حدّد ملفين أو رابطين أو معرّفي مقالين على الأقل</translation>
    </message>
    <message>
        <source>Import articles into the library. A link (http or https) is fetched: the page alone, nothing it names.</source>
        <translation>استيراد مقالات إلى المكتبة. يُجلب الرابط (http أو https): الصفحة وحدها، دون أي شيء تشير إليه.</translation>
    </message>
    <message>
        <source>parallax import: name at least one file, folder or link</source>
        <translation>parallax import: حدّد ملفًا أو مجلدًا أو رابطًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation>الإصدار %1 من المقال %2</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again. The same bytes leave the library as it is; a changed page is stored as a new article, the next version of this one.</source>
        <translation>جلب رابط المقال مرة أخرى. إذا بقيت البايتات نفسها تبقى المكتبة كما هي؛ وإذا تغيرت الصفحة تُحفظ كمقال جديد هو الإصدار التالي من هذا المقال.</translation>
    </message>
    <message>
        <source>parallax refresh: give one article id (see parallax list)</source>
        <translation>parallax refresh: حدّد معرّف مقال واحد (انظر parallax list)</translation>
    </message>
    <message>
        <source>parallax refresh: no article %1</source>
        <translation>parallax refresh: لا يوجد مقال %1</translation>
    </message>
    <message>
        <source>parallax refresh: article %1 was not fetched from a link</source>
        <translation>parallax refresh: المقال %1 لم يُجلب من رابط</translation>
    </message>
    <message>
        <source>article %1 is unchanged</source>
        <translation>المقال %1 لم يتغير</translation>
    </message>
    <message>
        <source>article %1: the page is now the same as article %2</source>
        <translation>المقال %1: الصفحة الآن مطابقة للمقال %2</translation>
    </message>
    <message>
        <source>article %1 has changed: stored as article %2, version %3 of article %4</source>
        <translation>تغير المقال %1: حُفظ كمقال %2، الإصدار %3 من المقال %4</translation>
    </message>
    <message>
        <source>compare them with: parallax compare %1 %2</source>
        <translation>للمقارنة بينهما: parallax compare %1 %2</translation>
    </message>
    <message>
        <source>Fetched from</source>
        <translation>جُلب من</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>الرابط النهائي</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>وقت الجلب</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>closest elsewhere: %1, %2 “%3”</source>
        <translation>الأقرب في مكان آخر: %1، %2 «%3»</translation>
    </message>
    <message>
        <source>nothing elsewhere comes close</source>
        <translation>لا شيء قريب منها في مكان آخر</translation>
    </message>
    <message>
        <source>merged by hand</source>
        <translation>دُمجت يدويًا</translation>
    </message>
    <message>
        <source>split by hand</source>
        <translation>فُصلت يدويًا</translation>
    </message>
    <message numerus="yes">
        <source>parallax %1: left out %n decision(s) to make claims one that would hold two sentences of one article</source>
        <translation>
            <numerusform>parallax %1: استُبعد %n من قرارات الدمج لأنها كانت ستضع جملتين من مقال واحد في معلومة واحدة</numerusform>
            <numerusform>parallax %1: استُبعد قرار دمج واحد لأنه كان سيضع جملتين من مقال واحد في معلومة واحدة</numerusform>
            <numerusform>parallax %1: استُبعد قرارا دمج لأنهما كانا سيضعان جملتين من مقال واحد في معلومة واحدة</numerusform>
            <numerusform>parallax %1: استُبعدت %n قرارات دمج لأنها كانت ستضع جملتين من مقال واحد في معلومة واحدة</numerusform>
            <numerusform>parallax %1: استُبعد %n قرارًا للدمج لأنها كانت ستضع جملتين من مقال واحد في معلومة واحدة</numerusform>
            <numerusform>parallax %1: استُبعد %n قرار دمج لأنها كانت ستضع جملتين من مقال واحد في معلومة واحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Matcher score (0-1) at which two sentences count as one claim; below it a sentence is unique to its outlet.</source>
        <translation>درجة المطابقة (0-1) التي تُعدّ عندها جملتان ادعاءً واحدًا؛ وما دونها تكون الجملة خاصة بمنفذها.</translation>
    </message>
    <message>
        <source>parallax compare: --claim-threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare: يتطلب ‎--claim-threshold عددًا أكبر من 0 ولا يتجاوز 1</translation>
    </message>
    <message>
        <source>the library is on a PostgreSQL server; back it up with the server&apos;s own tools: pg_dump --format=custom --file=library.dump &apos;%1&apos;, and put a copy back with pg_restore --clean --dbname &apos;%1&apos; library.dump</source>
        <translation>المكتبة على خادم PostgreSQL؛ انسخها احتياطيًا بأدوات الخادم نفسه: pg_dump --format=custom --file=library.dump &apos;%1&apos;، وأعد نسخة منها بالأمر pg_restore --clean --dbname &apos;%1&apos; library.dump</translation>
    </message>
    <message>
        <source>Copy a whole library to another file or server: library copy FROM TO</source>
        <translation>نسخ مكتبة كاملة إلى ملف أو خادم آخر: library copy المصدر الهدف</translation>
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
الخيارات:
  --library المسار  ملف المكتبة (الافتراضي: %1)، أو مكتبة مشتركة على خادم
                    PostgreSQL: postgresql://مستخدم@مضيف:5432/قاعدة
  -h, --help        عرض هذه المساعدة؛ `parallax أمر --help` لمساعدة أمر
  -v, --version     عرض الإصدار

رموز الخروج: 0 نجاح، 1 فشل بعض المدخلات، 2 خطأ في الاستخدام، 3 خطأ في المكتبة.
</translation>
    </message>
    <message>
        <source>The library file to use, or postgresql://user@host:5432/database for a shared library on a PostgreSQL server.</source>
        <translation>ملف المكتبة المراد استخدامه، أو postgresql://مستخدم@مضيف:5432/قاعدة لمكتبة مشتركة على خادم PostgreSQL.</translation>
    </message>
    <message>
        <source>Copy every article (with its original bytes), role, story, note, claim decision and cached comparison of the library FROM into the library TO, each a file or a postgresql://user@host:5432/database URL. Rows already in TO are kept, so a copy cut short goes on when run again; the two are compared table by table at the end.</source>
        <translation>نسخ كل مقالة (ببايتاتها الأصلية) وكل دور وقصة وملاحظة وقرار بشأن الادعاءات ومقارنة محفوظة من المكتبة FROM إلى المكتبة TO، وكل منهما ملف أو عنوان postgresql://مستخدم@مضيف:5432/قاعدة. تبقى الصفوف الموجودة في TO، فيتابع النسخ المقطوع عند تشغيله مجددًا؛ وتُقارن المكتبتان جدولًا جدولًا في النهاية.</translation>
    </message>
    <message>
        <source>parallax library: use parallax library copy FROM TO</source>
        <translation>parallax library: استخدم parallax library copy المصدر الهدف</translation>
    </message>
    <message>
        <source>parallax library copy: FROM and TO are the same library</source>
        <translation>parallax library copy: المصدر والهدف مكتبة واحدة</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 copied now</source>
        <translation>%1: %2 صفًا، نُسخ الآن %3</translation>
    </message>
    <message>
        <source>parallax library copy: %1; run it again to go on</source>
        <translation>parallax library copy: %1؛ شغّله مجددًا للمتابعة</translation>
    </message>
    <message>
        <source>parallax library copy: %1 does not hold the same rows as %2 in %3 (it held other rows before the copy)</source>
        <translation>parallax library copy: لا تحوي %1 الصفوف نفسها التي في %2 في %3 (كانت فيها صفوف أخرى قبل النسخ)</translation>
    </message>
    <message>
        <source>copied %1 to %2; every table has the same rows and hashes in both</source>
        <translation>نُسخت %1 إلى %2؛ لكل جدول الصفوف والبصمات نفسها في الاثنتين</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of articles in a language: 3 English</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 articles: compared within each language</source>
        <translation>%1 مقالات: قورنت داخل كل لغة</translation>
    </message>
</context>
<context>
    <name>CounterpartTip</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Only %1 says this.</source>
        <translation>وحدها %1 تقول هذا.</translation>
    </message>
    <message>
        <source>Only %1 has this paragraph.</source>
        <translation>وحدها %1 فيها هذه الفقرة.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation>الوسيلة %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page furniture, not compared (%1)</source>
        <translation>حواشي الصفحة، غير مقارنة (%1)</translation>
    </message>
    <message>
        <source>The sentence in %1</source>
        <translation>الجملة في %1</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Each row is one claim, in the words of the first article that makes it; a tick links to the sentence in that outlet.</source>
        <translation>كل صف معلومة واحدة، بصياغة أول مقال يذكرها؛ وكل علامة ترتبط بالجملة لدى تلك الوسيلة.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>المعلومة</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>شبه حرفي</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>هنا فقط</translation>
    </message>
    <message>
        <source>%1: %2% of its words shared with %3</source>
        <translation>%1: %2% من كلماته مشتركة مع %3</translation>
    </message>
    <message>
        <source>Matching paragraphs: %1 identical, %2 near-verbatim, %3 paraphrased; %4 of them moved</source>
        <translation>الفقرات المتطابقة: %1 مطابقة، و%2 شبه حرفية، و%3 معاد صياغتها؛ %4 منها منقولة</translation>
    </message>
    <message>
        <source>Claims: %1 in both, %2 only in %3, %4 only in %5</source>
        <translation>المعلومات: %1 في كليهما، و%2 في %3 فقط، و%4 في %5 فقط</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>التداخل</translation>
    </message>
    <message>
        <source>the same words in both articles (solid underline)</source>
        <translation>الكلمات نفسها في المقالين (خط متصل)</translation>
    </message>
    <message>
        <source>shared words of a sentence with a few words changed (dashed)</source>
        <translation>كلمات مشتركة في جملة تغيرت فيها كلمات قليلة (خط متقطع)</translation>
    </message>
    <message>
        <source>shared words of the same claim put in other words (dotted)</source>
        <translation>كلمات مشتركة في المعلومة نفسها بصياغة أخرى (خط منقط)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>a matching paragraph out of order</source>
        <translation>فقرة مطابقة في غير ترتيبها</translation>
    </message>
    <message>
        <source>a claim the other article does not make (wavy underline)</source>
        <translation>معلومة لا يذكرها المقال الآخر (خط متموج)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>a claim that two or more outlets make (solid underline)</source>
        <translation>معلومة تذكرها وسيلتان إعلاميتان أو أكثر (خط متصل)</translation>
    </message>
    <message>
        <source>a claim only this outlet makes (wavy underline)</source>
        <translation>معلومة تذكرها هذه الوسيلة وحدها (خط متموج)</translation>
    </message>
    <message>
        <source>Each highlight and paragraph label links to its counterpart in the other column.</source>
        <translation>كل تظليل وكل تسمية فقرة يرتبط بنظيره في العمود الآخر.</translation>
    </message>
    <message>
        <source>Each highlighted sentence links to its row in the claims table.</source>
        <translation>كل جملة مظللة ترتبط بصفّها في جدول المعلومات.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الألوان</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>مقارنة: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of this translation&apos;s language</comment>
        <translation>ar</translation>
    </message>
    <message>
        <source>Parallax comparison of %1 articles</source>
        <translation>مقارنة Parallax لـ%1 مقالات</translation>
    </message>
    <message>
        <source>Exported from Parallax. The highlights are found by matching words automatically: read the articles before you rely on them.</source>
        <translation>صُدّر من Parallax. التظليلات ناتجة عن مطابقة الكلمات آليًا: اقرأ المقالات قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that it shares with the column article</source>
        <translation>نسبة كلمات مقال الصف المشتركة مع مقال العمود</translation>
    </message>
    <message>
        <source>The matching paragraph in %1</source>
        <translation>الفقرة المطابقة في %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>الأقرب في مكان آخر: %1، %2 — «%3»</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>لا شيء قريب منها في مكان آخر.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>دُمجت يدويًا</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>فُصلت يدويًا</translation>
    </message>
    <message>
        <source>Claims only one outlet makes</source>
        <translation>معلومات لا تنقلها إلا وسيلة واحدة</translation>
    </message>
    <message>
        <source>Each with the sentence elsewhere that comes closest and the matcher&apos;s score for the two: of pairs scored 0.4, about 4 in 10 state the same claim.</source>
        <translation>كل منها مع أقرب جملة في مكان آخر والدرجة التي تعطيها المطابقة للجملتين: من بين الأزواج التي درجتها 0.4، نحو 4 من كل 10 تقول المعلومة نفسها.</translation>
    </message>
    <message>
        <source>Grouped by hand</source>
        <translation>جُمعت يدويًا</translation>
    </message>
    <message>
        <source>A reader said these sentences state one claim, or took a sentence out of a claim, where the matcher had judged otherwise.</source>
        <translation>قرّر قارئ أن هذه الجمل تقول معلومة واحدة، أو أخرج جملة من معلومة، خلافًا لما حكمت به المطابقة.</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Classic (green, yellow, red)</source>
        <translation>كلاسيكي (أخضر، أصفر، أحمر)</translation>
    </message>
    <message>
        <source>Okabe–Ito (safe for colour blindness)</source>
        <translation>أوكابي–إيتو (مناسب لعمى الألوان)</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>شبه حرفي</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>هنا فقط</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>صورة TIFF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>أرشيف ZIP</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>مستند Microsoft Office</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>أرشيف gzip</translation>
    </message>
    <message>
        <source>xz archive</source>
        <translation>أرشيف xz</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>أرشيف 7-Zip</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>أرشيف RAR</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation>أرشيف Zstandard</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>ملف تنفيذي ELF</translation>
    </message>
    <message>
        <source>Windows executable</source>
        <translation>ملف تنفيذي لـWindows</translation>
    </message>
    <message>
        <source>Mach-O executable</source>
        <translation>ملف تنفيذي Mach-O</translation>
    </message>
    <message>
        <source>Java class or Mach-O executable</source>
        <translation>صنف Java أو ملف تنفيذي Mach-O</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>Ogg media</source>
        <translation>وسائط Ogg</translation>
    </message>
    <message>
        <source>FLAC audio</source>
        <translation>صوت FLAC</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>صوت MP3</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>صوت WAV</translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation>فيديو AVI</translation>
    </message>
    <message>
        <source>MP4 or QuickTime media</source>
        <translation>وسائط MP4 أو QuickTime</translation>
    </message>
    <message>
        <source>WOFF font</source>
        <translation>خط WOFF</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>no text to read in it</source>
        <translation>لا يوجد فيه نص للقراءة</translation>
    </message>
    <message>
        <source>not text: too many control characters</source>
        <translation>ليس نصًا: محارف تحكم كثيرة جدًا</translation>
    </message>
    <message>
        <source>not text: contains NUL characters</source>
        <translation>ليس نصًا: يحتوي على محارف NUL</translation>
    </message>
    <message>
        <source>cannot decode: invalid UTF-8 and no charset detected</source>
        <translation>تتعذر فك الترميز: UTF-8 غير صالح ولم يُكتشف أي ترميز</translation>
    </message>
    <message>
        <source>cannot decode: detected charset %1 is not supported</source>
        <translation>تتعذر فك الترميز: الترميز المكتشف %1 غير مدعوم</translation>
    </message>
    <message>
        <source>too large for an article: %1 MB</source>
        <translation>أكبر من أن يكون مقالًا: %1 م.ب</translation>
    </message>
    <message>
        <source>binary file (%1)</source>
        <translation>ملف ثنائي (%1)</translation>
    </message>
    <message>
        <source>not text: contains NUL bytes (first at byte %1)</source>
        <translation>ليس نصًا: يحتوي على بايتات NUL (أولها عند البايت %1)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>too large (%1; the limit is %2)</source>
        <translation>كبير جدًا (%1؛ الحد هو %2)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>تتعذر القراءة: %1</translation>
    </message>
    <message>
        <source>too large (the limit is %1)</source>
        <translation>كبير جدًا (الحد هو %1)</translation>
    </message>
    <message>
        <source>the library could not store it: %1</source>
        <translation>تعذر على المكتبة تخزينه: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>timed out: no data for %1 seconds</source>
        <translation>انتهت المهلة: لا بيانات لمدة %1 ثانية</translation>
    </message>
    <message>
        <source>timed out: not complete after %1 seconds</source>
        <translation>انتهت المهلة: لم يكتمل بعد %1 ثانية</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>ليس عنوان ويب</translation>
    </message>
    <message>
        <source>only http and https links are fetched, not %1:</source>
        <translation>تُجلب روابط http وhttps فقط، وليس %1:</translation>
    </message>
    <message>
        <source>not an article: the server says it is %1</source>
        <translation>ليس مقالًا: يقول الخادم إنه %1</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location</source>
        <translation>إعادة توجيه HTTP %1 بلا Location</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https link</source>
        <translation>أُعيد التوجيه إلى %1، وهو ليس رابط http أو https</translation>
    </message>
    <message>
        <source>redirects in a loop (back to %1)</source>
        <translation>إعادات توجيه في حلقة (عودة إلى %1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>إعادات توجيه كثيرة جدًا (أكثر من %1)</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>الصفحة فارغة</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>no such host: %1</source>
        <translation>لا يوجد مضيف بهذا الاسم: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>أغلق الخادم الاتصال</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>خطأ TLS: %1</translation>
    </message>
    <message>
        <source>the compressed page unpacks to far more than was sent, or is damaged</source>
        <translation>الصفحة المضغوطة تتوسع عند فكها إلى أكثر بكثير مما أُرسل، أو أنها تالفة</translation>
    </message>
    <message>
        <source>the page names it as “%1”, and it is not the article&apos;s text</source>
        <translation>تسمّيه الصفحة «%1»، وليس من نص المقال</translation>
    </message>
    <message>
        <source>outside the part of the page that holds the article</source>
        <translation>خارج جزء الصفحة الذي يحوي المقال</translation>
    </message>
    <message>
        <source>hidden from readers of the page</source>
        <translation>مخفي عن قرّاء الصفحة</translation>
    </message>
    <message>
        <source>the page&apos;s navigation</source>
        <translation>قائمة التنقل في الصفحة</translation>
    </message>
    <message>
        <source>a box beside the article</source>
        <translation>مربع بجانب المقال</translation>
    </message>
    <message>
        <source>a footer</source>
        <translation>تذييل</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>استمارة</translation>
    </message>
    <message>
        <source>a list of links</source>
        <translation>قائمة روابط</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>سطر اسم الكاتب</translation>
    </message>
    <message>
        <source>a line pages use for ads, tools, notices or credits</source>
        <translation>سطر تستعمله الصفحات للإعلانات أو الأدوات أو التنبيهات أو الإشارة إلى المصادر</translation>
    </message>
    <message>
        <source>repeats in the outlet&apos;s other articles</source>
        <translation>يتكرر في مقالات أخرى للوسيلة نفسها</translation>
    </message>
    <message>
        <source>a picture&apos;s label</source>
        <translation>تسمية صورة</translation>
    </message>
    <message>
        <source>above the headline</source>
        <translation>فوق العنوان</translation>
    </message>
    <message>
        <source>the headline of another story</source>
        <translation>عنوان خبر آخر</translation>
    </message>
    <message>
        <source>after the article&apos;s last paragraph</source>
        <translation>بعد آخر فقرة في المقال</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot write a backup to %1: %2</source>
        <translation>تتعذر كتابة نسخة احتياطية في %1: %2</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>تتعذر تسمية النسخة الاحتياطية %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>يتعذر نقل %1 جانبًا إلى %2</translation>
    </message>
    <message>
        <source>there is no backup %1 (%2)</source>
        <translation>لا توجد نسخة احتياطية %1 (%2)</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>يتعذر نسخ %1 إلى %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place as %2</source>
        <translation>يتعذر وضع %1 مكانه باسم %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>برنامج تشغيل SQLite الخاص بـQt مفقود (ثبّت libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>the library %1 was found damaged and set aside as %2. %3</source>
        <translation>وُجدت المكتبة %1 تالفة فنُحّيت جانبًا باسم %2. %3</translation>
    </message>
    <message>
        <source>There is no backup of it. Move %1 elsewhere to start a new, empty library.</source>
        <translation>لا توجد نسخة احتياطية منها. انقل %1 إلى مكان آخر لتبدأ مكتبة جديدة فارغة.</translation>
    </message>
    <message>
        <source>Restore its latest backup with `parallax restore-backup --library %1`, or move %2 elsewhere to start a new, empty library.</source>
        <translation>استعد أحدث نسخة احتياطية منها بالأمر `parallax restore-backup --library %1`، أو انقل %2 إلى مكان آخر لتبدأ مكتبة جديدة فارغة.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>it is no longer an SQLite file</source>
        <translation>لم يعد ملف SQLite</translation>
    </message>
    <message>
        <source>%1 is not a usable library: %2</source>
        <translation>%1 ليست مكتبة صالحة للاستخدام: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it cannot be checked</source>
        <translation>يتعذر فحصها</translation>
    </message>
    <message>
        <source>It was moved aside, unchanged, to %1. </source>
        <translation>نُقلت جانبًا، دون تغيير، إلى %1. </translation>
    </message>
    <message>
        <source>There is no backup of it; the sqlite3 shell&apos;s .recover command may rescue part of it.</source>
        <translation>لا توجد نسخة احتياطية منها؛ قد يُنقذ الأمر ‎.recover في صدفة sqlite3 جزءًا منها.</translation>
    </message>
    <message>
        <source>Its latest backup, from %1, can be restored with `parallax restore-backup --library %2`.</source>
        <translation>يمكن استعادة أحدث نسخة احتياطية منها، المؤرخة %1، بالأمر `parallax restore-backup --library %2`.</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2). %3</source>
        <translation>المكتبة %1 تالفة (%2). %3</translation>
    </message>
    <message>
        <source>not a Parallax library (cannot read its version)</source>
        <translation>ليست مكتبة Parallax (تتعذر قراءة إصدارها)</translation>
    </message>
    <message>
        <source>the library was written by a newer Parallax (schema %1; this one reads up to %2)</source>
        <translation>كتب المكتبةَ إصدارٌ أحدث من Parallax (المخطط %1؛ هذا الإصدار يقرأ حتى %2)</translation>
    </message>
    <message>
        <source>upgrading the library to schema %1 failed: %2</source>
        <translation>فشلت ترقية المكتبة إلى المخطط %1: %2</translation>
    </message>
    <message>
        <source>the library %1 is open in Parallax (a window or a command); close it first</source>
        <translation>المكتبة %1 مفتوحة في Parallax (في نافذة أو أمر)؛ أغلقها أولًا</translation>
    </message>
    <message>
        <source>the library %1 is being replaced by a backup; open it again in a moment</source>
        <translation>تُستبدل الآن المكتبة %1 بنسخة احتياطية؛ افتحها مجددًا بعد قليل</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>يتعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>يتعذر قفل %1: %2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation>مشغّل PostgreSQL الخاص بـ Qt مفقود (ثبّت libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>تعذّر الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <source>the library URL cannot be read: %1</source>
        <translation>تعذّرت قراءة عنوان المكتبة: %1</translation>
    </message>
    <message>
        <source>the library URL has an option PostgreSQL does not know: %1</source>
        <translation>في عنوان المكتبة خيار لا يعرفه PostgreSQL: %1</translation>
    </message>
    <message>
        <source>the library URL option %1 may not contain &apos;;&apos;</source>
        <translation>لا يجوز أن يحوي خيار عنوان المكتبة %1 الرمز &apos;;&apos;</translation>
    </message>
    <message>
        <source>the library URL names no database (postgresql://user@host:5432/database)</source>
        <translation>لا يسمّي عنوان المكتبة قاعدة بيانات (postgresql://مستخدم@مضيف:5432/قاعدة)</translation>
    </message>
    <message>
        <source>the library URL names no server (postgresql://user@host:5432/database)</source>
        <translation>لا يسمّي عنوان المكتبة خادمًا (postgresql://مستخدم@مضيف:5432/قاعدة)</translation>
    </message>
    <message>
        <source>you may read this library but not change it: the server refused the write (%1)</source>
        <translation>يمكنك قراءة هذه المكتبة لا تغييرها: رفض الخادم الكتابة (%1)</translation>
    </message>
    <message>
        <source>the library file is read-only; nothing can be changed in it (%1)</source>
        <translation>ملف المكتبة للقراءة فقط؛ لا يمكن تغيير شيء فيه (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost and cannot be made again: %1</source>
        <translation>انقطع الاتصال بالخادم ولا يمكن إعادته: %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>parallax::AddNoteAction</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Note something about the selected words: to check, confirmed, disputed or context</source>
        <translation>دوّن شيئًا عن الكلمات المحددة: للتحقق، أو مؤكد، أو متنازع عليه، أو سياق</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDialog</name>
    <message>
        <source>Add Note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Marked text:</source>
        <translation>النص المعلَّم:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>التسمية:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>الملاحظة:</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsModel</name>
    <message>
        <source>To check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Marked text</source>
        <translation>النص المعلَّم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsPanel</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Note, %1: %2</source>
        <translation>ملاحظة، %1: %2</translation>
    </message>
    <message>
        <source>Furniture: marked by you</source>
        <translation>حواشي الصفحة: حدّدتها أنت</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>حواشي الصفحة</translation>
    </message>
    <message>
        <source>Furniture: %1</source>
        <translation>حواشي الصفحة: %1</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimDetailView</name>
    <message>
        <source>Select a claim to read each outlet&apos;s wording of it.</source>
        <translation>اختر معلومة لقراءة صياغة كل وسيلة إعلامية لها.</translation>
    </message>
    <message numerus="yes">
        <source>Claim %L1, carried by %Ln outlet(s). Words that differ from %2&apos;s wording are highlighted; facts that differ are underlined.</source>
        <translation>
            <numerusform>المعلومة %L1، لا تنقلها أي وسيلة إعلامية. الكلمات المختلفة عن صياغة %2 مظللة؛ والحقائق المختلفة مسطَّرة.</numerusform>
            <numerusform>المعلومة %L1، تنقلها وسيلة إعلامية واحدة. الكلمات المختلفة عن صياغة %2 مظللة؛ والحقائق المختلفة مسطَّرة.</numerusform>
            <numerusform>المعلومة %L1، تنقلها وسيلتان إعلاميتان. الكلمات المختلفة عن صياغة %2 مظللة؛ والحقائق المختلفة مسطَّرة.</numerusform>
            <numerusform>المعلومة %L1، تنقلها %Ln وسائل إعلام. الكلمات المختلفة عن صياغة %2 مظللة؛ والحقائق المختلفة مسطَّرة.</numerusform>
            <numerusform>المعلومة %L1، تنقلها %Ln وسيلة إعلامية. الكلمات المختلفة عن صياغة %2 مظللة؛ والحقائق المختلفة مسطَّرة.</numerusform>
            <numerusform>المعلومة %L1، تنقلها %Ln وسيلة إعلامية. الكلمات المختلفة عن صياغة %2 مظللة؛ والحقائق المختلفة مسطَّرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same claim — split</source>
        <translation>ليست المعلومة نفسها — افصلها</translation>
    </message>
    <message>
        <source>Same as closest elsewhere</source>
        <translation>المعلومة نفسها مثل الأقرب في مكان آخر</translation>
    </message>
    <message>
        <source>Same claim as…</source>
        <translation>المعلومة نفسها مثل…</translation>
    </message>
    <message>
        <source>Merged by hand.</source>
        <translation>دُمجت يدويًا.</translation>
    </message>
    <message>
        <source>Split by hand.</source>
        <translation>فُصلت يدويًا.</translation>
    </message>
    <message>
        <source>Let the matcher decide</source>
        <translation>دع المطابقة تقرر</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimMatrixModel</name>
    <message>
        <source>Identical</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>شبه حرفي</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>Only this outlet</source>
        <translation>هذه الوسيلة فقط</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>لم تنقلها</translation>
    </message>
    <message>
        <source>States a figure, date, name or title that differs from another outlet&apos;s.</source>
        <translation>تذكر رقمًا أو تاريخًا أو اسمًا أو منصبًا يختلف عمّا تذكره وسيلة أخرى.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>المعلومة</translation>
    </message>
    <message>
        <source>Article %L1</source>
        <translation>المقال %L1</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %Ln outlet(s)</source>
        <translation>
            <numerusform>لا تنقلها أي وسيلة إعلامية</numerusform>
            <numerusform>تنقلها وسيلة إعلامية واحدة</numerusform>
            <numerusform>تنقلها وسيلتان إعلاميتان</numerusform>
            <numerusform>تنقلها %Ln وسائل إعلام</numerusform>
            <numerusform>تنقلها %Ln وسيلة إعلامية</numerusform>
            <numerusform>تنقلها %Ln وسيلة إعلامية</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>دُمجت يدويًا</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>فُصلت يدويًا</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimPickerDialog</name>
    <message>
        <source>Same Claim As</source>
        <translation>المعلومة نفسها</translation>
    </message>
    <message>
        <source>Choose the claim this one states too. Only claims with no sentence from the same outlets are listed.</source>
        <translation>اختر المعلومة التي تقولها هذه أيضًا. لا تُعرض إلا المعلومات التي ليس فيها جملة من الوسائل نفسها.</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>تصفية بالكلمات</translation>
    </message>
    <message>
        <source>Filter the claims by words</source>
        <translation>تصفية المعلومات بالكلمات</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Make One Claim</source>
        <translation>اجعلها معلومة واحدة</translation>
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
        <translation>تبديل الجانبين</translation>
    </message>
    <message>
        <source>Select two or more articles in the library to compare them, or drop article files or folders on the window.</source>
        <translation>اختر مقالين أو أكثر في المكتبة لمقارنتها، أو أفلت ملفات المقالات أو مجلداتها على النافذة.</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Claims</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>التداخل</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>معلومات منفردة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>التباينات</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>&amp;Unique only</source>
        <translation>المنفردة فقط</translation>
    </message>
    <message>
        <source>&amp;Quotes only</source>
        <translation>الاقتباسات فقط</translation>
    </message>
    <message>
        <source>With &amp;figures</source>
        <translation>مع الأرقام</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>دون أسماء</translation>
    </message>
    <message>
        <source>Hide outlet names: show them as Outlet A, Outlet B, …</source>
        <translation>إخفاء أسماء وسائل الإعلام: عرضها بوصفها الوسيلة A، الوسيلة B، …</translation>
    </message>
    <message>
        <source>Shared by ≥ </source>
        <translation>تشترك فيها ≥ </translation>
    </message>
    <message>
        <source>Shared by at least this many outlets</source>
        <translation>تشترك فيها على الأقل هذا العدد من وسائل الإعلام</translation>
    </message>
    <message>
        <source>Story order</source>
        <translation>ترتيب القصة</translation>
    </message>
    <message>
        <source>Most carried first</source>
        <translation>الأكثر نقلًا أولًا</translation>
    </message>
    <message>
        <source>Fewest carried first</source>
        <translation>الأقل نقلًا أولًا</translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation>ترتيب المعلومات</translation>
    </message>
    <message>
        <source>Claims matrix</source>
        <translation>مصفوفة المعلومات</translation>
    </message>
    <message>
        <source>Choose a story or several articles to see who reported what.</source>
        <translation>اختر قصة أو عدة مقالات لترى من نقل ماذا.</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>شبه حرفي</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>only this outlet</source>
        <translation>هذه الوسيلة فقط</translation>
    </message>
    <message>
        <source>a figure, date, name or title differs</source>
        <translation>يختلف رقم أو تاريخ أو اسم أو منصب</translation>
    </message>
    <message numerus="yes">
        <source>Working out who reported what across %Ln article(s)…</source>
        <translation>
            <numerusform>جارٍ تحديد من نقل ماذا…</numerusform>
            <numerusform>جارٍ تحديد من نقل ماذا في مقال واحد…</numerusform>
            <numerusform>جارٍ تحديد من نقل ماذا في مقالين…</numerusform>
            <numerusform>جارٍ تحديد من نقل ماذا في %Ln مقالات…</numerusform>
            <numerusform>جارٍ تحديد من نقل ماذا في %Ln مقالًا…</numerusform>
            <numerusform>جارٍ تحديد من نقل ماذا في %Ln مقال…</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot be one claim: a claim holds at most one sentence of each outlet.</source>
        <translation>لا يمكن أن تكون هذه معلومة واحدة: لا تضم المعلومة أكثر من جملة واحدة من كل وسيلة.</translation>
    </message>
    <message>
        <source>Same as Closest Elsewhere</source>
        <translation>المعلومة نفسها مثل الأقرب في مكان آخر</translation>
    </message>
    <message>
        <source>Same Claim As…</source>
        <translation>المعلومة نفسها مثل…</translation>
    </message>
    <message>
        <source>Not the Same Claim — Split</source>
        <translation>ليست المعلومة نفسها — افصلها</translation>
    </message>
    <message>
        <source>Let the Matcher Decide</source>
        <translation>دع المطابقة تقرر</translation>
    </message>
    <message>
        <source>Not made one claim: the closest sentence, in %1, is in a claim that already holds a sentence of %2, and a claim holds at most one sentence of each outlet.</source>
        <translation>لم تُدمج: أقرب جملة، في %1، تنتمي إلى معلومة فيها جملة من %2 بالفعل، ولا تضم المعلومة أكثر من جملة واحدة من كل وسيلة.</translation>
    </message>
    <message>
        <source>Take Out the Sentence from %1</source>
        <translation>أخرج جملة %1</translation>
    </message>
    <message>
        <source>grouped by hand</source>
        <translation>جُمعت يدويًا</translation>
    </message>
</context>
<context>
    <name>parallax::DamagedLibraryPrompt</name>
    <message>
        <source>Damaged Library</source>
        <translation>مكتبة تالفة</translation>
    </message>
    <message>
        <source>The library %1 is damaged. Parallax has set it aside, unchanged, as %2.</source>
        <translation>المكتبة %1 تالفة. نحّاها Parallax جانبًا دون تغيير باسم %2.</translation>
    </message>
    <message>
        <source>Restore its newest backup, made %1? What changed since then stays only in the damaged file.</source>
        <translation>أتريد استعادة أحدث نسخة احتياطية منها، المأخوذة في %1؟ ما تغيّر منذ ذلك الحين يبقى في الملف التالف وحده.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>parallax::DiscrepancyListView</name>
    <message>
        <source>Claim</source>
        <translation>المعلومة</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>تختلف في</translation>
    </message>
    <message>
        <source>One outlet</source>
        <translation>وسيلة إعلامية</translation>
    </message>
    <message>
        <source>Another outlet</source>
        <translation>وسيلة إعلامية أخرى</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>منصب</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>No differing figures, dates, names or titles found.</source>
        <translation>لم يُعثر على أرقام أو تواريخ أو أسماء أو مناصب مختلفة.</translation>
    </message>
    <message>
        <source>Opposite word</source>
        <translation>كلمة معاكسة</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>نفي</translation>
    </message>
</context>
<context>
    <name>parallax::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Save the comparison as an HTML page, PDF, JSON or CSV of claims</source>
        <translation>حفظ المقارنة صفحةَ HTML أو PDF أو JSON أو CSV للمعلومات</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>صفحة HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>بيانات JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV of claims (*.csv)</source>
        <translation>CSV للمعلومات (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>تعذرت كتابة %1:
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
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>سيتوقف بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file could not be imported.</source>
        <translation>
            <numerusform>لم يتعذر استيراد أي ملف.</numerusform>
            <numerusform>تعذر استيراد ملف واحد.</numerusform>
            <numerusform>تعذر استيراد ملفين.</numerusform>
            <numerusform>تعذر استيراد %Ln ملفات.</numerusform>
            <numerusform>تعذر استيراد %Ln ملفًا.</numerusform>
            <numerusform>تعذر استيراد %Ln ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported.</source>
        <translation>
            <numerusform>لم يتعذر استيراد أي ملف.</numerusform>
            <numerusform>تعذر استيراد ملف واحد.</numerusform>
            <numerusform>تعذر استيراد ملفين.</numerusform>
            <numerusform>تعذر استيراد %Ln ملفات.</numerusform>
            <numerusform>تعذر استيراد %Ln ملفًا.</numerusform>
            <numerusform>تعذر استيراد %Ln ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article was imported.</source>
        <translation>
            <numerusform>لم يُستورد أي مقال.</numerusform>
            <numerusform>استُورد مقال واحد.</numerusform>
            <numerusform>استُورد مقالان.</numerusform>
            <numerusform>استُوردت %Ln مقالات.</numerusform>
            <numerusform>استُورد %Ln مقالًا.</numerusform>
            <numerusform>استُورد %Ln مقال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles were imported.</source>
        <translation>
            <numerusform>لم يُستورد أي مقال.</numerusform>
            <numerusform>استُورد مقال واحد.</numerusform>
            <numerusform>استُورد مقالان.</numerusform>
            <numerusform>استُوردت %Ln مقالات.</numerusform>
            <numerusform>استُورد %Ln مقالًا.</numerusform>
            <numerusform>استُورد %Ln مقال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %L1 of %L2: %3</source>
        <translation>جارٍ استيراد %L1 من %L2: %3</translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Moved (dashed)</source>
        <translation>منقول (خط متقطع)</translation>
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
        <translation>كل المقالات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article in the library</source>
        <translation>كل مقال في المكتبة</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryService</name>
    <message>
        <source>No library is open.</source>
        <translation>لا توجد مكتبة مفتوحة.</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>مقال ملصوق</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>تعذر حفظ الملاحظة: %1</translation>
    </message>
    <message>
        <source>Could not change the note: %1</source>
        <translation>تعذر تغيير الملاحظة: %1</translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation>تعذر حذف الملاحظة: %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>تتعذر استعادة النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>the article it refreshes is no longer in the library</source>
        <translation>المقال المراد تحديثه لم يعد في المكتبة</translation>
    </message>
    <message>
        <source>Could not save the decision on the claim: %1</source>
        <translation>تعذّر حفظ القرار بشأن المعلومة: %1</translation>
    </message>
    <message>
        <source>Could not forget the decisions on the claim: %1</source>
        <translation>تعذّر نسيان القرارات بشأن المعلومة: %1</translation>
    </message>
</context>
<context>
    <name>parallax::LinkImport</name>
    <message>
        <source>Fetching %1 again…</source>
        <translation>جارٍ جلب %1 مرة أخرى…</translation>
    </message>
    <message>
        <source>The article could not be refreshed.</source>
        <translation>تعذّر تحديث المقال.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The page is unchanged.</source>
        <translation>الصفحة لم تتغير.</translation>
    </message>
    <message>
        <source>The page is now the same as article %1.</source>
        <translation>الصفحة الآن مطابقة للمقال %1.</translation>
    </message>
    <message>
        <source>The page has changed: stored as a new version.</source>
        <translation>تغيرت الصفحة: حُفظت كإصدار جديد.</translation>
    </message>
    <message>
        <source>Refresh from URL</source>
        <translation>تحديث من الرابط</translation>
    </message>
    <message>
        <source>The page at %1 has changed since it was fetched. The new page is kept as the next version of the article, beside the old one.</source>
        <translation>تغيرت الصفحة في %1 منذ جلبها. تُحفظ الصفحة الجديدة كالإصدار التالي من المقال، إلى جانب القديم.</translation>
    </message>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>مقارنة الإصدارين</translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>المكتبة: %1</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>تتعذر فتح المكتبة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %Ln articles…</source>
        <translation>
            <numerusform>جارٍ المقارنة…</numerusform>
            <numerusform>جارٍ مقارنة مقال واحد…</numerusform>
            <numerusform>جارٍ مقارنة مقالين…</numerusform>
            <numerusform>جارٍ مقارنة %Ln مقالات…</numerusform>
            <numerusform>جارٍ مقارنة %Ln مقالًا…</numerusform>
            <numerusform>جارٍ مقارنة %Ln مقال…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>لا تحتوي الحافظة على نص لاستيراده.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 مقابل %2</translation>
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
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>لصق مقال</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>فتح المكتبة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>تحرير تفاصيل المقال…</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>حذف المقال…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;New Story from Selection…</source>
        <translation>قصة جديدة من التحديد…</translation>
    </message>
    <message>
        <source>&amp;Rename Story…</source>
        <translation>إعادة تسمية القصة…</translation>
    </message>
    <message>
        <source>De&amp;lete Story…</source>
        <translation>حذف القصة…</translation>
    </message>
    <message>
        <source>Remove from &amp;Story</source>
        <translation>إزالة من القصة</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>الاختلاف التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>الاختلاف السابق</translation>
    </message>
    <message>
        <source>Next &amp;Unique Claim</source>
        <translation>المعلومة المنفردة التالية</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Claim</source>
        <translation>المعلومة المنفردة السابقة</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>تبديل الجانبين</translation>
    </message>
    <message>
        <source>Show &amp;Furniture</source>
        <translation>إظهار حواشي الصفحة</translation>
    </message>
    <message>
        <source>Show ads, navigation and captions, greyed</source>
        <translation>إظهار الإعلانات والتنقل والتعليقات على الصور باللون الرمادي</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>تمرير متزامن</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>عن Parallax</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>عن Parallax</translation>
    </message>
    <message>
        <source>Parallax %1
Compare how news outlets cover the same story.</source>
        <translation>Parallax %1
قارن كيف تغطي وسائل الإعلام القصة نفسها.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فُتح مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <source>&amp;Add to Story</source>
        <translation>إضافة إلى قصة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>لا قصص بعد</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>فتح مقالات</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>المقالات (*.txt *.html *.htm *.xhtml *.md *.markdown);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>فتح مكتبة أو إنشاؤها</translation>
    </message>
    <message>
        <source>Parallax libraries (*.sqlite *.db);;All files (*)</source>
        <translation>مكتبات Parallax (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>قصة جديدة</translation>
    </message>
    <message>
        <source>Name of the story:</source>
        <translation>اسم القصة:</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>إعادة تسمية القصة</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>حذف القصة</translation>
    </message>
    <message>
        <source>Delete this story? Its articles stay in the library.</source>
        <translation>أتحذف هذه القصة؟ تبقى مقالاتها في المكتبة.</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>حذف مقالات</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article from the library? This cannot be undone.</source>
        <translation>
            <numerusform>حذف لا شيء من المكتبة؟</numerusform>
            <numerusform>حذف مقال واحد من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف مقالين من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %Ln مقالات من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %Ln مقالًا من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %Ln مقال من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln articles from the library? This cannot be undone.</source>
        <translation>
            <numerusform>حذف لا شيء من المكتبة؟</numerusform>
            <numerusform>حذف مقال واحد من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف مقالين من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %Ln مقالات من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %Ln مقالًا من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %Ln مقال من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Story Suggestions</source>
        <translation>اقتراحات القصص</translation>
    </message>
    <message>
        <source>Suggest S&amp;tories for Loose Articles</source>
        <translation>اقتراح قصص للمقالات المتفرقة</translation>
    </message>
    <message>
        <source>Aligned in %L1 ms</source>
        <translation>اكتملت المحاذاة في %L1 م.ث</translation>
    </message>
    <message>
        <source>Comparing: %L1 of %L2 pairs</source>
        <translation>جارٍ المقارنة: %L1 من %L2 أزواج</translation>
    </message>
    <message>
        <source>Difference %L1 of %L2</source>
        <translation>الاختلاف %L1 من %L2</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>فتح رابط…</translation>
    </message>
    <message>
        <source>&amp;Refresh from URL</source>
        <translation>تحديث من الرابط</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n of your decisions on claims: they would put two sentences of one outlet in one claim.</source>
        <translation>
            <numerusform>استُبعد %n من قراراتك بشأن المعلومات: كانت ستضع جملتين من وسيلة واحدة في معلومة واحدة.</numerusform>
            <numerusform>استُبعد قرار واحد من قراراتك بشأن المعلومات: كان سيضع جملتين من وسيلة واحدة في معلومة واحدة.</numerusform>
            <numerusform>استُبعد قراران من قراراتك بشأن المعلومات: كانا سيضعان جملتين من وسيلة واحدة في معلومة واحدة.</numerusform>
            <numerusform>استُبعدت %n قرارات من قراراتك بشأن المعلومات: كانت ستضع جملتين من وسيلة واحدة في معلومة واحدة.</numerusform>
            <numerusform>استُبعد %n قرارًا من قراراتك بشأن المعلومات: كانت ستضع جملتين من وسيلة واحدة في معلومة واحدة.</numerusform>
            <numerusform>استُبعد %n قرار من قراراتك بشأن المعلومات: كانت ستضع جملتين من وسيلة واحدة في معلومة واحدة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MetadataDialog</name>
    <message>
        <source>&amp;Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>تفاصيل المقال</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>الوسيلة الإعلامية:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>الكاتب:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
</context>
<context>
    <name>parallax::OpenLinksDialog</name>
    <message>
        <source>Open URL</source>
        <translation>فتح رابط</translation>
    </message>
    <message>
        <source>&amp;Links to fetch, one a line (http or https). Only the page itself is fetched, never the images, styles or scripts it names.</source>
        <translation>الروابط المراد جلبها، رابط في كل سطر (http أو https). تُجلب الصفحة نفسها فقط، ولا تُجلب أبدًا الصور أو الأنماط أو السكربتات التي تشير إليها.</translation>
    </message>
    <message>
        <source>Fetch results</source>
        <translation>نتائج الجلب</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>جلب</translation>
    </message>
    <message>
        <source>%1: fetching…</source>
        <translation>%1: جارٍ الجلب…</translation>
    </message>
    <message>
        <source>%1: not an http or https link</source>
        <translation>%1: ليس رابط http أو https</translation>
    </message>
    <message>
        <source>Nothing to fetch.</source>
        <translation>لا شيء لجلبه.</translation>
    </message>
    <message>
        <source>%1 of %2 links, %3</source>
        <translation>%1 من %2 روابط، %3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>%1 من %2 روابط</translation>
    </message>
    <message>
        <source>%1: fetched (%2)</source>
        <translation>%1: جُلب (%2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link could not be fetched.</source>
        <translation>
            <numerusform>لم يتعذّر جلب أي رابط.</numerusform>
            <numerusform>تعذّر جلب رابط واحد.</numerusform>
            <numerusform>تعذّر جلب رابطين.</numerusform>
            <numerusform>تعذّر جلب %Ln روابط.</numerusform>
            <numerusform>تعذّر جلب %Ln رابطًا.</numerusform>
            <numerusform>تعذّر جلب %Ln رابط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links could not be fetched.</source>
        <translation>
            <numerusform>لم يتعذّر جلب أي رابط.</numerusform>
            <numerusform>تعذّر جلب رابط واحد.</numerusform>
            <numerusform>تعذّر جلب رابطين.</numerusform>
            <numerusform>تعذّر جلب %Ln روابط.</numerusform>
            <numerusform>تعذّر جلب %Ln رابطًا.</numerusform>
            <numerusform>تعذّر جلب %Ln رابط.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::OverlapHeatMap</name>
    <message>
        <source>Overlap between outlets</source>
        <translation>التداخل بين وسائل الإعلام</translation>
    </message>
    <message>
        <source>No overlap to show yet.</source>
        <translation>لا تداخل لعرضه بعد.</translation>
    </message>
    <message>
        <source>Share of the row outlet&apos;s words in runs it shares with the column outlet. Click a cell to compare the two side by side.</source>
        <translation>نسبة كلمات وسيلة الصف الواقعة في مقاطع تشترك فيها مع وسيلة العمود. انقر خلية لمقارنتهما جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>%L1% of %2&apos;s words are in runs shared with %3. Click to compare them side by side.</source>
        <translation>%L1% من كلمات %2 في مقاطع مشتركة مع %3. انقر لمقارنتهما جنبًا إلى جنب.</translation>
    </message>
</context>
<context>
    <name>parallax::OverviewRuler</name>
    <message>
        <source>Where this article shares text and where it stands alone; click to go there</source>
        <translation>أين يشارك هذا المقال نصًا وأين ينفرد؛ انقر للانتقال إلى هناك</translation>
    </message>
</context>
<context>
    <name>parallax::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source> words</source>
        <translation> كلمات</translation>
    </message>
    <message>
        <source>The shortest run of shared words highlighted as shared</source>
        <translation>أقصر سلسلة كلمات مشتركة تُظلَّل بوصفها مشتركة</translation>
    </message>
    <message>
        <source>How similar two paragraphs must be to be linked; lower links more</source>
        <translation>مدى التشابه المطلوب بين فقرتين لربطهما؛ القيمة الأدنى تربط أكثر</translation>
    </message>
    <message>
        <source>How similar two paragraphs out of order must be to be linked as moved</source>
        <translation>مدى التشابه المطلوب بين فقرتين في غير ترتيبهما لربطهما بوصفهما منقولتين</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>المحاذاة</translation>
    </message>
    <message>
        <source>Minimum shared &amp;run:</source>
        <translation>أقصر سلسلة مشتركة:</translation>
    </message>
    <message>
        <source>&amp;Link threshold:</source>
        <translation>عتبة الربط:</translation>
    </message>
    <message>
        <source>&amp;Move threshold:</source>
        <translation>عتبة النقل:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>A new language is used when Parallax is next started.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل Parallax في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>parallax::QuotesView</name>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(غير مسمّى)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>مختلفة</translation>
    </message>
    <message>
        <source>same</source>
        <translation>نفسها</translation>
    </message>
</context>
<context>
    <name>parallax::ReaderView</name>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>تحرير التفاصيل…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Body Text</source>
        <translation>تعليم بوصفه نصًا أساسيًا</translation>
    </message>
    <message>
        <source>Mark as &amp;Furniture</source>
        <translation>تعليم بوصفه حاشية</translation>
    </message>
    <message>
        <source>Furniture (ads, navigation, captions) takes no part in comparisons</source>
        <translation>الحواشي (الإعلانات والتنقل والتعليقات على الصور) لا تدخل في المقارنات</translation>
    </message>
    <message>
        <source>Mark as &amp;Heading</source>
        <translation>تعليم بوصفه عنوانًا</translation>
    </message>
    <message>
        <source>Select one article in the library to read it here.</source>
        <translation>اختر مقالًا واحدًا في المكتبة لقراءته هنا.</translation>
    </message>
    <message>
        <source>fetched from %1 on %2</source>
        <translation>جُلب من %1 في %2</translation>
    </message>
    <message>
        <source>Correct the outlet, title, byline, date or language</source>
        <translation>تصحيح الوسيلة الإعلامية أو العنوان أو الكاتب أو التاريخ أو اللغة</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>اللغة غير معروفة</translation>
    </message>
</context>
<context>
    <name>parallax::SearchResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
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
        <translation>اختر المقال الذي يعرضه هذا الجانب</translation>
    </message>
    <message>
        <source>(unknown outlet)</source>
        <translation>(وسيلة إعلامية غير معروفة)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1% of this article is shared with %2</source>
        <translation>%L1% من هذا المقال مشترك مع %2</translation>
    </message>
</context>
<context>
    <name>parallax::StoryGroupingPanel</name>
    <message>
        <source>Find stories among the articles that are in none, or check where new articles belong.</source>
        <translation>ابحث عن قصص بين المقالات غير المدرجة في أي قصة، أو تحقق من مكان المقالات الجديدة.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Story proposals</source>
        <translation>اقتراحات القصص</translation>
    </message>
    <message>
        <source>&amp;Find Stories</source>
        <translation>بحث عن قصص</translation>
    </message>
    <message>
        <source>&amp;File Ticked Articles</source>
        <translation>إدراج المقالات المؤشَّر عليها</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>القصة %1</translation>
    </message>
    <message>
        <source>Looking for the stories these articles belong to…</source>
        <translation>جارٍ البحث عن القصص التي تنتمي إليها هذه المقالات…</translation>
    </message>
    <message>
        <source>Grouping the articles that are in no story…</source>
        <translation>جارٍ تجميع المقالات غير المدرجة في أي قصة…</translation>
    </message>
    <message>
        <source>No story in the library looks like these articles.</source>
        <translation>لا تشبه أي قصة في المكتبة هذه المقالات.</translation>
    </message>
    <message>
        <source>Untick what is wrong, then file the rest.</source>
        <translation>أزل التأشير عن الخطأ، ثم أدرج الباقي.</translation>
    </message>
    <message>
        <source>The new story&apos;s name; double-click to change it.</source>
        <translation>اسم القصة الجديدة؛ انقر نقرًا مزدوجًا لتغييره.</translation>
    </message>
    <message>
        <source>The loose articles do not group into stories.</source>
        <translation>لا تتجمع المقالات المتفرقة في قصص.</translation>
    </message>
    <message>
        <source>Filed.</source>
        <translation>أُدرجت.</translation>
    </message>
    <message>
        <source>Add “%1” to the story “%2” (%L3% alike)</source>
        <translation>إضافة «%1» إلى القصة «%2» (تشابه %L3%)</translation>
    </message>
    <message numerus="yes">
        <source>Stories proposed: %Ln. Rename or untick them, then file the rest.</source>
        <translation>
            <numerusform>القصص المقترحة: %Ln. أعد تسميتها أو أزل التأشير عنها، ثم أدرج الباقي.</numerusform>
            <numerusform>القصص المقترحة: %Ln. أعد تسميتها أو أزل التأشير عنها، ثم أدرج الباقي.</numerusform>
            <numerusform>القصص المقترحة: %Ln. أعد تسميتها أو أزل التأشير عنها، ثم أدرج الباقي.</numerusform>
            <numerusform>القصص المقترحة: %Ln. أعد تسميتها أو أزل التأشير عنها، ثم أدرج الباقي.</numerusform>
            <numerusform>القصص المقترحة: %Ln. أعد تسميتها أو أزل التأشير عنها، ثم أدرج الباقي.</numerusform>
            <numerusform>القصص المقترحة: %Ln. أعد تسميتها أو أزل التأشير عنها، ثم أدرج الباقي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::TimelineView</name>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Wholly derived</source>
        <translation>منقول كليًا</translation>
    </message>
    <message>
        <source>Partly derived</source>
        <translation>منقول جزئيًا</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>مستقل</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>, most with %1</source>
        <translation>، وأكثرها مع %1</translation>
    </message>
    <message>
        <source>%1: %L2% of its words shared with other outlets</source>
        <translation>%1: %L2% من كلماته مشتركة مع وسائل إعلام أخرى</translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsView</name>
    <message>
        <source>Only this outlet reports</source>
        <translation>لا ينقل إلا هذه الوسيلة</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln claim(s) no other outlet makes</source>
        <translation>
            <numerusform>%1 — لا معلومات لا تذكرها وسيلة أخرى</numerusform>
            <numerusform>%1 — معلومة واحدة لا تذكرها وسيلة أخرى</numerusform>
            <numerusform>%1 — معلومتان لا تذكرهما وسيلة أخرى</numerusform>
            <numerusform>%1 — %Ln معلومات لا تذكرها وسيلة أخرى</numerusform>
            <numerusform>%1 — %Ln معلومة لا تذكرها وسيلة أخرى</numerusform>
            <numerusform>%1 — %Ln معلومة لا تذكرها وسيلة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>الأقرب في مكان آخر: %1، %2 — «%3»</translation>
    </message>
    <message>
        <source>Split by hand: you said it is not the claim the matcher put it in.</source>
        <translation>فُصلت يدويًا: قلتَ إنها ليست المعلومة التي وضعتها فيها المطابقة.</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>لا شيء قريب منها في مكان آخر.</translation>
    </message>
    <message>
        <source>Activate to read that sentence&apos;s claim.</source>
        <translation>فعّل لقراءة المعلومة التي تنتمي إليها تلك الجملة.</translation>
    </message>
</context>
</TS>

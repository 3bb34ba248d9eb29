#include "ingest/html/HtmlReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// "role: text", with a star after the role when the structure decided it.
QStringList describe(const QList<ParsedBlock> &blocks)
{
    QStringList lines;
    for (const ParsedBlock &block : blocks) {
        const QString reason = block.reason.isEmpty() ? QString() : u"("_s + block.reason + u")"_s;
        lines.append(blockRoleName(block.role) + (block.roleFromStructure ? u"*"_s : QString())
                     + reason + u": "_s + block.text);
    }
    return lines;
}

// A paragraph of invented news prose, different for each n.
QString story(int n)
{
    static const QStringList sentences = {
        u"The council voted on Tuesday to close the Harrow Bridge for repairs, a decision that will add twenty minutes to many commutes."_s,
        u"Engineers found cracks in two of the bridge's steel girders last month, the council said, and traffic will be diverted through Elm Street."_s,
        u"Shop owners on the quay, who depend on passing trade, asked for compensation, but the mayor said no fund had been set aside."_s,
        u"Repairs are expected to take nine weeks, weather permitting, and will cost about 1.2 million pounds, according to the council's estimate."_s,
        u"A public meeting will be held at the town hall on Friday evening, where residents can put their questions to the engineers."_s,
        u"Bus routes 4, 7 and 12 will run on a temporary timetable, the operator said, with extra services at peak hours."_s};
    return sentences.at(n % sentences.size()) + u' ' + sentences.at((n + 1) % sentences.size());
}

QString repeated(const QString &piece, int times)
{
    QString text;
    text.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        text += piece;
    return text;
}

} // namespace

class TestHtmlReader final : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void findsTheArticle_data();
    void findsTheArticle();
    void metadata_data();
    void metadata();
    void bylineAsPrinted();
    void fetchedPageNamedByItsAddress();
    void declaredLanguage_data();
    void declaredLanguage();
    void markupInTextStaysLiteral();
    void hostileStructure_data();
    void hostileStructure();
    void survivesArbitraryMarkup();
};

void TestHtmlReader::blocks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("paragraphs and headings")
        << u"<h1>Council votes</h1><p>First <b>bold</b> para.</p><p>Second\n   para</p><h3>More</h3>"_s
        << QStringList{u"heading: Council votes"_s, u"body: First bold para."_s,
                       u"body: Second para"_s, u"heading: More"_s};
    QTest::newRow("inline text joins as rendered")
        << u"<p>Hel<i>lo</i> <a href=\"/x\">wor</a>ld</p>"_s << QStringList{u"body: Hello world"_s};
    QTest::newRow("entities decoded by the parser")
        << u"<p>Fish &amp; chips &lt;b&gt; &#8212; caf&eacute;&nbsp;bar</p>"_s
        << QStringList{u"body: Fish & chips <b> — café bar"_s};
    QTest::newRow("lists and quotes")
        << u"<ul><li>One</li><li>Two <a href=x>link</a> and more words</li></ul>"
           u"<blockquote><p>Quoted</p></blockquote><blockquote>Bare quote</blockquote>"_s
        << QStringList{u"body: One"_s, u"body: Two link and more words"_s, u"body: Quoted"_s, u"body: Bare quote"_s};
    QTest::newRow("preformatted keeps its lines")
        << u"<pre>line 1\n  line 2</pre>"_s << QStringList{u"body: line 1\n  line 2"_s};
    QTest::newRow("figure caption")
        << u"<figure><img src=a.jpg alt=\"x\"><figcaption>Photo: <em>A. Smith</em></figcaption></figure>"_s
        << QStringList{u"caption*: Photo: A. Smith"_s};
    QTest::newRow("text set in divs")
        << u"<div>Intro text <div>Inner</div> tail</div>"_s
        << QStringList{u"body: Intro text"_s, u"body: Inner"_s, u"body: tail"_s};
    QTest::newRow("two line breaks end a paragraph")
        << u"<div>Para one.<br><br>Para two.<br>same para</div>"_s
        << QStringList{u"body: Para one."_s, u"body: Para two. same para"_s};
    QTest::newRow("table cells")
        << u"<table><tr><td>Cell A</td><td><p>Cell B</p></td></tr></table>"_s
        << QStringList{u"body: Cell A"_s, u"body: Cell B"_s};
    QTest::newRow("scripts, styles and embeds dropped")
        << u"<p>Before</p><script>document.write('x')</script><style>p{color:red}</style>"
           u"<noscript>Enable JavaScript</noscript><template><p>Template</p></template>"
           u"<svg><text>Drawing</text></svg><iframe src=x>Frame</iframe><p>After</p>"_s
        << QStringList{u"body: Before"_s, u"body: After"_s};

    QTest::newRow("furniture in an article's text")
        << u"<article><p>"_s + story(0) + u"</p><div class=\"ad-slot\">Buy now</div><p>"_s + story(1)
               + u"</p><div id=relatedStories>Other</div><div class=\"newsletter_box\">Sign up</div>"
                 u"<div class=\"social share\">Tweet</div><div role=navigation>Menu</div>"
                 u"<nav><ul><li>Home</li></ul></nav><aside><h2>Most read</h2></aside>"
                 u"<form><label>Search</label></form></article>"_s
        << QStringList{u"body: "_s + story(0), u"furniture*(named:ad): Buy now"_s, u"body: "_s + story(1),
                       u"furniture*(named:related): Other"_s, u"furniture*(named:newsletter): Sign up"_s,
                       u"furniture*(named:social): Tweet"_s, u"furniture*(navigation): Menu"_s,
                       u"furniture*(navigation): Home"_s, u"furniture*(aside): Most read"_s,
                       u"furniture*(form): Search"_s};
    QTest::newRow("words that merely contain furniture words")
        << u"<div class=\"header-shadow download reading\"><p>"_s + story(0) + u"</p></div>"_s
        << QStringList{u"body: "_s + story(0)};
    QTest::newRow("furniture inside a paragraph is its own block")
        << u"<p>"_s + story(0) + u" <span class=\"share-buttons\">Share</span> more</p>"_s
        << QStringList{u"body: "_s + story(0), u"furniture*(named:share): Share"_s, u"body: more"_s};
    QTest::newRow("an article's own header and footer")
        << u"<article><header><h1>Headline</h1></header><p>"_s + story(0)
               + u"</p><footer>Tags: council</footer></article>"_s
        << QStringList{u"heading: Headline"_s, u"body: "_s + story(0),
                       u"furniture*(footer): Tags: council"_s};
    QTest::newRow("hidden text")
        << u"<div><p>"_s + story(0) + u"</p><p hidden>Secret</p><p aria-hidden=true>Icon</p>"
           u"<p style=\"color: red; display: none\">Gone</p></div>"_s
        << QStringList{u"body: "_s + story(0), u"furniture*(hidden): Secret"_s,
                       u"furniture*(hidden): Icon"_s, u"furniture*(hidden): Gone"_s};
    QTest::newRow("empty page") << QString() << QStringList();
}

void TestHtmlReader::blocks()
{
    QFETCH(QString, html);
    QFETCH(QStringList, blocks);

    QCOMPARE(describe(readHtml(html).blocks), blocks);
}

// Pages whose names, elements or scripts mislead: the article is found by
// what they hold. Each row lists the blocks that must be the article's text
// (body and headings, in order); everything else must be furniture.
void TestHtmlReader::findsTheArticle_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("article");

    const QString paragraphs = u"<p>"_s + story(0) + u"</p><p>"_s + story(2) + u"</p><p>"_s + story(4) + u"</p>"_s;
    const QStringList storyText = {u"body: "_s + story(0), u"body: "_s + story(2), u"body: "_s + story(4)};
    const QString links = u"<ul><li><a href=/a>World</a></li><li><a href=/b>Politics</a></li>"
                          u"<li><a href=/c>Business</a></li><li><a href=/d>Sport</a></li></ul>"_s;

    QTest::newRow("a sidebar word on <body> and an ad word on the wrapper")
        << u"<body class=\"page one-sidebar\"><div class=site-nav>"_s + links
               + u"</div><div class=\"non-ad-column\"><h1>Bridge to close for repairs</h1>"_s + paragraphs
               + u"</div><div class=sidebar><a href=/x>Weather: rain later</a></div></body>"_s
        << QStringList{u"heading: Bridge to close for repairs"_s} + storyText;
    QTest::newRow("the story outside <main>")
        << u"<main>"_s + links + u"</main><div class=wrapper>"_s + paragraphs + u"</div>"_s << storyText;
    QTest::newRow("teaser <article>s beside the story")
        << u"<article><a href=/1>Council fines landlord</a></article><article><a href=/2>Rain due</a></article>"
           u"<div id=body-text>"_s + paragraphs + u"</div>"_s
        << storyText;
    QTest::newRow("a whole page inside an ASP.NET form")
        << u"<form id=aspnetForm action=page.aspx><input type=hidden name=__VIEWSTATE value=x>"
           u"<div class=header>"_s + links + u"</div><div class=col>"_s + paragraphs
               + u"</div><div class=footer-links>"_s + links + u"</div></form>"_s
        << storyText;
    const QString japanese = u"<p>市議会は火曜日、修理のためハロー橋を閉鎖することを決めた。多くの通勤者にとって二十分の遠回りになる。</p>"
                             u"<p>技師たちは先月、橋の鋼鉄の桁二本にひびを見つけたと市議会は説明し、交通はエルム通りに迂回される。</p>"
                             u"<p>工事は天候が許せば九週間かかり、費用はおよそ百二十万ポンドと見積もられている。</p>"_s;
    QTest::newRow("Japanese, without spaces between words")
        << u"<div class=menu>"_s + links + u"</div><div class=honbun>"_s + japanese + u"</div>"_s
        << QStringList{u"body: 市議会は火曜日、修理のためハロー橋を閉鎖することを決めた。多くの通勤者にとって二十分の遠回りになる。"_s,
                       u"body: 技師たちは先月、橋の鋼鉄の桁二本にひびを見つけたと市議会は説明し、交通はエルム通りに迂回される。"_s,
                       u"body: 工事は天候が許せば九週間かかり、費用はおよそ百二十万ポンドと見積もられている。"_s};
    QTest::newRow("a longer comment thread after the story")
        << u"<div class=entry>"_s + paragraphs + u"</div><div id=comments>"
           u"<div class=comment><p>"_s + story(1) + u"</p></div><div class=comment><p>"_s + story(3)
               + u"</p></div><div class=comment><p>"_s + story(5) + u"</p></div><div class=comment><p>"_s
               + story(1) + u"</p></div></div>"_s
        << storyText;
    QTest::newRow("more stories under the story")
        << u"<div class=story>"_s + paragraphs + u"<div class=more>"
           u"<h3><a href=/m1>Mayor defends budget in a long and angry meeting</a></h3>"
           u"<h3><a href=/m2>Schools to open late on Monday after the storm</a></h3>"
           u"<h3><a href=/m3>New library wing opens to the public this week</a></h3></div></div>"_s
        << storyText;
}

void TestHtmlReader::findsTheArticle()
{
    QFETCH(QString, html);
    QFETCH(QStringList, article);

    const QList<ParsedBlock> blocks = readHtml(QString(u"<!DOCTYPE html><html><body>"_s + html)).blocks;
    QStringList found;
    for (const ParsedBlock &block : blocks) {
        if (block.role == BlockRole::Furniture)
            QVERIFY2(!block.reason.isEmpty(), qPrintable(block.text));
        else
            found.append(describe({block}));
    }
    QCOMPARE(found, article);
}

// A byline keeps its words as printed; a date beside the names in it does not.
void TestHtmlReader::bylineAsPrinted()
{
    const QString page = u"<h1>Bridge to close</h1><div class=byline>By Ann Lee</div><div class=body><p>"_s
        + story(0) + u"</p><p>"_s + story(1) + u"</p></div>"_s;
    ParsedDocument document = readHtml(page);
    QCOMPARE(document.meta.byline, u"By Ann Lee"_s);
    QCOMPARE(describe({document.blocks.at(1)}), QStringList{u"furniture*(byline): By Ann Lee"_s});

    document = readHtml(QString(u"<p class=meta><span class=byline>By <a rel=author href=/al>Ann Lee</a> and "
                                u"<a rel=author href=/bc>Bo Chen</a>, 5 March 2024</span></p><div><p>"_s
                                + story(0) + u"</p></div>"_s));
    QCOMPARE(document.meta.byline, u"Ann Lee, Bo Chen"_s);

    // The author's job beside the name is not the byline; a teaser's
    // headline in an "author" box is not one at all.
    document = readHtml(QString(u"<div class=teaser-author>Mayor says no to the new bridge tolls after all</div>"
                                u"<div class=author><a class=author-link href=/al>Ann Lee</a>"
                                u"<div class=author-title>Transport Editor</div></div><div><p>"_s
                                + story(0) + u"</p></div>"_s));
    QCOMPARE(document.meta.byline, u"Ann Lee"_s);
}

// A fetched page that names neither its URL nor its outlet is known by
// where it came from; one that names its URL keeps it.
void TestHtmlReader::fetchedPageNamedByItsAddress()
{
    const QString page = u"<title>Bridge to close</title><p>Text</p>"_s;
    ParsedDocument document = readHtml(page, u"https://www.valleypost.example/2026/bridge"_s);
    QCOMPARE(document.meta.url, u"https://www.valleypost.example/2026/bridge"_s);
    QCOMPARE(document.meta.outlet, u"valleypost.example"_s);

    document = readHtml(QString(u"<link rel=canonical href=\"https://valleypost.example/bridge\">"_s + page),
                        u"https://m.valleypost.example/bridge?utm=1"_s);
    QCOMPARE(document.meta.url, u"https://valleypost.example/bridge"_s);
}

void TestHtmlReader::declaredLanguage_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("language");
    QTest::newRow("html lang") << u"<html lang=de-DE><title>T</title><p>Text"_s << u"de"_s;
    QTest::newRow("xml:lang") << u"<html xml:lang=fr><p>Text"_s << u"fr"_s;
    QTest::newRow("Content-Language")
        << u"<html><meta http-equiv=Content-Language content=\"es\"><p>Text"_s << u"es"_s;
    QTest::newRow("og:locale") << u"<html><meta property=og:locale content=zh_CN><p>Text"_s << u"zh"_s;
    QTest::newRow("named") << u"<html><meta name=language content=Arabic><meta name=DC.language content=ar><p>x"_s
                           << u"ar"_s;
    QTest::newRow("html lang first")
        << u"<html lang=en><meta property=og:locale content=de_DE><p>Text"_s << u"en"_s;
    QTest::newRow("undetermined falls through")
        << u"<html lang=und><meta property=og:locale content=fr_CA><p>Text"_s << u"fr"_s;
    QTest::newRow("none") << u"<title>T</title><p>Text"_s << QString();
    QTest::newRow("nonsense") << u"<html lang=\"{{ lang }}\"><p>Text"_s << QString();
}

// What the page says its language is; the article's own words are weighed
// against it later (LanguageDetector).
void TestHtmlReader::declaredLanguage()
{
    QFETCH(QString, page);
    QFETCH(QString, language);
    QCOMPARE(readHtml(page).declaredLanguage, language);
}

void TestHtmlReader::metadata_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("url");

    const QString openGraph =
        u"<meta property=\"og:title\" content=\"OG title\">"
        u"<meta property=\"og:site_name\" content=\"OG Outlet\">"
        u"<meta property=\"og:url\" content=\"https://og.example/a\">"
        u"<meta property=\"article:published_time\" content=\"2024-02-01T08:00:00Z\">"
        u"<meta property=\"article:author\" content=\"https://facebook.example/someone\">"_s;
    const QString metaNames =
        u"<meta name=\"byl\" content=\"By Jane Doe\">"
        u"<meta name=\"DC.date.issued\" content=\"2023-12-24\">"
        u"<meta name=\"citation_title\" content=\"Citation title\">"
        u"<link rel=\"canonical\" href=\"https://canonical.example/a\">"_s;
    const QString jsonLd =
        uR"(<script type="application/ld+json">{"@context": "https://schema.org",
        "@type": "NewsArticle", "headline": "LD headline",
        "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}],
        "datePublished": "2024-03-05T23:30:00-05:00",
        "publisher": {"@type": "Organization", "name": "LD Outlet"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": "https://ld.example/a"}}</script>)"_s;

    QTest::newRow("JSON-LD wins over everything")
        << jsonLd + openGraph + metaNames + u"<title>Page title</title>"_s << u"LD Outlet"_s
        << u"LD headline"_s << u"Ann Lee, Bo Chen"_s << QDate(2024, 3, 5) << u"https://ld.example/a"_s;
    QTest::newRow("JSON-LD in @graph, type as array, author as string")
        << uR"(<script type="application/ld+json">{"@graph": [
           {"@type": "WebSite", "name": "Not this"},
           {"@type": ["ReportageNewsArticle"], "headline": "Graph headline", "author": "Cy Diaz",
            "datePublished": "2024-01-02", "url": "https://graph.example/a",
            "publisher": [{"name": "Graph Outlet"}]}]}</script>)"_s
        << u"Graph Outlet"_s << u"Graph headline"_s << u"Cy Diaz"_s << QDate(2024, 1, 2)
        << u"https://graph.example/a"_s;
    QTest::newRow("JSON-LD as a top-level array")
        << uR"(<script type="application/ld+json">[{"@type": "BreadcrumbList"},
           {"@type": "Article", "headline": "Array headline", "author": {"name": "Di Ek"}}]
           </script>)"_s
        << QString() << u"Array headline"_s << u"Di Ek"_s << QDate() << QString();
    QTest::newRow("broken JSON-LD falls back to OpenGraph")
        << u"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"_s + openGraph
               + metaNames
        << u"OG Outlet"_s << u"OG title"_s << u"Jane Doe"_s << QDate(2024, 2, 1)
        << u"https://og.example/a"_s;
    QTest::newRow("meta names and canonical link")
        << metaNames + u"<meta name=\"dc.publisher\" content=\"DC Outlet\"><title>Page</title>"_s
        << u"DC Outlet"_s << u"Citation title"_s << u"Jane Doe"_s << QDate(2023, 12, 24)
        << u"https://canonical.example/a"_s;
    QTest::newRow("title loses the outlet suffix")
        << u"<title>Council votes | The Daily</title><meta property=og:site_name content=\"The Daily\">"_s
        << u"The Daily"_s << u"Council votes"_s << QString() << QDate() << QString();
    QTest::newRow("title loses a dash suffix")
        << u"<title>Council votes - The Daily</title><meta name=dc.publisher content=\"The Daily\">"_s
        << u"The Daily"_s << u"Council votes"_s << QString() << QDate() << QString();
    QTest::newRow("title keeps a suffix that is not the outlet")
        << u"<title>Votes - a short history</title>"_s << QString()
        << u"Votes - a short history"_s << QString() << QDate() << QString();
    QTest::newRow("date without separators")
        << u"<meta name=pubdate content=20240305>"_s << QString() << QString() << QString()
        << QDate(2024, 3, 5) << QString();
    QTest::newRow("impossible date is unknown")
        << u"<meta name=date content=2024-13-45>"_s << QString() << QString() << QString() << QDate()
        << QString();
    QTest::newRow("relative URL is unknown")
        << u"<link rel=canonical href=\"/news/a\">"_s << QString() << QString() << QString() << QDate()
        << QString();
    QTest::newRow("outlet from the address, named as the page names itself")
        << u"<title>Council votes on the budget | The Daily</title>"
           u"<link rel=canonical href=\"https://www.thedaily.example/news/a\">"_s
        << u"The Daily"_s << u"Council votes on the budget"_s << QString() << QDate()
        << u"https://www.thedaily.example/news/a"_s;
    QTest::newRow("outlet from the address alone")
        << u"<title>Council votes</title><link rel=canonical href=\"https://news.example.co.uk/a\">"_s
        << u"example.co.uk"_s << u"Council votes"_s << QString() << QDate() << u"https://news.example.co.uk/a"_s;
    QTest::newRow("the title repeated by the headline loses the site's name")
        << u"<title>Bridge to close for nine weeks - Town Notes and Letters</title></head><body>"
           u"<h1>Bridge to close for nine weeks</h1>"_s << QString()
        << u"Bridge to close for nine weeks"_s << QString() << QDate() << QString();
    QTest::newRow("a title of few words keeps what follows it")
        << u"<title>Mozilla - Encyclopaedia</title></head><body><h1>Mozilla</h1>"_s << QString()
        << u"Mozilla - Encyclopaedia"_s << QString() << QDate() << QString();
    QTest::newRow("Dublin Core before OpenGraph, properties split at spaces, JSON-LD in CDATA")
        << u"<meta property=\"og:title twitter:title\" content=\"OG title\">"
           u"<meta property=\"x:title dc:title\" content=\"DC title\">"
           u"<meta name=\"parsely-author\" content=\"Pat Doe\">"
           u"<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\": \"NewsArticle\", "
           u"\"datePublished\": \"2024-05-06\"}\n//]]></script>"_s
        << QString() << u"DC title"_s << u"Pat Doe"_s << QDate(2024, 5, 6) << QString();
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << QDate() << QString();
}

void TestHtmlReader::metadata()
{
    QFETCH(QString, head);
    QFETCH(QString, outlet);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    QFETCH(QString, url);

    const QString page = u"<!DOCTYPE html><html><head>"_s + head
        + u"</head><body><svg><title>Icon</title></svg><p>Text</p></body></html>"_s;
    const ParsedDocument document = readHtml(page);
    QCOMPARE(document.meta.outlet, outlet);
    QCOMPARE(document.meta.title, title);
    QCOMPARE(document.meta.byline, byline);
    QCOMPARE(document.meta.published, published);
    QCOMPARE(document.meta.url, url);
    QVERIFY(describe(document.blocks).contains(u"body: Text"_s));
}

// Markup inside text that the parser reads as text comes out as those very
// characters: blocks and metadata are plain text, never interpreted.
void TestHtmlReader::markupInTextStaysLiteral()
{
    const ParsedDocument document = readHtml(
        u"<html><head><title><script>alert(1)</script> &amp; <img src=x onerror=alert(2)></title>"
        u"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        u"\"author\": \"<b>Eve</b>\"}</script></head>"
        u"<body><p>&lt;script&gt;alert(3)&lt;/script&gt;</p><textarea><img src=y></textarea>"
        u"</body></html>"_s);
    QCOMPARE(document.meta.title, u"<script>alert(1)</script> & <img src=x onerror=alert(2)>"_s);
    QCOMPARE(document.meta.byline, u"<b>Eve</b>"_s);
    QCOMPARE(describe(document.blocks),
             (QStringList{u"body: <script>alert(3)</script>"_s, u"body: <img src=y>"_s}));
}

void TestHtmlReader::hostileStructure_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text"); // must survive somewhere in the blocks

    constexpr int many = 100'000;
    QTest::newRow("100,000 nested divs")
        << repeated(u"<div>"_s, many) + u"deep text"_s + repeated(u"</div>"_s, many) + u"<p>after</p>"_s
        << u"deep text"_s;
    QTest::newRow("100,000 unclosed divs") << repeated(u"<div>"_s, many) + u"deep text"_s
                                           << u"deep text"_s;
    QTest::newRow("100,000 nested formatting elements")
        << repeated(u"<b>"_s, many) + u"bold text"_s << u"bold text"_s;
    QTest::newRow("20,000 nested tables")
        << repeated(u"<table><tr><td>"_s, 20'000) + u"cell text"_s << u"cell text"_s;
    QTest::newRow("100,000 nested svg groups")
        << u"<p>before</p><svg>"_s + repeated(u"<g>"_s, many) + u"</svg><p>after svg</p>"_s
        << u"before"_s;
    QTest::newRow("100,000 attributes")
        << u"<p "_s + repeated(u"a=\"1\" "_s, many) + u"title=x>attributes survived</p>"_s
        << u"attributes survived"_s;
    QTest::newRow("100,000 distinct attributes")
        << u"<div>"_s + u"<p"_s + [] {
               QString attributes;
               for (int i = 0; i < many; ++i)
                   attributes += u" a"_s + QString::number(i);
               return attributes;
           }() + u">distinct survived</p></div>"_s
        << u"distinct survived"_s;
    QTest::newRow("500 nested bylines around a long story")
        << repeated(u"<div class=byline>"_s, 500) + repeated(u"<p>"_s + story(0) + u"</p>"_s, 2000)
        << u"Harrow Bridge"_s;
    QTest::newRow("a story beside 100,000 short paragraphs")
        << u"<div><p>"_s + story(0) + u"</p><p>"_s + story(2) + u"</p></div>"_s + repeated(u"<p>Short line.</p>"_s, many)
        << u"Harrow Bridge"_s;
    QTest::newRow("100,000 paragraphs named as comments")
        << repeated(u"<div class=comment><p>"_s + story(1) + u"</p></div>"_s, many) << u"Engineers"_s;
    QTest::newRow("unterminated comment") << u"<p>kept</p><!-- "_s + repeated(u"<div>"_s, 1000)
                                          << u"kept"_s;
    QTest::newRow("unterminated script") << u"<p>kept</p><script>"_s + repeated(u"<div>"_s, 1000)
                                         << u"kept"_s;
    QTest::newRow("unterminated attribute")
        << u"<p>kept</p><p title=\""_s + repeated(u"<div>"_s, 1000) << u"kept"_s;
}

void TestHtmlReader::hostileStructure()
{
    QFETCH(QString, html);
    QFETCH(QString, text);

    QElapsedTimer timer;
    timer.start();
    const ParsedDocument document = readHtml(html);
    // Linear work is well under a second here; quadratic work takes minutes.
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    const QStringList blocks = describe(document.blocks);
    QVERIFY2(std::any_of(blocks.begin(), blocks.end(),
                         [&](const QString &block) { return block.contains(text); }),
             qPrintable(blocks.join(u'\n').left(500)));
}

// Shuffled pieces of everything the reader and its structure limiter look at:
// it must always return, whatever the input.
void TestHtmlReader::survivesArbitraryMarkup()
{
    const QStringList pieces = {
        u"<div>"_s, u"</div>"_s, u"<p>"_s, u"</p>"_s, u"<!--"_s, u"-->"_s, u"--!>"_s, u"<script>"_s,
        u"</script>"_s, u"<svg>"_s, u"</svg>"_s, u"<style>"_s, u"<title>"_s, u"</title>"_s,
        u"<plaintext>"_s, u"<table>"_s, u"<td>"_s, u"<br>"_s, u"<br/>"_s, u"<a href=\""_s, u"\""_s,
        u"'"_s, u"="_s, u">"_s, u"<"_s, u"</"_s, u"<!"_s, u"<?"_s, u"text "_s, u"&amp;"_s, u"&"_s,
        u"<article>"_s, u"<main>"_s, u"<nav>"_s, u"<figcaption>"_s, u"<pre>"_s, u"\n"_s,
        u"<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":"_s,
        u"<meta property=og:title content="_s, u"<template>"_s, QString(QChar(0))};
    QRandomGenerator generator(11);
    for (int round = 0; round < 2000; ++round) {
        QString html;
        const int count = int(generator.bounded(60));
        for (int i = 0; i < count; ++i)
            html += pieces.at(generator.bounded(int(pieces.size())));
        const ParsedDocument document = readHtml(html);
        for (const ParsedBlock &block : document.blocks)
            QVERIFY(!block.text.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"

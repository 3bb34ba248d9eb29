#include "ingest/FurnitureClassifier.h"
#include "ingest/LineFurnitureRules.h"
#include "ingest/TextReader.h"

#include "SeedTruth.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestFurnitureClassifier : public QObject
{
    Q_OBJECT

private slots:
    void lineRule_data();
    void lineRule();
    void fixtures_data();
    void fixtures();
    void shortLastParagraphStaysBody();
    void chineseParagraphsAreBody();
    void mastheadAboveHeadlineIsFurniture_data();
    void mastheadAboveHeadlineIsFurniture();
    void structuralRolesUntouched();
    void outletLines();
    void normaliseLine();
    void seeds();
};

namespace {

constexpr double RequiredFurnitureShare = 0.95;

bool isMarked(BlockRole role)
{
    return role == BlockRole::Furniture || role == BlockRole::Caption;
}

ParsedDocument classified(const QString &text, const FurnitureClassifier &classifier = {})
{
    ParsedDocument document = readPlainText(text);
    classifier.classify(document);
    return document;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A short invented article: headline, two paragraphs, and the given line
// between them.
QString articleAround(const QString &line)
{
    return u"Harbour wall repairs finish early\n\nThe repairs to the harbour wall finished two weeks "
           u"ahead of schedule, the port authority said on Friday.\n\n"_s
        + line
        + u"\n\nFishing boats will return to the inner harbour on Monday, and the slipway will "
          u"reopen to the public at the end of the month.\n"_s;
}

} // namespace

void TestFurnitureClassifier::lineRule_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("role"); // -1: the line alone does not tell

    const int furniture = int(BlockRole::Furniture);
    const int caption = int(BlockRole::Caption);
    QTest::newRow("ad") << u"Advertisement"_s << furniture;
    QTest::newRow("sponsored") << u"Sponsored content"_s << furniture;
    QTest::newRow("video") << u"Replay Video"_s << furniture;
    QTest::newRow("duration") << u"12:07"_s << furniture;
    QTest::newRow("reading time") << u"12 min read"_s << furniture;
    QTest::newRow("font size") << u"125% Font Size"_s << furniture;
    QTest::newRow("reader mode") << u"Reader Mode"_s << furniture;
    QTest::newRow("read more") << u"Read more:"_s << furniture;
    QTest::newRow("related list") << u"More stories from the Daily Example"_s << furniture;
    QTest::newRow("latest list") << u"Latest Business News"_s << furniture;
    QTest::newRow("count") << u"1,204"_s << furniture;
    QTest::newRow("comments") << u"48 comments"_s << furniture;
    QTest::newRow("date line") << u"Friday 3 March 2023 16:20 BST"_s << furniture;
    QTest::newRow("empty date labels") << u"Published: Updated:"_s << furniture;
    QTest::newRow("byline") << u"By Jane Roe and John Doe"_s << furniture;
    QTest::newRow("logo") << u"Daily Example logo Daily Example 07/11/2022"_s << furniture;
    QTest::newRow("browser") << u"Your browser is out of date. Please update your browser for the best experience on our site."_s
                             << furniture;
    QTest::newRow("cookies") << u"We use cookies to improve your experience. By continuing you accept our cookie policy."_s
                             << furniture;
    QTest::newRow("newsletter") << u"Get our weekly climate newsletter, free, every Friday."_s << furniture;
    QTest::newRow("follow") << u"For breaking news, follow our WhatsApp channel."_s << furniture;
    QTest::newRow("copyright") << u"© 2024 Example Media Group. All rights reserved."_s << furniture;
    QTest::newRow("syndication") << u"This article originally appeared on The Conversation."_s << furniture;
    QTest::newRow("reporting credit") << u"Reporting by Jane Roe; Editing by John Doe"_s << furniture;
    QTest::newRow("pixel") << u"image beacon"_s << furniture;
    QTest::newRow("photo credit") << u"Crowds at the harbour on Saturday. Photo: Jane Roe"_s << caption;
    QTest::newRow("picture credit") << u"The new lifeboat. Picture: Harbour Trust"_s << caption;
    QTest::newRow("agency credit") << u"Fishermen mend nets on the quay (Jane Roe/Reuters)"_s << caption;
    QTest::newRow("pool credit") << u"The two ministers shake hands (Pool via AP)"_s << caption;
    QTest::newRow("file photo") << u"FILE PHOTO: A view of the harbour, May 3, 2021."_s << caption;
    QTest::newRow("menu") << u"Home | News | Business | Sport"_s << furniture;
    QTest::newRow("breadcrumb") << u"World › Europe › Harbour towns"_s << furniture;
    QTest::newRow("de ad") << u"Anzeige"_s << furniture;
    QTest::newRow("fr ad") << u"PUBLICITÉ"_s << furniture;
    QTest::newRow("zh ad") << u"广告"_s << furniture;
    QTest::newRow("ar ad") << u"إعلان"_s << furniture;
    QTest::newRow("de read also") << u"Lesen Sie auch: Neue Brücke über die Saale"_s << furniture;
    QTest::newRow("zh related") << u"相关阅读"_s << furniture;
    QTest::newRow("fr source") << u"Source : AFI"_s << furniture;
    QTest::newRow("zh editor") << u"责任编辑：许文静"_s << furniture;
    QTest::newRow("es copyright") << u"© Diario del Sur. Todos los derechos reservados."_s << furniture;
    QTest::newRow("de byline") << u"Von Miriam Kessler"_s << furniture;
    QTest::newRow("ar byline") << u"بقلم: سامر ناصيف | 20 أكتوبر 2026"_s << furniture;
    QTest::newRow("de date line") << u"17.11.2026, 14:32 Uhr"_s << furniture;
    QTest::newRow("zh date line") << u"2026年12月01日 11:08\u3000来源：华讯社"_s << furniture;
    QTest::newRow("ar date line") << u"الأحد ١٨ تشرين الأول/أكتوبر ٢٠٢٦ - ١٤:٢٠"_s << furniture;
    QTest::newRow("de photo credit") << u"Das Werk am Stadtrand. Foto: Tagblatt/Jörg Pahl"_s << caption;
    QTest::newRow("zh photo credit") << u"12月1日，车辆驶上跨海大桥。（本报记者 何嘉明 摄）"_s << caption;
    QTest::newRow("de sentence with a date")
        << u"Am 17.11.2026 um 14:32 Uhr legte das Werk die Bänder still."_s << -1;
    QTest::newRow("fr sentence starting Par") << u"Par ailleurs, la mairie a promis une enquête sur les coûts du chantier."_s
                                              << -1;
    QTest::newRow("zh sentence about ads") << u"该公司去年的广告收入增长了百分之十二。"_s << -1;
    QTest::newRow("body sentence") << u"The port authority said the repairs cost £2m."_s << -1;
    QTest::newRow("quoted promotion") << u"\u201cFollow our channel for updates,\u201d the minister told supporters."_s
                                      << -1;
    QTest::newRow("long prose about cookies")
        << u"The bakery, which has sold cookies on the high street since 1952, said on Monday that rising "
           u"energy prices meant it would close its doors in June unless the council cut its rent."_s
        << -1;
    QTest::newRow("headline") << u"Harbour wall repairs finish early"_s << -1;
    QTest::newRow("colon in a crosshead") << u"The bigger picture: prices are falling"_s << -1;
    QTest::newRow("opinion about a platform")
        << u"Our town needs a platform for young musicians, and the council should get on with building one."_s
        << -1;
}

void TestFurnitureClassifier::lineRule()
{
    QFETCH(QString, line);
    QFETCH(int, role);
    const std::optional<BlockRole> found = lineFurnitureRole(line);
    QCOMPARE(found ? int(*found) : -1, role);
}

// Invented articles in tests/data/text with the expected role of every block
// in a .roles file beside each.
void TestFurnitureClassifier::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(PARALLAX_TEST_DATA "/text"), {u"*.txt"_s});
    int rows = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(it.fileName())) << path;
        ++rows;
    }
    QVERIFY(rows > 0);
}

void TestFurnitureClassifier::fixtures()
{
    QFETCH(QString, path);
    const ParsedDocument document = classified(readFile(path));
    QStringList expected;
    const QString roles = readFile(path.chopped(4) + u".roles"_s);
    for (const QString &line : roles.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'#'))
            expected.append(line);
    }
    QStringList actual;
    for (const ParsedBlock &block : document.blocks)
        actual.append(blockRoleName(block.role) + u'\t' + block.text);
    QCOMPARE(actual, expected);
}

void TestFurnitureClassifier::shortLastParagraphStaysBody()
{
    const ParsedDocument document = classified(articleAround(u"Crowds gathered."_s)
                                               + u"\nShe declined to comment.\n\nMore stories from the harbour\n"_s);
    QCOMPARE(document.blocks.at(4).text, u"She declined to comment."_s);
    QCOMPARE(document.blocks.at(4).role, BlockRole::Body);
    QCOMPARE(document.blocks.at(5).role, BlockRole::Furniture);
}

void TestFurnitureClassifier::chineseParagraphsAreBody()
{
    // No spaces between words: each paragraph once read as a one-word line.
    const ParsedDocument document = classified(
        u"青澜日报\n\n青澜湾跨海大桥今日通车\n\n"
        "全长24.6千米的青澜湾跨海大桥于1日上午正式通车，青澜市区至南屿新区的车程由原来的约90分钟缩短至25分钟。\n\n"
        "通车仪式结束后，首批约200辆社会车辆驶上大桥。家住南屿新区的渔民林国栋清晨五点就开车排在了收费站前。\n\n"
        "大桥总投资约300亿元，历时6年建成，高峰期有1.2万名建设者同时施工。\n"_s);
    QCOMPARE(document.blocks.size(), 5);
    for (int b = 2; b < 5; ++b)
        QCOMPARE(document.blocks.at(b).role, BlockRole::Body);
}

void TestFurnitureClassifier::mastheadAboveHeadlineIsFurniture_data()
{
    QTest::addColumn<QString>("top");
    QTest::addColumn<BlockRole>("topRole");
    QTest::addColumn<QString>("title");
    QTest::newRow("masthead") << u"The Harbour Courier"_s << BlockRole::Furniture
                              << u"Lifeboat crew rescues six from capsized yacht"_s;
    QTest::newRow("short headline right above the text")
        << u"Lifeboat Crew Rescues Six"_s << BlockRole::Heading << u"Lifeboat Crew Rescues Six"_s;
}

void TestFurnitureClassifier::mastheadAboveHeadlineIsFurniture()
{
    QFETCH(QString, top);
    QFETCH(BlockRole, topRole);
    QFETCH(QString, title);
    // A masthead is followed by the headline; a headline by the text.
    const QString second = topRole == BlockRole::Furniture ? title + u"\n\n"_s : QString();
    const ParsedDocument document = classified(top + u"\n\n"_s + second
        + u"The crew launched at dawn after a mayday call from the yacht, which had lost its mast in the gale."_s
        + u"\n\nAll six were taken to hospital as a precaution, the harbour master said on Sunday."_s);
    QCOMPARE(document.blocks.at(0).role, topRole);
    const auto heading = std::find_if(document.blocks.cbegin(), document.blocks.cend(),
                                      [](const ParsedBlock &block) { return block.role == BlockRole::Heading; });
    QVERIFY(heading != document.blocks.cend());
    QCOMPARE(heading->text, title);
}

void TestFurnitureClassifier::structuralRolesUntouched()
{
    ParsedDocument document = readPlainText(articleAround(u"Advertisement"_s));
    document.blocks[0].role = BlockRole::Body;
    document.blocks[0].roleFromStructure = true;
    document.blocks[2].roleFromStructure = true;
    document.blocks[3].role = BlockRole::Furniture;
    document.blocks[3].roleFromStructure = true;
    FurnitureClassifier().classify(document);
    QCOMPARE(document.blocks[0].role, BlockRole::Body);
    QCOMPARE(document.blocks[1].role, BlockRole::Body);
    QCOMPARE(document.blocks[2].role, BlockRole::Body);
    QCOMPARE(document.blocks[3].role, BlockRole::Furniture);
}

void TestFurnitureClassifier::outletLines()
{
    const QString promo = u"Support independent local journalism"_s;
    const QString reusedParagraph =
        u"The harbour has been run by a trust since 1987, when the council sold it for a nominal sum "
        u"after decades of losses."_s;
    const QString text = articleAround(promo + u"\n\n"_s + reusedParagraph);

    const ParsedDocument alone = classified(text);
    QCOMPARE(alone.blocks.at(2).text, promo);
    QCOMPARE(alone.blocks.at(2).role, BlockRole::Heading); // looks like a crosshead
    QCOMPARE(alone.blocks.at(3).role, BlockRole::Body);

    FurnitureClassifier classifier;
    classifier.setOutletLines({FurnitureClassifier::normaliseLine(u"SUPPORT independent  local journalism"_s),
                               FurnitureClassifier::normaliseLine(reusedParagraph)});
    const ParsedDocument known = classified(text, classifier);
    QCOMPARE(known.blocks.at(2).role, BlockRole::Furniture);
    QCOMPARE(known.blocks.at(3).text, reusedParagraph);
    QCOMPARE(known.blocks.at(3).role, BlockRole::Body); // long prose stays body
}

void TestFurnitureClassifier::normaliseLine()
{
    QCOMPARE(FurnitureClassifier::normaliseLine(u"  5 min   READ "_s), u"0 min read"_s);
    QCOMPARE(FurnitureClassifier::normaliseLine(u"Example logo Example 02/02/2023"_s),
             FurnitureClassifier::normaliseLine(u"Example logo Example 14/11/2024"_s));
}

// The seeds against truth.json. Listed boilerplate and captions are whole
// lines, matched to blocks of the same text in order (a line listed twice is
// two blocks); at least 95 % must be marked. Body lines (every line from
// body_first to body_last that is not listed boilerplate or caption), the
// standfirst lines and every shared or unique excerpt must not be marked at all.
void TestFurnitureClassifier::seeds()
{
    if (!test::seedsAvailable())
        QSKIP("seed articles not found at PARALLAX_SEEDS_DIR; nothing to check");
    const QJsonObject truth = test::seedTruth();
    const QJsonObject articles = test::seedArticles();
    QHash<QString, QStringList> excerpts;
    for (const QJsonValue &value : truth.value(u"shared"_s).toArray()) {
        const QJsonObject shared = value.toObject();
        excerpts[shared.value(u"a"_s).toString()].append(shared.value(u"a_text"_s).toString());
        excerpts[shared.value(u"b"_s).toString()].append(shared.value(u"b_text"_s).toString());
    }
    for (const QJsonValue &value : truth.value(u"unique"_s).toArray())
        excerpts[value[u"article"_s].toString()].append(value[u"text"_s].toString());

    int listed = 0;
    int marked = 0;
    int bodyChecked = 0;
    int bodyMarked = 0;
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        const QJsonObject article = it.value().toObject();
        const QString text = test::seedText(article);
        const ParsedDocument document = classified(text);

        // Listed furniture, matched to blocks in order.
        const QStringList furniture = test::stringList(article, "boilerplate"_L1)
            + test::stringList(article, "captions"_L1);
        QList<bool> used(document.blocks.size(), false);
        int articleMarked = 0;
        for (const QString &entry : furniture) {
            qsizetype found = -1;
            for (qsizetype i = 0; i < document.blocks.size() && found < 0; ++i) {
                if (!used.at(i) && document.blocks.at(i).text == entry)
                    found = i;
            }
            if (found >= 0)
                used[found] = true;
            if (found >= 0 && isMarked(document.blocks.at(found).role))
                ++articleMarked;
            else
                qInfo("  %s missed: %s", qPrintable(it.key()), qPrintable(entry.left(80)));
        }

        // Body lines and excerpts, found in the blocks that hold them.
        QStringList body = test::stringList(article, "standfirst"_L1) + excerpts.value(it.key());
        QStringList remaining = furniture;
        bool inBody = false;
        for (const QString &rawLine : text.split(u'\n')) {
            const QString line = rawLine.trimmed();
            inBody = inBody || line.startsWith(article.value(u"body_first"_s).toString());
            if (inBody && !line.isEmpty() && !remaining.removeOne(line))
                body.append(line);
            if (line.startsWith(article.value(u"body_last"_s).toString()))
                inBody = false;
        }
        int articleBodyMarked = 0;
        for (const QString &line : body) {
            const auto holder = std::find_if(document.blocks.begin(), document.blocks.end(),
                                             [&line](const ParsedBlock &block) { return block.text.contains(line); });
            QVERIFY2(holder != document.blocks.end(), qPrintable(line));
            if (isMarked(holder->role)) {
                ++articleBodyMarked;
                qInfo("  %s body marked %s: %s", qPrintable(it.key()),
                      qPrintable(blockRoleName(holder->role)), qPrintable(line.left(80)));
            }
        }

        const QString title = article.value(u"title"_s).toString();
        const auto titleBlock = std::find_if(document.blocks.begin(), document.blocks.end(),
                                             [&title](const ParsedBlock &block) { return block.text == title; });
        QVERIFY(titleBlock != document.blocks.end());
        QCOMPARE(titleBlock->role, BlockRole::Heading);

        qInfo("%s: furniture and captions marked %d/%lld, body lines and excerpts marked %d/%lld",
              qPrintable(it.key()), articleMarked, qlonglong(furniture.size()), articleBodyMarked,
              qlonglong(body.size()));
        listed += int(furniture.size());
        marked += articleMarked;
        bodyChecked += int(body.size());
        bodyMarked += articleBodyMarked;
    }
    const double share = listed > 0 ? double(marked) / listed : 0.0;
    qInfo("seeds: furniture and captions marked %d/%d (%.1f %%), body lines and excerpts marked %d/%d",
          marked, listed, 100.0 * share, bodyMarked, bodyChecked);
    QVERIFY(listed > 0);
    QVERIFY2(share >= RequiredFurnitureShare, "fewer than 95 % of listed furniture lines marked");
    QCOMPARE(bodyMarked, 0);
}

QTEST_GUILESS_MAIN(TestFurnitureClassifier)
#include "tst_furnitureclassifier.moc"

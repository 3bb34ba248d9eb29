#include "ingest/ArticleReader.h"
#include "ingest/html/HtmlReader.h"
#include "ingest/LanguageDetector.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// The metric of ../shared/tools/score_extraction.py, the one public article
// extraction benchmarks use: words in runs of four, counted as a multiset;
// precision and recall per page, averaged over pages; F1 of the averages.
using Shingles = std::map<QStringList, int>;

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return words;
}

Shingles shinglesOf(const QString &text)
{
    const QStringList words = wordsOf(text);
    Shingles shingles;
    if (words.isEmpty())
        return shingles;
    if (words.size() < 4) {
        ++shingles[words];
        return shingles;
    }
    for (qsizetype i = 0; i + 4 <= words.size(); ++i)
        ++shingles[words.mid(i, 4)];
    return shingles;
}

QStringList folded(const QString &text)
{
    return wordsOf(text.toCaseFolded());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The article's text as the scorer takes it: body and headings, less a
// first heading that is the title.
QString bodyOf(const Article &article)
{
    QStringList parts;
    bool first = true;
    const QStringList title = folded(article.meta.title);
    for (const Block &block : article.blocks) {
        if (block.role == BlockRole::Heading) {
            if (first && !title.isEmpty() && folded(block.text) == title) {
                first = false;
                continue;
            }
            first = false;
            parts.append(block.text);
        } else if (block.role == BlockRole::Body) {
            parts.append(block.text);
        }
    }
    return parts.join(u'\n');
}

QString expectedText(const QString &page)
{
    QStringList parts;
    for (const ParsedBlock &block : readHtml(QString::fromUtf8(readFile(page + u"/expected.html"_s))).blocks)
        parts.append(block.text);
    return parts.join(u'\n');
}

bool sameMetadata(const QString &got, const QString &expected)
{
    const QStringList gotWords = folded(got);
    const QStringList expectedWords = folded(expected);
    return gotWords == expectedWords || (!got.isEmpty() && expectedWords.mid(0, 6) == gotWords.mid(0, 6));
}

struct Figures {
    double f1 = 0;
    int lost = 0;
    int titles = 0, titlePages = 0;
    int bylines = 0, bylinePages = 0;
    int languages = 0, languagePages = 0;
    int wordsAlone = 0; // found by the words with no help from the page
    QStringList languageMisses; // "page: ours/Readability's"
    int pages = 0;
    QStringList lostPages;
};

Figures score(const QString &pagesDir)
{
    Figures figures;
    double precisionSum = 0, recallSum = 0;
    int precisionPages = 0, recallPages = 0;
    const QStringList names = QDir(pagesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString page = pagesDir + u'/' + name;
        const ArticleReader::Result read = ArticleReader::read(readFile(page + u"/source.html"_s), u"source.html"_s, {});
        const Article *article = std::get_if<Article>(&read);
        const Shingles truth = shinglesOf(expectedText(page));
        const Shingles found = article ? shinglesOf(bodyOf(*article)) : Shingles();
        double tp = 0, fp = 0, fn = 0;
        for (const auto &[shingle, count] : truth) {
            const auto hit = found.find(shingle);
            const int matched = hit == found.end() ? 0 : std::min(count, hit->second);
            tp += matched;
            fn += count - matched;
        }
        for (const auto &[shingle, count] : found) {
            const auto hit = truth.find(shingle);
            fp += std::max(0, count - (hit == truth.end() ? 0 : hit->second));
        }
        if (tp + fp > 0) {
            precisionSum += fp > 0 || fn > 0 ? tp / (tp + fp) : 1.0;
            ++precisionPages;
        }
        if (tp + fn > 0) {
            recallSum += fp > 0 || fn > 0 ? tp / (tp + fn) : 1.0;
            ++recallPages;
        }
        if (tp == 0) {
            ++figures.lost;
            figures.lostPages.append(name);
        }
        const QJsonObject expected = QJsonDocument::fromJson(readFile(page + u"/expected-metadata.json"_s)).object();
        const QString title = expected.value(u"title").toString();
        const QString byline = expected.value(u"byline").toString();
        if (!title.isEmpty()) {
            ++figures.titlePages;
            figures.titles += article && sameMetadata(article->meta.title, title) ? 1 : 0;
        }
        if (!byline.isEmpty()) {
            ++figures.bylinePages;
            figures.bylines += article && sameMetadata(article->meta.byline, byline) ? 1 : 0;
        }
        // Readability's lang is what the page declares, which a template
        // may get wrong; the misses are printed to be judged.
        const QString language = LanguageDetector::primaryTag(expected.value(u"lang").toString());
        if (!language.isEmpty()) {
            ++figures.languagePages;
            if (article && article->language == language)
                ++figures.languages;
            else
                figures.languageMisses.append(u"%1: %2/%3"_s.arg(name, article ? article->language : QString(), language));
            // Short pages leave the words unsure, and the page decides.
            if (article && LanguageDetector::detect(bodyOf(*article)) == language)
                ++figures.wordsAlone;
        }
        ++figures.pages;
    }
    const double precision = precisionPages ? precisionSum / precisionPages : 0;
    const double recall = recallPages ? recallSum / recallPages : 0;
    figures.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    qInfo("%d pages: F1 %.3f (precision %.3f, recall %.3f), article lost on %d, title %d/%d, byline %d/%d",
          figures.pages, figures.f1, precision, recall, figures.lost, figures.titles, figures.titlePages,
          figures.bylines, figures.bylinePages);
    qInfo("language as the page declares it %d/%d (by the words alone %d); differing: %s", figures.languages,
          figures.languagePages, figures.wordsAlone, qPrintable(figures.languageMisses.join(u", ")));
    return figures;
}

// Each a little under what was measured when they were set (the committed
// pages' and the development pages' figures are printed by the test; the
// development pages scored F1 0.954, titles 125/127, bylines 69/76 with the
// Python scorer, whose HTML-to-text differs slightly).
constexpr double CommittedF1 = 0.94;
constexpr int CommittedBylineMisses = 6;
constexpr double DevelopmentF1 = 0.95;
constexpr int DevelopmentTitles = 124;
constexpr int DevelopmentBylines = 68;
constexpr int DevelopmentLanguages = 72; // of 73 that declare one; 73 measured
constexpr int DevelopmentLanguagesByWords = 69; // 70 measured

} // namespace

// Fails when the import keeps less of real pages' articles than it did when
// the thresholds were set (each a little under what was measured).
class TestExtractionFigures final : public QObject
{
    Q_OBJECT

private slots:
    void committedPages();
    void developmentPages();
};

void TestExtractionFigures::committedPages()
{
    const Figures figures = score(QStringLiteral(PARALLAX_TEST_DATA) + u"/extraction/pages"_s);
    QCOMPARE(figures.pages, 31);
    QVERIFY2(figures.lostPages.isEmpty(), qPrintable(figures.lostPages.join(u", ")));
    QVERIFY2(figures.f1 >= CommittedF1, qPrintable(QString::number(figures.f1)));
    QVERIFY(figures.titles >= figures.titlePages - 1);
    QVERIFY(figures.bylines >= figures.bylinePages - CommittedBylineMisses);
    // Every committed page that declares a language is written in it.
    QVERIFY2(figures.languages == figures.languagePages, qPrintable(figures.languageMisses.join(u", ")));
    QVERIFY(figures.wordsAlone >= figures.languagePages - 1); // hidden-nodes holds a few words
}

// The 130 pages of ../shared/extraction-dev, when they are beside the project.
void TestExtractionFigures::developmentPages()
{
    const QString pages = QStringLiteral(PARALLAX_SOURCE_DIR) + u"/../shared/extraction-dev/pages"_s;
    if (!QDir(pages).exists())
        QSKIP("../shared/extraction-dev is not beside the project");
    const Figures figures = score(pages);
    QVERIFY2(figures.lostPages.isEmpty(), qPrintable(figures.lostPages.join(u", ")));
    QVERIFY2(figures.f1 >= DevelopmentF1, qPrintable(QString::number(figures.f1)));
    QVERIFY(figures.titles >= DevelopmentTitles);
    QVERIFY(figures.bylines >= DevelopmentBylines);
    QVERIFY2(figures.languages >= DevelopmentLanguages, qPrintable(figures.languageMisses.join(u", ")));
    QVERIFY(figures.wordsAlone >= DevelopmentLanguagesByWords);
}

QTEST_GUILESS_MAIN(TestExtractionFigures)
#include "tst_extractionfigures.moc"

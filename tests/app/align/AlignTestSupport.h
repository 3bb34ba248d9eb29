#pragma once

// Builders of hand-made articles and a scorer for truth files, shared by the
// align tests. Header-only: each test executable is one translation unit.

#include "align/AlignTypes.h"
#include "core/Article.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <optional>

namespace parallax::test {

using namespace Qt::StringLiterals;

// A crude stand-in for the importer's ICU splitter: a sentence ends at . ! or
// ? (and any closing quote) followed by a space, or at a Chinese or Arabic
// full stop, question or exclamation mark.
inline QList<Sentence> splitSentences(const QString &text)
{
    static const QRegularExpression end(uR"([.!?]["'”’]*\s+|[。！？؟۔][”’」』]*\s*)"_s);
    QList<Sentence> sentences;
    int start = 0;
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int stop = int(m.capturedEnd()) - int(m.captured().size() - m.captured().trimmed().size());
        sentences.append({start, stop});
        start = int(m.capturedEnd());
    }
    if (start < text.size())
        sentences.append({start, int(text.size())});
    return sentences;
}

inline Block block(const QString &text, BlockRole role = BlockRole::Body)
{
    return Block{text, role, false, splitSentences(text)};
}

inline Article article(const QStringList &paragraphs, const QString &path = {})
{
    Article a;
    a.sourcePath = path;
    for (const QString &p : paragraphs)
        a.blocks.append(block(p));
    return a;
}

// The truth file format of ../shared/seeds/truth.json: articles by key with
// their file, metadata and the lines that are not body; shared excerpt pairs
// with a kind; unique excerpts; pairs that must not be linked.
struct Truth {
    QJsonObject json;
    QStringList keys;
    QList<Article> articles;
    std::map<QString, int> indexOf;
};

// One block a non-empty line, furniture and captions marked from the truth
// file itself: the figures then measure alignment, not furniture detection.
inline std::optional<Truth> loadTruth(const QString &truthPath)
{
    QFile file(truthPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Truth truth;
    truth.json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject articles = truth.json.value(u"articles"_s).toObject();
    const QString dir = QFileInfo(truthPath).absolutePath();
    const QString folder = QFileInfo(dir).fileName();
    const QString languageOfFolder = QFileInfo(dir).dir().dirName() == u"stories"_s ? folder : QString();
    for (const QString &key : articles.keys()) {
        const QJsonObject meta = articles.value(key).toObject();
        QFile text(dir + u'/' + meta.value(u"file"_s).toString());
        if (!text.open(QIODevice::ReadOnly))
            return std::nullopt;
        QSet<QString> furniture;
        for (const QJsonValue &line : meta.value(u"boilerplate"_s).toArray())
            furniture.insert(line.toString().trimmed());
        QSet<QString> captions;
        for (const QJsonValue &line : meta.value(u"captions"_s).toArray())
            captions.insert(line.toString().trimmed());
        Article a;
        a.sourcePath = text.fileName();
        // The stories of tests/data/stories/<language>/ are named by their folder.
        a.language = truth.json.value(u"language"_s).toString(languageOfFolder);
        a.meta.outlet = meta.value(u"outlet"_s).toString();
        a.meta.title = meta.value(u"title"_s).toString();
        for (const QString &raw : QString::fromUtf8(text.readAll()).split(u'\n')) {
            const QString line = raw.trimmed();
            if (line.isEmpty())
                continue;
            BlockRole role = BlockRole::Body;
            if (captions.contains(line))
                role = BlockRole::Caption;
            else if (furniture.contains(line))
                role = BlockRole::Furniture;
            else if (line == a.meta.title)
                role = BlockRole::Heading;
            a.blocks.append(block(line, role));
        }
        truth.indexOf[key] = int(truth.articles.size());
        truth.keys.append(key);
        truth.articles.append(a);
    }
    return truth;
}

struct Figures {
    int verbatimNear = 0, verbatimNearTotal = 0;
    int paraphrase = 0, paraphraseTotal = 0;
    int unique = 0, uniqueTotal = 0;
    int wrong = 0;
    int suspicious = 0;
    QStringList misses;

    double verbatimNearRecall() const { return verbatimNearTotal ? double(verbatimNear) / verbatimNearTotal : 1; }
    double paraphraseRecall() const { return paraphraseTotal ? double(paraphrase) / paraphraseTotal : 1; }
    double uniqueRecall() const { return uniqueTotal ? double(unique) / uniqueTotal : 1; }
};

// The figures of ../shared/tools/score_truth.py, computed on the Comparison
// itself (UTF-16 offsets; the blocks are single lines).
class TruthScorer
{
public:
    TruthScorer(const Truth &truth, const Comparison &comparison) : m_truth(truth), m_comparison(comparison)
    {
        for (const ClaimCluster &c : comparison.claims) {
            for (const ClaimMember &m : c.members)
                m_claimOf[{m.article, m.block, m.sentence}] = c.id;
            m_unique[c.id] = c.unique;
        }
    }

    Figures score() const
    {
        Figures f;
        for (const QJsonValue &v : m_truth.json.value(u"shared"_s).toArray()) {
            const QJsonObject s = v.toObject();
            const QString kind = s.value(u"kind"_s).toString();
            const bool ok = shared(s);
            if (kind == u"paraphrase") {
                ++f.paraphraseTotal;
                f.paraphrase += ok;
            } else {
                ++f.verbatimNearTotal;
                f.verbatimNear += ok;
            }
            if (!ok)
                f.misses.append(kind + u": "_s + s.value(u"a_text"_s).toString().left(60));
        }
        for (const QJsonValue &v : m_truth.json.value(u"unique"_s).toArray()) {
            const QJsonObject u = v.toObject();
            ++f.uniqueTotal;
            const int article = m_truth.indexOf.at(u.value(u"article"_s).toString());
            const QList<int> claims = claimsOver(article, u.value(u"text"_s).toString());
            const bool ok = !claims.isEmpty()
                && std::all_of(claims.begin(), claims.end(), [this](int c) { return c >= 0 && m_unique.at(c); });
            f.unique += ok;
            if (!ok)
                f.misses.append(u"unique: "_s + u.value(u"text"_s).toString().left(60));
        }
        for (const QJsonValue &v : m_truth.json.value(u"must_not"_s).toArray()) {
            if (linked(v.toObject(), true)) {
                ++f.wrong;
                f.misses.append(u"wrong: "_s + v.toObject().value(u"a_text"_s).toString().left(60));
            }
        }
        f.suspicious = suspicious();
        return f;
    }

private:
    struct Location {
        int block = -1;
        int start = 0;
        int end = 0;
    };

    std::optional<Location> locate(int article, const QString &text) const
    {
        // As written first: simplified() turns a no-break space ("180 000") into a space.
        const QList<Block> &blocks = m_truth.articles[article].blocks;
        for (const QString &wanted : {text.trimmed(), text.simplified()}) {
            for (int b = 0; b < blocks.size(); ++b) {
                const int k = int(blocks[b].text.indexOf(wanted));
                if (k >= 0)
                    return Location{b, k, k + int(wanted.size())};
            }
        }
        return std::nullopt;
    }

    QList<int> claimsOver(int article, const QString &text) const
    {
        QList<int> claims;
        const std::optional<Location> at = locate(article, text);
        if (!at)
            return claims;
        const QList<Sentence> &sentences = m_truth.articles[article].blocks[at->block].sentences;
        for (int s = 0; s < sentences.size(); ++s) {
            if (sentences[s].start < at->end && sentences[s].end > at->start) {
                auto it = m_claimOf.find({article, at->block, s});
                claims.append(it == m_claimOf.end() ? -1 : it->second);
            }
        }
        return claims;
    }

    static double covered(const QList<SharedSpan> &spans, bool aSide, int start, int end)
    {
        int total = 0;
        for (const SharedSpan &s : spans) {
            const int from = aSide ? s.aStart : s.bStart;
            const int to = aSide ? s.aEnd : s.bEnd;
            total += std::max(0, std::min(to, end) - std::max(from, start));
        }
        return double(total) / std::max(1, end - start);
    }

    // Whether the pair's excerpts share a claim or a link (for must_not:
    // share a claim or an identical/near link).
    bool linked(const QJsonObject &s, bool strongLinksOnly) const
    {
        const int a = m_truth.indexOf.at(s.value(u"a"_s).toString());
        const int b = m_truth.indexOf.at(s.value(u"b"_s).toString());
        const QString aText = s.value(u"a_text"_s).toString();
        const QString bText = s.value(u"b_text"_s).toString();
        const QList<int> ca = claimsOver(a, aText);
        const QList<int> cb = claimsOver(b, bText);
        for (int c : ca) {
            if (c >= 0 && cb.contains(c))
                return true;
        }
        const std::optional<Location> la = locate(a, aText);
        const std::optional<Location> lb = locate(b, bText);
        if (!la || !lb)
            return false;
        for (const PairAlignment &pair : m_comparison.pairs) {
            if (!((pair.a == a && pair.b == b) || (pair.a == b && pair.b == a)))
                continue;
            const bool swapped = pair.a == b;
            const Location &pa = swapped ? *lb : *la;
            const Location &pb = swapped ? *la : *lb;
            for (const BlockLink &link : pair.links) {
                if (link.aBlock != pa.block || link.bBlock != pb.block)
                    continue;
                if (strongLinksOnly) {
                    if (link.kind != LinkKind::Paraphrase)
                        return true;
                    continue;
                }
                if (covered(link.spans, true, pa.start, pa.end) >= 0.5
                    && covered(link.spans, false, pb.start, pb.end) >= 0.5)
                    return true;
                const int aLength = int(m_truth.articles[pair.a].blocks[pa.block].text.size());
                const int bLength = int(m_truth.articles[pair.b].blocks[pb.block].text.size());
                if (2 * (pa.end - pa.start) >= aLength && 2 * (pb.end - pb.start) >= bLength)
                    return true;
            }
        }
        return false;
    }

    bool shared(const QJsonObject &s) const { return linked(s, false); }

    static QSet<QString> contentWords(const QString &text)
    {
        static const QSet<QString> stop = [] {
            QSet<QString> words;
            for (const QString &w :
                 u"the a an of to in and or for on at by with from that this is was were be been are as it its he she they his her their said says will would has have had not but about after over than into"_s
                     .split(u' '))
                words.insert(w);
            return words;
        }();
        static const QRegularExpression word(uR"([\w']+)"_s, QRegularExpression::UseUnicodePropertiesOption);
        QSet<QString> words;
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const QString w = it.next().captured().toLower();
            if (w.size() > 2 && !stop.contains(w))
                words.insert(w);
        }
        return words;
    }

    int suspicious() const
    {
        int count = 0;
        for (const ClaimCluster &c : m_comparison.claims) {
            for (int i = 0; i < c.members.size(); ++i) {
                for (int j = i + 1; j < c.members.size(); ++j) {
                    const ClaimMember &x = c.members[i];
                    const ClaimMember &y = c.members[j];
                    if (x.article == y.article)
                        continue;
                    const QSet<QString> tx = contentWords(sentenceText(x));
                    const QSet<QString> ty = contentWords(sentenceText(y));
                    if (!tx.isEmpty() && !ty.isEmpty()
                        && double((tx & ty).size()) / double((tx | ty).size()) < 0.08)
                        ++count;
                }
            }
        }
        return count;
    }

    QString sentenceText(const ClaimMember &m) const
    {
        const Block &b = m_truth.articles[m.article].blocks[m.block];
        const Sentence &s = b.sentences[m.sentence];
        return b.text.mid(s.start, s.end - s.start);
    }

    const Truth &m_truth;
    const Comparison &m_comparison;
    std::map<std::tuple<int, int, int>, int> m_claimOf;
    std::map<int, bool> m_unique;
};

} // namespace parallax::test

#include "CoverageJson.h"

#include "ArticleNames.h"
#include "ClaimMatrix.h"
#include "Discrepancies.h"
#include "QuoteGroups.h"
#include "core/Article.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QJsonArray articlesJson(const QList<Article> &articles)
{
    QJsonArray list;
    for (int a = 0; a < articles.size(); ++a) {
        const Article &article = articles[a];
        list.append(QJsonObject{
            {u"index"_s, a},
            {u"id"_s, article.id == 0 ? QJsonValue() : QJsonValue(article.id)},
            {u"name"_s, articleName(article, a)},
            {u"published"_s, article.meta.published.isValid()
                                 ? QJsonValue(article.meta.published.toString(Qt::ISODate))
                                 : QJsonValue()},
        });
    }
    return list;
}

QString discrepancyKindName(DiscrepancyKind kind)
{
    switch (kind) {
    case DiscrepancyKind::Number:
        return u"number"_s;
    case DiscrepancyKind::Date:
        return u"date"_s;
    case DiscrepancyKind::Name:
        return u"name"_s;
    case DiscrepancyKind::Opposite:
        return u"opposite"_s;
    case DiscrepancyKind::Negation:
        return u"negation"_s;
    case DiscrepancyKind::Title:
        break;
    }
    return u"title"_s;
}

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && u"=+-@"_s.contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + value.replace(u'"', u"\"\""_s) + u'"';
}

// Three decimals, as the compare JSON writes scores.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QString firstWording(const QList<Article> &articles, const ClaimRow &row)
{
    for (int a = 0; a < row.cells.size(); ++a) {
        if (row.cells[a].carriage != Carriage::Absent)
            return cellText(articles, a, row.cells[a]);
    }
    return {};
}

} // namespace

QString carriageName(int carriage)
{
    switch (Carriage(carriage)) {
    case Carriage::Absent:
        return {};
    case Carriage::Sole:
        return u"sole"_s;
    case Carriage::Identical:
        return u"identical"_s;
    case Carriage::Near:
        return u"near"_s;
    case Carriage::Paraphrase:
        break;
    }
    return u"paraphrase"_s;
}

QJsonObject claimsJson(const QList<Article> &articles, const QList<ClaimRow> &rows,
                       const QList<Discrepancy> &discrepancies)
{
    QJsonArray claims;
    for (const ClaimRow &row : rows) {
        QJsonArray cells;
        for (int a = 0; a < row.cells.size(); ++a) {
            const ClaimCell &cell = row.cells[a];
            if (cell.carriage == Carriage::Absent)
                continue;
            cells.append(QJsonObject{{u"article"_s, a},
                                     {u"how"_s, carriageName(int(cell.carriage))},
                                     {u"block"_s, cell.block},
                                     {u"sentence"_s, cell.sentence},
                                     {u"text"_s, cellText(articles, a, cell)}});
        }
        QJsonArray clashes;
        for (const Discrepancy &d : discrepancies) {
            if (d.claim != row.claim)
                continue;
            clashes.append(QJsonObject{{u"kind"_s, discrepancyKindName(d.kind)},
                                       {u"a"_s, QJsonObject{{u"article"_s, d.a.article}, {u"text"_s, d.aText}}},
                                       {u"b"_s, QJsonObject{{u"article"_s, d.b.article}, {u"text"_s, d.bText}}}});
        }
        QJsonObject claim{{u"position"_s, row.position},
                          {u"carriers"_s, row.carriers},
                          {u"unique"_s, row.carriers == 1},
                          {u"quote"_s, row.quote},
                          {u"number"_s, row.number},
                          {u"cells"_s, cells},
                          {u"discrepancies"_s, clashes}};
        if (row.nearest.isValid()) {
            const NearestSentence &n = row.nearest;
            claim.insert(u"nearest"_s, QJsonObject{{u"article"_s, n.article},
                                                   {u"block"_s, n.block},
                                                   {u"sentence"_s, n.sentence},
                                                   {u"score"_s, rounded(n.score)},
                                                   {u"text"_s, nearestText(articles, n)}});
        }
        if (row.byHand())
            claim.insert(u"by_hand"_s, true);
        claims.append(claim);
    }
    return {{u"format"_s, 1}, {u"articles"_s, articlesJson(articles)}, {u"claims"_s, claims}};
}

QJsonObject quotesJson(const QList<Article> &articles, const QList<QuoteGroup> &groups)
{
    QJsonArray quotes;
    for (const QuoteGroup &group : groups) {
        QJsonArray occurrences;
        for (const QuoteOccurrence &q : group.occurrences) {
            occurrences.append(QJsonObject{{u"article"_s, q.article},
                                           {u"block"_s, q.block},
                                           {u"lastBlock"_s, q.lastBlock},
                                           {u"text"_s, q.text},
                                           {u"speaker"_s, q.speaker.isEmpty() ? QJsonValue() : QJsonValue(q.speaker)}});
        }
        quotes.append(QJsonObject{{u"speaker"_s, group.speaker.isEmpty() ? QJsonValue() : QJsonValue(group.speaker)},
                                  {u"outlets"_s, group.outlets()},
                                  {u"wordingDiffers"_s, group.wordingDiffers},
                                  {u"occurrences"_s, occurrences}});
    }
    return {{u"format"_s, 1}, {u"articles"_s, articlesJson(articles)}, {u"quotes"_s, quotes}};
}

QByteArray claimsMatrixCsv(const QList<Article> &articles, const QList<ClaimRow> &rows)
{
    QStringList header{u"claim"_s, u"carriers"_s};
    for (int a = 0; a < articles.size(); ++a)
        header << csvField(articleName(articles[a], a));
    header << u"text"_s << u"closest_outlet"_s << u"closest_score"_s << u"closest_text"_s << u"by_hand"_s;
    QString out = header.join(u',') + u"\r\n"_s;
    for (const ClaimRow &row : rows) {
        QStringList fields{QString::number(row.position + 1), QString::number(row.carriers)};
        for (const ClaimCell &cell : row.cells)
            fields << carriageName(int(cell.carriage));
        fields << csvField(firstWording(articles, row));
        const NearestSentence &n = row.nearest;
        fields << (n.isValid() ? csvField(articleName(articles[n.article], n.article)) : QString())
               << (n.isValid() ? QString::number(rounded(n.score)) : QString())
               << csvField(nearestText(articles, n)) << (row.byHand() ? u"true"_s : u"false"_s);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace parallax

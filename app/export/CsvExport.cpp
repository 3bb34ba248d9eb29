#include "CsvExport.h"

#include "ExportText_p.h"
#include "Utf8Writer_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <QBuffer>
#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && u"=+-@"_s.contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + value.replace(u'"', u"\"\""_s) + u'"';
}

QString articleName(const Article &article, int index)
{
    if (!article.meta.title.trimmed().isEmpty())
        return article.meta.title.trimmed();
    const QString file = QFileInfo(article.sourcePath).fileName();
    return file.isEmpty() ? ExportText::tr("Article %1").arg(index + 1) : file;
}

} // namespace

QByteArray claimsCsv(const QList<Article> &articles, const Comparison &comparison)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeClaimsCsv(buffer, articles, comparison);
    return buffer.data();
}

// Written a claim at a time, so that the rows of a thousand articles never
// sit in memory together.
bool writeClaimsCsv(QIODevice &device, const QList<Article> &articles, const Comparison &comparison)
{
    exporting::Utf8Writer out(device);
    // Column names are a data interface, like JSON keys, so never translated.
    // New columns go at the end, so that a reader counting columns still reads the old ones.
    out << u"claim,outlet,article,sentence,unique,closest_article,closest_score,closest_sentence,by_hand\r\n"_s;
    for (const ClaimCluster &claim : comparison.claims) {
        const NearestSentence &n = claim.nearest;
        const bool near = claim.unique && n.isValid() && n.article < articles.size();
        const QString closest = near ? field(articleName(articles[n.article], n.article)) + u','
                + QString::number(n.score, 'f', 3) + u','
                + field(exporting::sentenceText(articles, {n.article, n.block, n.sentence}))
                                     : u",,"_s;
        for (const ClaimMember &member : claim.members) {
            if (member.article < 0 || member.article >= articles.size())
                continue;
            const Article &article = articles[member.article];
            out << QString::number(claim.id) + u',' + field(article.meta.outlet.trimmed()) + u','
                + field(articleName(article, member.article)) + u','
                + field(exporting::sentenceText(articles, member)) + u',' + (claim.unique ? u"true"_s : u"false"_s)
                + u',' + closest + u',' + (claim.byHand() ? u"true"_s : u"false"_s) + u"\r\n"_s;
        }
    }
    return out.finish();
}

} // namespace parallax

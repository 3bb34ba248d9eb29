#include "HtmlEscape_p.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

bool isForbidden(char32_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r';
    if (c >= 0x7F && c <= 0x9F)
        return true;
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

} // namespace

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            if (isForbidden(QChar::surrogateToUcs4(c, text[i + 1])))
                out += QChar::ReplacementCharacter;
            else
                out += text.mid(i, 2);
            ++i;
            continue;
        }
        switch (c.unicode()) {
        case u'<':
            out += "&lt;"_L1;
            break;
        case u'>':
            out += "&gt;"_L1;
            break;
        case u'&':
            out += "&amp;"_L1;
            break;
        case u'"':
            out += "&quot;"_L1;
            break;
        case u'\'':
            out += "&#39;"_L1;
            break;
        default:
            out += c.isSurrogate() || isForbidden(c.unicode()) ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return out;
}

QString httpUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return {};
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace parallax::html

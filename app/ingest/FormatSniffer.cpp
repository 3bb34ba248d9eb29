#include "FormatSniffer.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringTokenizer>

#include <optional>

namespace parallax {
namespace {

using namespace Qt::StringLiterals;

// The start of a file tells its format; looking no further keeps this cheap
// on large files.
constexpr qsizetype kSniffChars = 16 * 1024;

// Markdown evidence, each kind counted once. One strong sign (a heading, a
// link, front matter, a code fence) is enough for a file without extension; a .txt needs
// two, because plain text may well start a line with "# " or "- ".
constexpr int kStrongSign = 3;
constexpr int kWeakSign = 1;
constexpr int kMarkdownWithoutExtension = kStrongSign;
constexpr int kMarkdownInTxt = 2 * kStrongSign;

std::optional<DocumentFormat> formatFromExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return DocumentFormat::Html;
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return DocumentFormat::Markdown;
    if (suffix == u"txt" || suffix == u"text")
        return DocumentFormat::PlainText;
    return std::nullopt;
}

// Skips white space, a byte order mark, comments and an XML declaration.
QStringView skipProlog(QStringView text)
{
    for (;;) {
        text = text.trimmed();
        if (text.startsWith(QChar(0xFEFF))) {
            text = text.sliced(1);
        } else if (text.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->");
            if (end < 0)
                return {};
            text = text.sliced(end + 3);
        } else if (text.startsWith(u"<?xml", Qt::CaseInsensitive)) {
            const qsizetype end = text.indexOf(u"?>");
            if (end < 0)
                return {};
            text = text.sliced(end + 2);
        } else {
            return text;
        }
    }
}

// An HTML page, not a text that mentions a tag: it starts like a page, or it
// has both the <html> and <body> of one.
bool isHtmlPage(QStringView sample)
{
    const QStringView start = skipProlog(sample);
    for (QStringView opening : {u"<!doctype html", u"<html", u"<head", u"<body"}) {
        if (start.startsWith(opening, Qt::CaseInsensitive))
            return true;
    }
    return sample.contains(u"<html", Qt::CaseInsensitive)
        && sample.contains(u"<body", Qt::CaseInsensitive);
}

bool hasMarkup(QStringView sample)
{
    static const QRegularExpression tag(u"<[A-Za-z!/]"_s);
    return tag.match(sample).hasMatch();
}

// A saved part of a page, without extension: it opens with a tag and closes some.
bool isHtmlFragment(QStringView sample)
{
    const QStringView start = skipProlog(sample);
    return start.size() > 1 && start.front() == u'<' && start[1].isLetter()
        && sample.contains(u"</");
}

bool isFrontMatterStart(QStringView sample)
{
    return sample.startsWith(u"---\n") && sample.indexOf(u"\n---\n", 3) > 0;
}

int markdownScore(QStringView sample)
{
    static const QRegularExpression atxHeading(u"^ {0,3}#{1,6}[ \\t]+\\S"_s);
    static const QRegularExpression setextUnderline(u"^ {0,3}(=+|-{3,})[ \\t]*$"_s);
    static const QRegularExpression listItem(u"^ {0,3}([-*+]|\\d{1,9}[.)])[ \\t]+\\S"_s);
    static const QRegularExpression link(u"!?\\[[^\\]\\n]+\\]\\([^)\\s]+\\)"_s);
    static const QRegularExpression linkDefinition(u"^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S"_s);
    static const QRegularExpression strong(u"(\\*\\*|__)\\S[^\\n]*?\\S\\1"_s);

    bool heading = false;
    bool setext = false;
    bool list = false;
    bool quote = false;
    bool fence = false;
    QStringView previous;
    for (QStringView line : QStringTokenizer(sample, u'\n')) {
        heading = heading || atxHeading.match(line).hasMatch();
        setext = setext || (!previous.trimmed().isEmpty() && setextUnderline.match(line).hasMatch());
        list = list || listItem.match(line).hasMatch();
        quote = quote || line.startsWith(u"> ");
        fence = fence || line.startsWith(u"```") || line.startsWith(u"~~~");
        previous = line;
    }
    const bool links = link.match(sample).hasMatch() || linkDefinition.match(sample).hasMatch();

    int score = 0;
    score += heading || setext ? kStrongSign : 0;
    score += isFrontMatterStart(sample) ? kStrongSign : 0;
    score += links ? kStrongSign : 0;
    score += fence ? kStrongSign : 0;
    score += list ? kWeakSign : 0;
    score += quote ? kWeakSign : 0;
    score += strong.match(sample).hasMatch() ? kWeakSign : 0;
    return score;
}

} // namespace

DocumentFormat sniffFormat(const QString &fileName, QStringView text)
{
    const QStringView sample = text.first(std::min(text.size(), kSniffChars));
    if (isHtmlPage(sample))
        return DocumentFormat::Html;

    const std::optional<DocumentFormat> byName = formatFromExtension(fileName);
    switch (byName.value_or(DocumentFormat::PlainText)) {
    case DocumentFormat::Html:
        if (hasMarkup(sample))
            return DocumentFormat::Html;
        break;
    case DocumentFormat::Markdown:
        return DocumentFormat::Markdown;
    case DocumentFormat::PlainText:
        break;
    }

    const int needed = byName == DocumentFormat::PlainText ? kMarkdownInTxt
                                                           : kMarkdownWithoutExtension;
    if (markdownScore(sample) >= needed)
        return DocumentFormat::Markdown;
    if (!byName && isHtmlFragment(sample))
        return DocumentFormat::Html;
    return DocumentFormat::PlainText;
}

} // namespace parallax

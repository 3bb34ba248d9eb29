#include "TextReader.h"

#include "ingest/LineShape.h"

#include <QStringTokenizer>

namespace parallax {

namespace {

// A line that stops mid-sentence: no closing punctuation of any kind, so a
// lowercase line right after it continues the same sentence.
bool stopsMidSentence(QStringView line)
{
    const QChar last = line.back();
    return last.isLetterOrNumber() || last == u',';
}

} // namespace

ParsedDocument readPlainText(const QString &text)
{
    ParsedDocument document;
    bool previousLineContinues = false; // the last block may take the next line
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            previousLineContinues = false; // a blank line always ends a paragraph
            continue;
        }
        if (previousLineContinues && lineshape::startsLowercase(trimmed)) {
            QString &joined = document.blocks.last().text;
            joined += u' ' + trimmed;
        } else {
            document.blocks.append(ParsedBlock{trimmed.toString(), BlockRole::Body, false, {}});
        }
        previousLineContinues = stopsMidSentence(trimmed);
    }
    return document;
}

} // namespace parallax

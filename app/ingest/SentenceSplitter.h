#pragma once

#include "core/Article.h"

#include <QList>
#include <QString>

#include <memory>

namespace parallax {

// Splits a block's text into sentences with ICU's sentence rules for the
// article's language (breaks after the abbreviations ICU knows for it
// suppressed; English when the language is unknown), which end Chinese
// sentences at 。！？ and Arabic ones at ؟ and the Arabic full stop with no
// space after them. It then mends what those rules get wrong in news copy:
// initials ("J. Smith"), titles ("Dr. Roe", "No. 2"), one-letter
// abbreviations ("z. B."), ordinals where a language writes them with a stop
// ("am 17. November"), initialisms ("the U.S. Senate" goes on, "the U.S.
// The talks" ends), and a quote ending in "?" or "!" that the sentence goes
// on after ("“Why?” he asked.").
// Closing quotes stay with their sentence.
//
// Holds one ICU break iterator (costly to create), so reuse a splitter; it is
// not thread-safe, so use one per thread.
class SentenceSplitter final
{
public:
    // language: BCP 47, as Article::language holds it; empty is English.
    explicit SentenceSplitter(const QString &language = {});
    ~SentenceSplitter();
    Q_DISABLE_COPY_MOVE(SentenceSplitter)

    // Sentence ranges of text in UTF-16 offsets, end exclusive, trimmed of
    // surrounding whitespace, in order; none for blank text.
    QList<Sentence> split(const QString &text);

private:
    QList<qsizetype> icuBoundaries(const QString &text);

    struct Icu;
    std::unique_ptr<Icu> m_icu;
    bool m_ordinalsWithStop = false; // "am 17. November" goes on
};

} // namespace parallax

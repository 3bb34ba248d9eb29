#include "SentenceSplitter.h"

#include "ingest/LineShape.h"

#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Words that open a sentence: after "U.S." or an initial, one of these means
// the sentence really ended there, anything else capitalised is a name going on.
const QRegularExpression &sentenceOpener()
{
    static const QRegularExpression rx(
        uR"(^(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|So|Yet|In|On|At|As|If|When|While|This|That|These|Those|There|His|Her|Their|Its|Our|Mr|Mrs|Ms|Dr)\b)"_s);
    return rx;
}

// Ends with something that is not the end of a sentence when followed by a
// capitalised word: a title, a single initial, an initialism.
const QRegularExpression &nameAbbreviationAtEnd()
{
    static const QRegularExpression rx(
        uR"((?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Fr|St|Sr|Jr|Pres|Supt|Insp|[A-Z]|(?:[A-Z]\.)+[A-Z])\.$)"_s);
    return rx;
}

// Ends with an abbreviation that a number follows: "No. 2", "p. 14".
const QRegularExpression &numberAbbreviationAtEnd()
{
    static const QRegularExpression rx(
        uR"((?:^|[\s(])(?:No|Nos|no|nos|Art|Fig|fig|Vol|vol|p|pp|Ch|ch|Sec|sec|Para|para)\.$)"_s);
    return rx;
}

// The space after an initialism ("the U.S. The talks"), where ICU's
// abbreviation list never breaks.
const QRegularExpression &spaceAfterInitialism()
{
    static const QRegularExpression rx(uR"((?<=\b[A-Z]\.[A-Z]\.)\s+(?=\S))"_s);
    return rx;
}

// A lower-case letter and a stop: an abbreviation ("z. B.", "d. h.", "u. a.").
const QRegularExpression &letterAbbreviationAtEnd()
{
    static const QRegularExpression rx(uR"((?:^|[\s(])\p{Ll}\.$)"_s);
    return rx;
}

// A day or ordinal written with a stop, as German and its neighbours write
// them ("am 17. November", "der 2. Weltkrieg").
const QRegularExpression &ordinalAtEnd()
{
    static const QRegularExpression rx(uR"((?:^|\s)\d{1,2}\.$)"_s);
    return rx;
}

bool writesOrdinalsWithStop(const QString &language)
{
    static const QStringList languages{u"de"_s, u"da"_s, u"no"_s, u"nb"_s, u"nn"_s, u"fi"_s, u"cs"_s,
                                       u"sk"_s, u"pl"_s, u"hu"_s, u"sl"_s, u"hr"_s, u"sr"_s, u"et"_s};
    return languages.contains(language.section(u'-', 0, 0).section(u'_', 0, 0).toLower());
}

// Whether the break between before and after should not be one.
bool continuesSentence(QStringView before, QStringView after, bool ordinalsWithStop)
{
    before = before.trimmed();
    after = after.trimmed();
    if (before.isEmpty() || after.isEmpty())
        return false;
    if (lineshape::startsLowercase(after) || letterAbbreviationAtEnd().match(before).hasMatch())
        return true;
    if (ordinalsWithStop && ordinalAtEnd().match(before).hasMatch())
        return true;
    if (numberAbbreviationAtEnd().match(before).hasMatch())
        return after.front().isDigit();
    return nameAbbreviationAtEnd().match(before).hasMatch()
        && after.front().isUpper() && !sentenceOpener().match(after).hasMatch();
}

void appendTrimmed(QList<Sentence> &sentences, const QString &text, qsizetype start, qsizetype end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start < end)
        sentences.append(Sentence{int(start), int(end)});
}

} // namespace

struct SentenceSplitter::Icu {
    std::unique_ptr<icu::BreakIterator> iterator;
};

SentenceSplitter::SentenceSplitter(const QString &language)
    : m_icu(std::make_unique<Icu>())
    , m_ordinalsWithStop(writesOrdinalsWithStop(language))
{
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" suppresses breaks after the abbreviations in ICU's data
    // for that language ("z. B.", "M.", "Sra.").
    const QByteArray tag = (language.isEmpty() ? QByteArray("en") : language.toLatin1()).replace('_', '-');
    const icu::Locale locale = icu::Locale::forLanguageTag(tag.constData(), status);
    const QByteArray withSuppressions = QByteArray(U_SUCCESS(status) ? locale.getName() : "en") + "@ss=standard";
    status = U_ZERO_ERROR;
    m_icu->iterator.reset(
        icu::BreakIterator::createSentenceInstance(icu::Locale(withSuppressions.constData()), status));
    if (U_FAILURE(status))
        m_icu->iterator.reset();
}

SentenceSplitter::~SentenceSplitter() = default;

QList<qsizetype> SentenceSplitter::icuBoundaries(const QString &text)
{
    QList<qsizetype> boundaries{0};
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUTextPointer utext(utext_openUChars(
        nullptr, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status));
    if (m_icu->iterator && U_SUCCESS(status)) {
        m_icu->iterator->setText(utext.getAlias(), status);
        for (int32_t b = m_icu->iterator->next(); U_SUCCESS(status) && b != icu::BreakIterator::DONE;
             b = m_icu->iterator->next()) {
            boundaries.append(b);
        }
    }
    if (boundaries.constLast() != text.size())
        boundaries.append(text.size()); // without ICU, the whole text is one sentence
    return boundaries;
}

QList<Sentence> SentenceSplitter::split(const QString &text)
{
    QList<qsizetype> boundaries = icuBoundaries(text);
    // Add the breaks ICU's abbreviation list hides: an initialism at the end
    // of a sentence followed by a word that opens the next one.
    QRegularExpressionMatchIterator extra = spaceAfterInitialism().globalMatch(text);
    while (extra.hasNext()) {
        const qsizetype at = extra.next().capturedEnd();
        if (sentenceOpener().match(QStringView(text).mid(at)).hasMatch()
            && !boundaries.contains(at)) {
            boundaries.append(at);
        }
    }
    std::sort(boundaries.begin(), boundaries.end());

    QList<Sentence> sentences;
    qsizetype start = 0;
    for (qsizetype i = 1; i < boundaries.size(); ++i) {
        const qsizetype end = boundaries.at(i);
        const bool last = i + 1 == boundaries.size();
        if (!last) {
            const QStringView before = QStringView(text).mid(start, end - start);
            const QStringView after = QStringView(text).mid(end, boundaries.at(i + 1) - end);
            if (continuesSentence(before, after, m_ordinalsWithStop))
                continue;
        }
        appendTrimmed(sentences, text, start, end);
        start = end;
    }
    return sentences;
}

} // namespace parallax

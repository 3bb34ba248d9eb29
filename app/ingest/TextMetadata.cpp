#include "TextMetadata.h"

#include "ingest/LineShape.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr auto Insensitive = QRegularExpression::CaseInsensitiveOption;

// Month names as pages write them, full or abbreviated ("Sept." included).
const QString &monthPattern()
{
    static const QString pattern = uR"((jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"_s;
    return pattern;
}

int monthNumber(const QString &name)
{
    static const QString months = u"janfebmaraprmayjunjulaugsepoctnovdec"_s;
    return int(months.indexOf(name.left(3).toLower()) / 3) + 1;
}

const QRegularExpression &isoDate()
{
    static const QRegularExpression rx(uR"(\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d))"_s);
    return rx;
}

const QRegularExpression &dayMonthDate()
{
    static const QRegularExpression rx(uR"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)"_s
                                           + monthPattern() + uR"(,?\s+(\d{4})\b)"_s,
                                       Insensitive);
    return rx;
}

const QRegularExpression &monthDayDate()
{
    static const QRegularExpression rx(uR"(\b)"_s + monthPattern()
                                           + uR"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)"_s,
                                       Insensitive);
    return rx;
}

const QRegularExpression &numericDate()
{
    static const QRegularExpression rx(uR"(\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b)"_s);
    return rx;
}

enum class DateForm { Iso, DayMonth, MonthDay, Numeric };

struct DateRule {
    const QRegularExpression &rx;
    DateForm form;
};

const std::array<DateRule, 4> &dateRules()
{
    static const std::array<DateRule, 4> rules{{{isoDate(), DateForm::Iso},
                                                {dayMonthDate(), DateForm::DayMonth},
                                                {monthDayDate(), DateForm::MonthDay},
                                                {numericDate(), DateForm::Numeric}}};
    return rules;
}

QDate dateFrom(const QRegularExpressionMatch &match, DateForm form,
               TextMetadataReader::NumericDateOrder order)
{
    const auto number = [&match](int group) { return match.captured(group).toInt(); };
    switch (form) {
    case DateForm::Iso:
        return QDate(number(1), number(2), number(3));
    case DateForm::DayMonth:
        return QDate(number(3), monthNumber(match.captured(2)), number(1));
    case DateForm::MonthDay:
        return QDate(number(3), monthNumber(match.captured(1)), number(2));
    case DateForm::Numeric: {
        const int first = number(1);
        const int second = number(3);
        const bool dayFirst = first > 12
            || (second <= 12 && order == TextMetadataReader::NumericDateOrder::DayFirst);
        return dayFirst ? QDate(number(4), second, first) : QDate(number(4), first, second);
    }
    }
    return {};
}

// What else a date line may hold around its dates.
const QRegularExpression &timeOfDay()
{
    static const QRegularExpression rx(
        uR"(\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?!\w)|\b\d{1,2}\s*[ap]\.?m\.?(?!\w))"_s,
        Insensitive);
    return rx;
}

const QRegularExpression &timeZone()
{
    static const QRegularExpression rx(
        uR"(\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|HKT|SGT|JST|KST|AEST|AEDT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b)"_s);
    return rx;
}

const QRegularExpression &weekday()
{
    static const QRegularExpression rx(
        uR"(\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?)"_s,
        Insensitive);
    return rx;
}

const QRegularExpression &dateLabel()
{
    static const QRegularExpression rx(
        uR"(\b(?:(?:first|last)\s+)?(?:published|updated|posted|modified|edited)\b)"_s, Insensitive);
    return rx;
}

const QRegularExpression &fillerWord()
{
    static const QRegularExpression rx(uR"(\b(?:on|at|date|time)\b)"_s, Insensitive);
    return rx;
}

const QRegularExpression &relativeTime()
{
    static const QRegularExpression rx(
        uR"(\b\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b(?:just now|yesterday|today)\b)"_s,
        Insensitive);
    return rx;
}

bool hasDigit(QStringView text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool hasLetterOrDigit(QStringView text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// Words a byline may hold besides capitalised names ("Ana de la Cruz").
bool isNameParticle(QStringView word)
{
    static const QStringList particles{u"and"_s, u"&"_s,   u"de"_s,  u"da"_s,  u"del"_s,
                                       u"della"_s, u"van"_s, u"von"_s, u"der"_s, u"den"_s,
                                       u"al"_s,  u"el"_s,  u"bin"_s, u"ibn"_s, u"la"_s,
                                       u"le"_s,  u"du"_s,  u"di"_s,  u"dos"_s, u"das"_s};
    return particles.contains(word);
}

bool isCalendarWord(QStringView word)
{
    static const QRegularExpression rx(u"^(?:"_s + monthPattern() + uR"()$)"_s, Insensitive);
    return rx.match(word).hasMatch() || weekday().match(word).hasMatch();
}

constexpr int MaxBylineNames = 12;
constexpr int MaxOutletWords = 8;
constexpr int MaxMetadataLineWords = 15;

bool isNameList(QStringView names)
{
    const QList<QStringView> words = names.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > MaxBylineNames || isNameParticle(words.front())
        || isNameParticle(words.back()) || isCalendarWord(words.front())) {
        return false;
    }
    for (QStringView word : words) {
        if (word.endsWith(u','))
            word.chop(1);
        if (word.isEmpty())
            return false;
        const bool capitalised = word.front().isUpper() && !hasDigit(word);
        if (!capitalised && !isNameParticle(word))
            return false;
    }
    return true;
}

QString outletName(QString name)
{
    static const QRegularExpression companySuffix(
        uR"([\s,]+(?:publishers?|publishing|ltd|limited|inc|llc|plc|corp|corporation|co|gmbh|holdings)\.?$)"_s,
        Insensitive);
    static const QRegularExpression trailingYear(uR"([\s,]*\d{4}$)"_s);
    name = name.trimmed();
    for (qsizetype before = -1; before != name.size();) {
        before = name.size();
        name.remove(companySuffix);
        name.remove(trailingYear);
        while (name.endsWith(u'.') || name.endsWith(u',') || name.endsWith(u' '))
            name.chop(1);
    }
    const int words = lineshape::wordCount(name);
    const bool plausible = words > 0 && words <= MaxOutletWords
        && (name.front().isUpper() || name.front().isDigit());
    return plausible ? name : QString();
}

QString outletFromLogo(QStringView line)
{
    if (!TextMetadataReader::isLogoLine(line))
        return {};
    static const QRegularExpression rx(uR"(^(.+?)\s+logo\b)"_s, Insensitive);
    return outletName(rx.match(line).captured(1));
}

QString outletFromSyndication(QStringView line)
{
    static const QRegularExpression rx(
        uR"(^this\s+(?:article|story|piece|report)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)\s+(?:on|in|by)\s+(?-i:the\s+)?([^(,;]+))"_s,
        Insensitive);
    static const QRegularExpression sentenceEnd(uR"(\.(?:\s.*)?$)"_s);
    QString name = rx.match(line).captured(1);
    name.remove(sentenceEnd);
    return outletName(name);
}

QString outletFromCopyright(QStringView line)
{
    static const QRegularExpression leader(
        uR"(^(?:(?:copyright|©|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?)[\s.,]*)+)"_s, Insensitive);
    static const QRegularExpression rightsReserved(uR"(all rights reserved.*$)"_s, Insensitive);
    static const QRegularExpression laterSentences(uR"(\.\s.*$)"_s);
    static const QRegularExpression copyrightSign(uR"(copyright|©|\(c\))"_s, Insensitive);
    const QRegularExpressionMatch lead = leader.match(line);
    if (!lead.hasMatch() || !lead.captured().contains(copyrightSign))
        return {};
    QString name = line.mid(lead.capturedLength()).toString();
    name.remove(rightsReserved);
    name.remove(laterSentences);
    return outletName(name);
}

using OutletRule = QString (*)(QStringView);
// Strongest evidence first: a logo is the page's own, a copyright line may
// belong to a syndication partner.
constexpr std::array<OutletRule, 3> OutletRules{outletFromLogo, outletFromSyndication,
                                               outletFromCopyright};

} // namespace

QDate TextMetadataReader::findDate(QStringView line) const
{
    QDate earliest;
    qsizetype earliestStart = line.size();
    for (const DateRule &rule : dateRules()) {
        QRegularExpressionMatchIterator it = rule.rx.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QDate date = dateFrom(match, rule.form, m_order);
            if (date.isValid() && match.capturedStart() < earliestStart) {
                earliest = date;
                earliestStart = match.capturedStart();
                break;
            }
        }
    }
    return earliest;
}

bool TextMetadataReader::isDateLine(QStringView line)
{
    if (lineshape::wordCount(line) > MaxMetadataLineWords)
        return false;
    QString rest = line.toString();
    bool evidence = false;
    const auto strip = [&rest, &evidence](const QRegularExpression &rx, bool isEvidence) {
        const qsizetype before = rest.size();
        rest.remove(rx);
        evidence = evidence || (isEvidence && rest.size() != before);
    };
    for (const DateRule &rule : dateRules())
        strip(rule.rx, true);
    strip(relativeTime(), true);
    strip(timeOfDay(), true);
    strip(dateLabel(), true);
    strip(timeZone(), false);
    strip(weekday(), false);
    strip(fillerWord(), false);
    return evidence && !hasLetterOrDigit(rest);
}

QString TextMetadataReader::bylineIn(QStringView line)
{
    static const QRegularExpression byline(uR"(^by\s+(.+)$)"_s, Insensitive);
    // Where the names end: a separator, or where a place or role follows.
    static const QRegularExpression afterNames(
        uR"(\s*[|•·–—]\s*.*$|\s+-\s+.*$|\s+(?:in|for)\s+.*$|,\s*(?![^,]*\band\b).*$)"_s);
    if (lineshape::wordCount(line) > MaxMetadataLineWords)
        return {};
    QString names = byline.match(line.trimmed()).captured(1);
    names.remove(afterNames);
    while (names.endsWith(u'.') || names.endsWith(u','))
        names.chop(1);
    return isNameList(names) ? names.simplified() : QString();
}

QString TextMetadataReader::outletIn(QStringView line)
{
    for (OutletRule rule : OutletRules) {
        if (QString outlet = rule(line); !outlet.isEmpty())
            return outlet;
    }
    return {};
}

bool TextMetadataReader::isLogoLine(QStringView line)
{
    static const QRegularExpression rx(uR"(^\S.*?\slogo\b)"_s, Insensitive);
    return lineshape::wordCount(line) <= MaxMetadataLineWords && !lineshape::isProse(line)
        && rx.match(line).hasMatch();
}

ArticleMetadata TextMetadataReader::read(const ParsedDocument &document) const
{
    ArticleMetadata meta = document.meta;
    if (meta.title.isEmpty())
        meta.title = titleOf(document);
    if (!meta.published.isValid())
        meta.published = publishedIn(document);
    for (const ParsedBlock &block : document.blocks) {
        if (!meta.byline.isEmpty())
            break;
        meta.byline = bylineIn(block.text);
    }
    for (OutletRule rule : OutletRules) {
        for (const ParsedBlock &block : document.blocks) {
            if (!meta.outlet.isEmpty())
                return meta;
            meta.outlet = rule(block.text);
        }
    }
    return meta;
}

QString TextMetadataReader::titleOf(const ParsedDocument &document) const
{
    for (const ParsedBlock &block : document.blocks) {
        if (block.role == BlockRole::Heading)
            return block.text;
    }
    for (const ParsedBlock &block : document.blocks) {
        if (block.role == BlockRole::Body && lineshape::isHeadlineLike(block.text)
            && !isDateLine(block.text) && bylineIn(block.text).isEmpty()
            && !isLogoLine(block.text)) {
            return block.text;
        }
    }
    return {};
}

QDate TextMetadataReader::publishedIn(const ParsedDocument &document) const
{
    // Rank the date lines: a "Published" label is explicit; a bare date line
    // or logo line above the text is the page's date line; an "Updated" date
    // is a later date of the same article; a date line below the text may
    // belong to a list of other articles.
    enum Rank { Labelled, Header, Updated, Footer, None };
    static const QRegularExpression published(uR"(\b(?:published|posted)\b)"_s, Insensitive);
    static const QRegularExpression updated(uR"(\b(?:updated|modified|edited)\b)"_s, Insensitive);
    QDate best;
    int bestRank = None;
    bool inHeader = true;
    for (const ParsedBlock &block : document.blocks) {
        const bool bodyProse = block.role == BlockRole::Body && lineshape::isProse(block.text);
        inHeader = inHeader && !bodyProse;
        if (!isDateLine(block.text) && !isLogoLine(block.text))
            continue;
        const QDate date = findDate(block.text);
        if (!date.isValid())
            continue;
        const int rank = published.match(block.text).hasMatch() ? Labelled
            : updated.match(block.text).hasMatch()                      ? Updated
            : inHeader                                                      ? Header
                                                                            : Footer;
        if (rank < bestRank) {
            best = date;
            bestRank = rank;
        }
    }
    return best;
}

} // namespace parallax

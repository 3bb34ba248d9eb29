#include "Facts.h"

#include "Folding.h"
#include "WordClasses.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

const QStringList &monthNames()
{
    static const QStringList names{u"january"_s, u"february"_s, u"march"_s,     u"april"_s,
                                   u"may"_s,     u"june"_s,     u"july"_s,      u"august"_s,
                                   u"september"_s, u"october"_s, u"november"_s, u"december"_s};
    return names;
}

// 1-12 for a month name or its usual abbreviation, 0 otherwise.
int monthNumber(const QString &word)
{
    const QString folded = word.toLower().remove(u'.');
    for (int m = 0; m < 12; ++m) {
        const QString &name = monthNames()[m];
        if (folded == name || (folded.size() >= 3 && name.startsWith(folded)))
            return m + 1;
    }
    return folded == u"sept"_s ? 9 : 0;
}

const QString monthPattern =
    u"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"_s;

double scaleOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"thousand")
        return 1e3;
    if (w == u"million" || w == u"m" || w == u"mn")
        return 1e6;
    if (w == u"billion" || w == u"bn" || w == u"b")
        return 1e9;
    if (w == u"trillion" || w == u"tn")
        return 1e12;
    return 1;
}

int spelledNumber(const QString &word)
{
    static const QStringList small{u"two"_s, u"three"_s, u"four"_s, u"five"_s,  u"six"_s,    u"seven"_s,
                                   u"eight"_s, u"nine"_s, u"ten"_s, u"eleven"_s, u"twelve"_s};
    const qsizetype i = small.indexOf(word.toLower());
    return i < 0 ? 0 : int(i) + 2;
}

// The word classes the sentence matcher reads (WordClasses.h), for a word
// as the text writes it.
WordClass classOf(const QString &word)
{
    const QString folded = word.toCaseFolded();
    return wordClassOf(std::u16string_view(reinterpret_cast<const char16_t *>(folded.utf16()), size_t(folded.size())));
}

// Capitalised words that start sentences or clauses without naming anyone.
bool isCommonCapital(const QString &word)
{
    static const QSet<QString> common{u"the"_s, u"a"_s,   u"an"_s,   u"in"_s,  u"on"_s,  u"but"_s, u"and"_s,
                                      u"he"_s,  u"she"_s, u"it"_s,   u"they"_s, u"we"_s, u"i"_s,   u"this"_s,
                                      u"that"_s, u"if"_s, u"as"_s,   u"at"_s,  u"for"_s, u"of"_s,  u"to"_s,
                                      u"his"_s, u"her"_s, u"their"_s, u"after"_s, u"while"_s, u"when"_s};
    return common.contains(word.toLower());
}

void addDates(const QString &text, Facts &facts, QList<TextRange> &taken)
{
    // "June 18", "June 18-19", "June 18, 2023", "18 June 2023", "June 2023".
    static const QRegularExpression monthFirst(u"\\b("_s + monthPattern
                                               + u")\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b"_s);
    static const QRegularExpression dayFirst(u"\\b(\\d{1,2})\\s+("_s + monthPattern + u")(?:\\s+(\\d{4}))?\\b"_s);
    static const QRegularExpression monthYear(u"\\b("_s + monthPattern + u")\\s+(\\d{4})\\b"_s);
    static const QRegularExpression year(u"\\b(19\\d\\d|20\\d\\d)\\b"_s);
    const auto overlaps = [&taken](int start, int end) {
        for (const TextRange &r : taken) {
            if (start < r.end && r.start < end)
                return true;
        }
        return false;
    };
    for (auto it = monthYear.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const TextRange range{int(m.capturedStart()), int(m.capturedEnd())};
        facts.dates.append({m.captured(2).toInt(), monthNumber(m.captured(1)), 0, range});
        taken.append(range);
    }
    for (auto it = monthFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const TextRange range{int(m.capturedStart()), int(m.capturedEnd())};
        if (overlaps(range.start, range.end))
            continue;
        const int month = monthNumber(m.captured(1));
        const int y = m.captured(4).toInt();
        facts.dates.append({y, month, m.captured(2).toInt(), range});
        if (!m.captured(3).isEmpty())
            facts.dates.append({y, month, m.captured(3).toInt(), range});
        taken.append(range);
    }
    for (auto it = dayFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const TextRange range{int(m.capturedStart()), int(m.capturedEnd())};
        if (overlaps(range.start, range.end))
            continue;
        facts.dates.append({m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt(), range});
        taken.append(range);
    }
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const TextRange range{int(m.capturedStart()), int(m.capturedEnd())};
        if (overlaps(range.start, range.end))
            continue;
        facts.dates.append({m.captured(1).toInt(), 0, 0, range});
        taken.append(range);
    }
}

// Weekdays and days said relative to the publication date.
void addDays(const QString &text, QDate published, Facts &facts, QList<TextRange> &taken)
{
    static const QRegularExpression day(
        u"\\b(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(this\\s+weekend|the\\s+weekend)"
        "|(yesterday|today|tonight|tomorrow))\\b"_s);
    const int year = published.isValid() ? published.year() : 0;
    for (auto it = day.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const TextRange range{int(m.capturedStart()), int(m.capturedEnd())};
        if (m.capturedStart(1) >= 0) {
            static const QStringList names{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                           u"friday"_s, u"saturday"_s, u"sunday"_s};
            facts.dates.append({0, 0, 0, range, int(names.indexOf(m.captured(1).toLower())) + 1, year});
        } else if (m.capturedStart(2) >= 0) {
            facts.dates.append({0, 0, 0, range, 6, year});
            facts.dates.append({0, 0, 0, range, 7, year});
        } else if (published.isValid()) {
            const QString word = m.captured(3).toLower();
            const QDate date = published.addDays(word == u"yesterday" ? -1 : word == u"tomorrow" ? 1 : 0);
            facts.dates.append({date.year(), date.month(), date.day(), range, 0, year});
        } else {
            continue;
        }
        taken.append(range);
    }
}

void addNumbers(const QString &text, Facts &facts, const QList<TextRange> &taken)
{
    static const QRegularExpression number(
        uR"((?<cur>[$€£¥])?\s?(?<num>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))(?<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?(?:\s*(?<scale>thousand|million|billion|trillion|bn|mn|tn|m|b)\b)?(?:\s+(?<unit>[A-Za-z]+))?)"_s);
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString digits = m.captured(u"num"_s);
        double value = 0;
        if (digits[0].isDigit()) {
            value = QString(digits).remove(u',').toDouble();
        } else {
            value = spelledNumber(digits);
            if (value == 0)
                continue;
        }
        const int start = int(m.capturedStart(u"cur"_s) >= 0 ? m.capturedStart(u"cur"_s) : m.capturedStart(u"num"_s));
        const int end = int(m.capturedEnd(u"scale"_s) >= 0 ? m.capturedEnd(u"scale"_s)
                            : m.capturedEnd(u"pct"_s) >= 0 ? m.capturedEnd(u"pct"_s)
                                                           : m.capturedEnd(u"num"_s));
        bool inDate = false;
        for (const TextRange &r : taken)
            inDate = inDate || (start < r.end && r.start < end);
        if (inDate)
            continue;
        value *= scaleOf(m.captured(u"scale"_s));
        QString unit = m.captured(u"cur"_s);
        if (unit.isEmpty() && m.capturedStart(u"pct"_s) >= 0)
            unit = u"percent"_s;
        if (unit.isEmpty()) {
            unit = m.captured(u"unit"_s).toLower();
            if (unit.endsWith(u's') && unit.size() > 3)
                unit.chop(1);
        }
        facts.numbers.append({value, unit, {start, end}});
    }
}

// Digits of every script as ASCII, and the Arabic decimal and thousands
// separators as "." and ",": one UTF-16 unit for one, so ranges hold.
QString withAsciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0x80 && c.isDigit())
            c = QChar(u'0' + c.digitValue());
        else if (c == u'\u066B')
            c = u'.';
        else if (c == u'\u066C')
            c = u',';
    }
    return out;
}

// Scale words of the languages the window speaks and their neighbours,
// folded as the tokenizer folds them.
double scaleWord(const QString &word, Language language)
{
    static const std::unordered_map<std::u16string, double> scales = [] {
        std::unordered_map<std::u16string, double> t;
        const std::pair<const char16_t *, double> words[] = {
            {u"tausend", 1e3}, {u"tsd", 1e3}, {u"million", 1e6}, {u"millionen", 1e6}, {u"mio", 1e6},
            {u"milliarde", 1e9}, {u"milliarden", 1e9}, {u"mrd", 1e9}, {u"billion", 1e12}, {u"billionen", 1e12},
            {u"mille", 1e3}, {u"millions", 1e6}, {u"milliard", 1e9}, {u"milliards", 1e9}, {u"md", 1e9},
            {u"mil", 1e3}, {u"millón", 1e6}, {u"millones", 1e6}, {u"billón", 1e12}, {u"billones", 1e12},
            {u"mila", 1e3}, {u"milione", 1e6}, {u"milioni", 1e6}, {u"miliardo", 1e9}, {u"miliardi", 1e9},
            {u"milhão", 1e6}, {u"milhões", 1e6}, {u"bilhão", 1e9}, {u"bilhões", 1e9},
            {u"duizend", 1e3}, {u"miljoen", 1e6}, {u"miljard", 1e9},
            {u"ألف", 1e3}, {u"آلاف", 1e3}, {u"مليون", 1e6}, {u"ملايين", 1e6}, {u"مليار", 1e9},
            {u"مليارات", 1e9},
        };
        // Folded for Arabic: its letter variants are one there.
        const Language arabic = Language::fromTag(u"ar");
        std::u16string folded;
        for (const auto &[w, value] : words) {
            const std::u16string_view view(w);
            foldWord(QStringView(view.data(), qsizetype(view.size())), view[0] >= 0x0600 ? arabic : Language(), folded);
            t.emplace(folded, value);
        }
        return t;
    }();
    std::u16string folded;
    foldWord(word, language, folded);
    const auto it = scales.find(folded);
    return it == scales.end() ? 0 : it->second;
}

// "1.450" and "1 450" (thousands), "1,5" (decimal) as most of Europe writes
// them; "1,500" and "2.4" as Latin America writes them: a separator before
// exactly three digits groups thousands, any other is a decimal point.
double valueOf(QString digits)
{
    digits.remove(u' ').remove(u'\u00A0').remove(u'\u202F');
    static const QRegularExpression dotGroups(u"^\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?$"_s);
    static const QRegularExpression commaGroups(u"^\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$"_s);
    if (dotGroups.match(digits).hasMatch())
        return digits.remove(u'.').replace(u',', u'.').toDouble();
    if (commaGroups.match(digits).hasMatch())
        return digits.remove(u',').toDouble();
    return digits.replace(u',', u'.').toDouble();
}

void addNumbersOutsideEnglish(const QString &text, Language language, Facts &facts)
{
    static const QRegularExpression number(
        uR"((?<cur>[$€£¥])?\s?(?<num>(?<![\p{L}\p{N}.,])\d{1,3}(?:[. \x{00A0}\x{202F}]\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])(?<pct>\s?[%٪％]|\s?(?i:prozent|pour\s?cent|por\s?ciento|per\s?cento|procent|بالمئة|بالمائة|في\s?المئة|في\s?المائة)(?!\p{L}))?(?:\s*(?<w1>\p{L}+)\.?)?(?:\s+(?<w2>\p{L}+))?)"_s);
    const QString ascii = withAsciiDigits(text);
    for (auto it = number.globalMatch(ascii); it.hasNext();) {
        const auto m = it.next();
        double value = valueOf(m.captured(u"num"_s));
        const int start = int(m.capturedStart(u"cur"_s) >= 0 ? m.capturedStart(u"cur"_s) : m.capturedStart(u"num"_s));
        int end = int(m.capturedEnd(u"pct"_s) >= 0 ? m.capturedEnd(u"pct"_s) : m.capturedEnd(u"num"_s));
        QString unit = m.captured(u"cur"_s);
        if (unit.isEmpty() && m.capturedStart(u"pct"_s) >= 0)
            unit = u"percent"_s;
        QString next = m.captured(u"w1"_s);
        if (m.capturedStart(u"pct"_s) < 0) {
            if (const double scale = scaleWord(next, language); scale > 0) {
                value *= scale;
                end = int(m.capturedEnd(u"w1"_s));
                next = m.captured(u"w2"_s);
            }
        }
        if (unit.isEmpty())
            unit = next.toCaseFolded();
        facts.numbers.append({value, unit, {start, end}});
    }
}

// Chinese numerals: 三百亿 (3e10), 两千 (2000), 一万二千 (12000); a
// lone numeral is a word ("一些", "第一"), not a figure.
double chineseNumeral(QStringView run)
{
    static const QString digits = u"零〇一二两三四五六七八九"_s;
    static constexpr double valueAt[] = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    double total = 0;   // finished 亿 and 万 sections
    double section = 0; // below 万
    double digit = 0;
    for (QChar c : run) {
        if (const qsizetype d = digits.indexOf(c); d >= 0) {
            digit = valueAt[d];
            continue;
        }
        switch (c.unicode()) {
        case u'十': section += (digit ? digit : 1) * 10; break;
        case u'百': section += digit * 100; break;
        case u'千': section += digit * 1000; break;
        case u'万': total = (total + section + digit) * 1e4; section = 0; break;
        case u'亿': total = (total + section + digit) * 1e8; section = 0; break;
        default: break;
        }
        digit = 0;
    }
    return total + section + digit;
}

void addChineseNumbers(const QString &text, Facts &facts)
{
    static const QRegularExpression number(
        uR"((?:(?<num>\d+(?:\.\d+)?)(?<scale>[万亿]{1,2})?|(?<han>[零〇一二两三四五六七八九十百千万亿]{2,}))(?<pct>[%％])?[余多]?(?<unit>\p{Han})?)"_s);
    const QString ascii = withAsciiDigits(text);
    for (auto it = number.globalMatch(ascii); it.hasNext();) {
        const auto m = it.next();
        double value = 0;
        if (m.capturedStart(u"num"_s) >= 0) {
            value = m.captured(u"num"_s).toDouble();
            for (QChar c : m.captured(u"scale"_s))
                value *= c == u'万' ? 1e4 : 1e8;
        } else {
            value = chineseNumeral(m.captured(u"han"_s));
            if (value == 0)
                continue;
        }
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd(u"pct"_s) >= 0 ? m.capturedEnd(u"pct"_s)
                            : m.capturedEnd(u"scale"_s) >= 0 ? m.capturedEnd(u"scale"_s)
                            : m.capturedEnd(u"num"_s) >= 0 ? m.capturedEnd(u"num"_s)
                                                               : m.capturedEnd(u"han"_s));
        const QString unit = m.capturedStart(u"pct"_s) >= 0 ? u"percent"_s : m.captured(u"unit"_s);
        facts.numbers.append({value, unit, {start, end}});
    }
}

// Runs of capitalised words: a title word ends a name and starts a title.
void addNamesAndTitles(const QString &text, Facts &facts)
{
    static const QRegularExpression word(u"[\\p{L}][\\p{L}'’-]*"_s);
    TextRange name{-1, -1};
    TextRange title{-1, -1};
    int previousEnd = -1;
    bool sentenceStart = true;
    const auto flush = [](TextRange &range, QList<TextRange> &into) {
        if (range.start >= 0)
            into.append(range);
        range = {-1, -1};
    };
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString w = m.captured();
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        // A gap of more than a space (a comma, a quote) breaks a run.
        const bool adjacent = previousEnd >= 0 && text.mid(previousEnd, start - previousEnd).trimmed().isEmpty();
        const bool joiner = w == u"of" && title.start >= 0; // "Secretary of State"
        if (!adjacent) {
            flush(name, facts.names);
            flush(title, facts.titles);
        }
        const WordClass classes = classOf(w);
        if (classes.title) {
            flush(name, facts.names);
            if (title.start < 0)
                title.start = start;
            title.end = end;
        } else if (joiner) {
            // Kept open: a capitalised word after it extends the title.
        } else if (w[0].isUpper() && !classes.calendar && !(sentenceStart && isCommonCapital(w))) {
            if (title.start >= 0 && text.mid(title.end, start - title.end).trimmed() == u"of") {
                title.end = end; // "Secretary of State"
            } else {
                flush(title, facts.titles);
                if (name.start < 0)
                    name.start = start;
                name.end = end;
            }
        } else {
            flush(name, facts.names);
            flush(title, facts.titles);
        }
        previousEnd = end;
        sentenceStart = false;
    }
    flush(name, facts.names);
    flush(title, facts.titles);
}

} // namespace

namespace {

// Whether a weekday agrees with a day of a month, where the year is known.
bool fallsOn(int weekday, const DateFact &date, int contextYear)
{
    const int year = date.year ? date.year : date.contextYear ? date.contextYear : contextYear;
    if (weekday == 0 || date.month == 0 || date.day == 0 || year == 0)
        return true;
    const QDate day(year, date.month, date.day);
    return !day.isValid() || day.dayOfWeek() == weekday;
}

} // namespace

bool DateFact::compatible(const DateFact &other) const
{
    const auto agree = [](int x, int y) { return x == 0 || y == 0 || x == y; };
    return agree(year, other.year) && agree(month, other.month) && agree(day, other.day)
        && agree(weekday, other.weekday) && fallsOn(weekday, other, contextYear)
        && fallsOn(other.weekday, *this, other.contextYear);
}

Facts factsOf(const QString &text, QDate published, Language language)
{
    Facts facts;
    if (!language.isEnglish()) {
        if (language.writesWithoutSpaces())
            addChineseNumbers(text, facts);
        else
            addNumbersOutsideEnglish(text, language, facts);
        return facts;
    }
    QList<TextRange> taken;
    addDates(text, facts, taken);
    addDays(text, published, facts, taken);
    addNumbers(text, facts, taken);
    addNamesAndTitles(text, facts);
    if (published.isValid()) {
        for (DateFact &date : facts.dates)
            date.contextYear = published.year();
    }
    return facts;
}

QStringList foldedWords(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next().captured().toCaseFolded());
    return words;
}

bool holdsFigure(const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    for (const QString &w : foldedWords(text)) {
        if (spelledNumber(w) > 0)
            return true;
    }
    return false;
}

} // namespace parallax

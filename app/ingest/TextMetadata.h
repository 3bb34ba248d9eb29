#pragma once

#include "ingest/ParsedDocument.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace parallax {

// Reads metadata out of the lines of a plain-text article: the title, the
// publication date, the byline and the outlet where the text names them. A
// field the text does not give stays empty (or an invalid date): nothing is
// guessed. Fields already set in the document (by its format) are kept.
class TextMetadataReader final
{
public:
    // How to read an all-numeric date such as "02/03/2023" when both numbers
    // could be the month. A number above 12 settles it either way; otherwise
    // this order applies. Day first is the default because it is the order of
    // most English-language outlets outside the US; a caller that knows the
    // outlet writes month first sets MonthFirst.
    enum class NumericDateOrder { DayFirst, MonthFirst };

    void setNumericDateOrder(NumericDateOrder order) { m_order = order; }

    // Metadata of the document. Expects the furniture classifier to have run
    // (its Heading block is taken as the title), but works on bare blocks too.
    ArticleMetadata read(const ParsedDocument &document) const;

    // The first date written in one of the usual forms: "2023-06-19",
    // "19 June 2023", "June 19, 2023", "Mon 19 Jun 2023", "02/02/2023".
    // Invalid when the line holds none.
    QDate findDate(QStringView line) const;

    // The line holds nothing but dates, times, time zones and labels such as
    // "Published:" or "Updated" ("19 June 2023, 09:34", "Published: Updated:",
    // "3 hours ago"): a metadata line, not article text.
    static bool isDateLine(QStringView line);

    // The names of a byline line ("By Jane Roe and John Doe" → "Jane Roe and
    // John Doe", "By Press Association" → "Press Association"), or empty when
    // the line is no byline.
    static QString bylineIn(QStringView line);

    // The outlet a line names, or empty: "X logo X 02/02/2023" → X, "This
    // article originally appeared on the X (…" → X, "Copyright (c) 2023. X
    // Publishers Ltd." → X, "© X 2023" → X.
    static QString outletIn(QStringView line);

    // "X logo …": the line shows an outlet's logo (often with a date).
    static bool isLogoLine(QStringView line);

private:
    QString titleOf(const ParsedDocument &document) const;
    QDate publishedIn(const ParsedDocument &document) const;

    NumericDateOrder m_order = NumericDateOrder::DayFirst;
};

} // namespace parallax

#pragma once

#include <QJsonObject>
#include <QList>

namespace parallax {

struct Article;
struct ClaimRow;
struct Discrepancy;
struct QuoteGroup;

// `parallax claims --json`: {"format": 1, "articles": [...], "claims": [...]}
// as README.md describes it. Keys and values are a data interface, never
// translated.
QJsonObject claimsJson(const QList<Article> &articles, const QList<ClaimRow> &rows,
                       const QList<Discrepancy> &discrepancies);

// `parallax quotes --json`: {"format": 1, "articles": [...], "quotes": [...]}.
QJsonObject quotesJson(const QList<Article> &articles, const QList<QuoteGroup> &groups);

// The claims matrix as CSV (RFC 4180, CRLF, formula-guarded like the
// export's CSV): claim, carriers, one column per article saying how it
// carries the claim (empty when it does not), and the claim's first wording.
QByteArray claimsMatrixCsv(const QList<Article> &articles, const QList<ClaimRow> &rows);

// "identical", "near", "paraphrase", "sole", "" for absent.
QString carriageName(int carriage);

} // namespace parallax

#pragma once

#include <QByteArray>
#include <QList>

class QIODevice;

namespace parallax {

struct Article;
struct Comparison;

// The claims as CSV (RFC 4180: UTF-8, CRLF line ends, fields quoted when
// they hold a comma, quote or line break): a header, then one row per
// sentence of each claim with the columns claim, outlet, article, sentence,
// unique, then for a unique claim its closest sentence elsewhere
// (closest_article, named as article is, closest_score, closest_sentence;
// empty when none), and
// by_hand (a person's grouping, not the matcher's). A field that a spreadsheet would run as a formula (starting
// with = + - @; fields are trimmed, so never with a tab or line break) is
// prefixed with an apostrophe.
QByteArray claimsCsv(const QList<Article> &articles, const Comparison &comparison);

// Writes claimsCsv to a device open for writing; false when the device did
// not take every byte.
bool writeClaimsCsv(QIODevice &device, const QList<Article> &articles, const Comparison &comparison);

} // namespace parallax
